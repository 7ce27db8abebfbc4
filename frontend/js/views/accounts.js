// 账号 (系统管理员): who may sign in, with which role, for which committee, member or activity group.
// The role decides the fields: convenors and liaisons lead a group, a member account is a member.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { chineseDate } from '../format.js';
import { setOptions, showField } from '../form.js';
import { ACCOUNT_STATES, ROLES, labelOf, optionsOf } from '../labels.js';
import { reportProblem } from '../problems.js';

/** What each role is tied to, beyond an optional committee. */
const NEEDS_MEMBER = ['MEMBER', 'CONVENOR', 'LIAISON'];
const NEEDS_GROUP = ['CONVENOR', 'LIAISON'];
const NEEDS_COMMITTEE = ['MEMBER', 'CONVENOR', 'LIAISON'];

const PASSWORD_HINTS = {
  create: '初始密码：至少 8 位，须同时包含字母和数字；请当面或电话告知本人，登录后在“修改密码”中自行更改',
  edit: '不填则不改；填写即重设密码，该账号已有的登录随即失效',
};

/** The writable fields of an account as read, for a PUT that changes only one of them. */
function fieldsOf(account) {
  const fields = {};
  for (const name of ['username', 'displayName', 'role', 'committeeId', 'memberId', 'groupId', 'enabled']) {
    if (account[name] !== undefined && account[name] !== null) fields[name] = account[name];
  }
  return fields;
}

function linkedTo(account) {
  const links = [];
  if (account.groupName) links.push(`活动组：${account.groupName}`);
  if (account.memberName) links.push(`委员：${account.memberName}`);
  return links.join('；') || '—';
}

export async function render(root) {
  const committees = await api.listCommittees({ size: 200, sort: 'name' });
  const committeeOptions = committees.items.map((c) => ({ value: String(c.id), label: c.name }));
  let choicesTicket = 0;

  /** Shows the fields the chosen role needs, and says which are required. */
  function applyRole(form) {
    const role = form.elements.namedItem('role').value;
    showField(form, 'memberId', NEEDS_MEMBER.includes(role));
    showField(form, 'groupId', NEEDS_GROUP.includes(role));
    form.elements.namedItem('committeeId').required = NEEDS_COMMITTEE.includes(role);
    form.elements.namedItem('memberId').required = role === 'MEMBER';
    form.elements.namedItem('groupId').required = NEEDS_GROUP.includes(role);
  }

  /** The members and groups of the chosen committee, keeping the chosen ones when they belong to it. */
  async function loadChoices(form, memberId, groupId) {
    const ticket = ++choicesTicket;
    const committeeId = form.elements.namedItem('committeeId').value;
    if (!committeeId) {
      setOptions(form, 'memberId', []);
      setOptions(form, 'groupId', []);
      return;
    }
    try {
      const scope = { committeeId, size: 200, sort: 'name' };
      const [members, groups] = await Promise.all([api.listMembers(scope), api.listGroups(scope)]);
      if (ticket !== choicesTicket) return;
      setOptions(form, 'memberId', members.items.map((m) => ({
        value: String(m.id), label: [m.name, m.sectorName, m.employer].filter(Boolean).join(' · '),
      })), memberId);
      setOptions(form, 'groupId', groups.items.map((g) => ({ value: String(g.id), label: g.name })), groupId);
    } catch (error) {
      reportProblem(error, { banner: form.querySelector('[data-banner]') });
    }
  }

  return mountCrud(root, {
    noun: '账号',
    title: '账号',
    intro: '可登录本平台的人员及其角色。召集人和联络员须指定负责的界别活动组，委员账号须关联本人的委员记录；不再使用的账号宜停用而非删除。',
    empty: '还没有其他账号，点击“新建账号”添加',
    api: { list: api.listAccounts, export: api.exportAccounts, get: api.getAccount, create: api.createAccount, update: api.updateAccount, remove: api.deleteAccount },
    scope: {},
    sort: 'id',
    filters: [
      { name: 'q', type: 'search', label: '搜索', placeholder: '用户名或姓名' },
      { name: 'role', type: 'select', label: '角色', options: optionsOf(ROLES) },
      { name: 'enabled', type: 'select', label: '状态', options: optionsOf(ACCOUNT_STATES) },
    ],
    columns: [
      { key: 'username', label: '用户名', sort: 'username' },
      { key: 'displayName', label: '姓名', sort: 'displayName' },
      { key: 'role', label: '角色', sort: 'role', cell: (a) => labelOf(ROLES, a.role) },
      { key: 'committeeName', label: '所属政协', cell: (a) => a.committeeName || '全部政协' },
      { key: 'links', label: '负责与关联', cell: linkedTo },
      { key: 'enabled', label: '状态', cell: (a) => labelOf(ACCOUNT_STATES, a.enabled) },
      { key: 'lastLoginAt', label: '最近登录', sort: 'lastLoginAt', cell: (a) => (a.lastLoginAt ? chineseDate(a.lastLoginAt) : '从未登录') },
    ],
    fields: [
      { name: 'username', label: '用户名', required: true, maxLength: 50, hint: '3–50 位字母、数字或 _ . @ -，不区分大小写，如：office-tieli' },
      { name: 'displayName', label: '姓名', required: true, maxLength: 50 },
      { name: 'role', label: '角色', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(ROLES) },
      { name: 'committeeId', label: '所属政协', type: 'select', numeric: true, blankLabel: '（不限，可见全部政协）', options: committeeOptions,
        hint: '指定后只能看到该政协的记录；召集人、联络员和委员须指定' },
      { name: 'groupId', label: '负责的界别活动组', type: 'select', numeric: true, blankLabel: '请选择', options: [] },
      { name: 'memberId', label: '关联的委员', type: 'select', numeric: true, blankLabel: '（不关联）', options: [],
        hint: '委员账号须选择本人；召集人、联络员可关联本人的委员记录（列出前 200 名）' },
      { name: 'enabled', label: '状态', type: 'select', required: true, options: optionsOf(ACCOUNT_STATES) },
      { name: 'password', label: '密码', type: 'password', maxLength: 100, autocomplete: 'new-password', hint: PASSWORD_HINTS.create },
    ],
    defaults: { enabled: 'true' },
    toBody: (values) => ({ ...values, enabled: values.enabled !== 'false' }),
    nameOf: (account) => account.username,
    prepareForm(form, record) {
      const password = form.elements.namedItem('password');
      password.required = !record;
      password.closest('.field').querySelector('.hint').textContent = record ? PASSWORD_HINTS.edit : PASSWORD_HINTS.create;
      applyRole(form);
      loadChoices(form, record?.memberId, record?.groupId);
    },
    formChanged(form, input) {
      if (input.name === 'role') applyRole(form);
      else if (input.name === 'committeeId') {
        loadChoices(form, form.elements.namedItem('memberId').value, form.elements.namedItem('groupId').value);
      }
    },
    rowActions: [
      { name: 'disable', label: '停用', shows: (a) => a.enabled, run: (a, screen) => setEnabled(a, false, screen) },
      { name: 'enable', label: '启用', shows: (a) => !a.enabled, run: (a, screen) => setEnabled(a, true, screen) },
    ],
  });
}

/** 停用 or 启用 from the list: the account as it is now, with only `enabled` changed. */
async function setEnabled(account, enabled, screen) {
  const verb = enabled ? '启用' : '停用';
  try {
    const current = await api.getAccount(account.id);
    const changed = await api.updateAccount(current.id, { ...fieldsOf(current), enabled }, current.version);
    screen.say(`已${verb}账号“${changed.username}”`);
  } catch (error) {
    reportProblem(error, { banner: screen.banner, subject: `账号“${account.username}”`, verb });
  }
  await screen.reload();
}
