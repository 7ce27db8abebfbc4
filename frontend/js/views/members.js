// 委员: the members of one committee, with their sector, activity group and township; their
// status (在职、暂停履职、已撤销) changes through its own dialog, with a reason and a date.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { beijingDay, chineseDate } from '../format.js';
import { GENDERS, MEMBER_STATUSES, NEXT_MEMBER_STATUSES, labelOf, optionsOf } from '../labels.js';
import { isOffice, may, mayReadRecord } from '../permissions.js';
import { clearFieldErrors, hideBanner, reportProblem } from '../problems.js';

const optionsFrom = (page) => page.items.map((item) => ({ value: String(item.id), label: item.name }));

export async function render(root, { committee }) {
  const scope = { committeeId: committee.id, size: 200, sort: 'name' };
  const [sectors, groups, townships] = await Promise.all([
    api.listSectors({ ...scope, sort: 'sortOrder' }), api.listGroups(scope), api.listTownships(scope)]);
  const sectorOptions = optionsFrom(sectors);
  const groupOptions = optionsFrom(groups);
  const townshipOptions = optionsFrom(townships);
  const status = statusDialog();

  return mountCrud(root, {
    noun: '委员',
    title: '委员',
    intro: `${committee.name}的委员名册；暂停履职或撤销请用“变更状态”，误登记的委员才删除。`,
    empty: sectorOptions.length || !may('createMember')
      ? `还没有委员${may('createMember') ? '，点击“新建委员”添加' : ''}`
      : '还没有委员。委员须归属界别，请先在“界别”中添加界别。',
    api: { list: api.listMembers, export: api.exportMembers, get: api.getMember, create: api.createMember, update: api.updateMember, remove: api.deleteMember },
    scope: { committeeId: committee.id },
    sort: 'id',
    filters: [
      { name: 'q', type: 'search', label: '搜索', placeholder: '姓名或工作单位' },
      { name: 'sectorId', type: 'select', label: '界别', options: sectorOptions },
      { name: 'groupId', type: 'select', label: '活动组', options: groupOptions },
      { name: 'townshipId', type: 'select', label: '乡镇（街道）', options: townshipOptions },
      { name: 'status', type: 'select', label: '状态', options: optionsOf(MEMBER_STATUSES) },
    ],
    columns: [
      { key: 'name', label: '姓名', sort: 'name', cell: nameCell },
      { key: 'gender', label: '性别', cell: (m) => labelOf(GENDERS, m.gender) },
      { key: 'birthYear', label: '出生年份', sort: 'birthYear', cell: (m) => (m.birthYear ? String(m.birthYear) : '—') },
      { key: 'sectorName', label: '界别' },
      { key: 'groupName', label: '活动组', cell: (m) => m.groupName || '—' },
      { key: 'townshipName', label: '乡镇（街道）', cell: (m) => m.townshipName || '—' },
      { key: 'employer', label: '工作单位及职务', cell: (m) => [m.employer, m.jobTitle].filter(Boolean).join(' ') || '—' },
      { key: 'phone', label: '联系电话', cell: (m) => m.phone || '—' },
      { key: 'status', label: '状态', cell: statusCell },
    ],
    fields: [
      { name: 'name', label: '姓名', required: true, maxLength: 50 },
      { name: 'gender', label: '性别', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(GENDERS) },
      { name: 'birthYear', label: '出生年份', type: 'number', min: 1900, max: new Date().getFullYear(), hint: '如 1975' },
      { name: 'ethnicity', label: '民族', maxLength: 20, hint: '如：汉族' },
      { name: 'party', label: '党派（政治面貌）', maxLength: 30, hint: '如：中国民主同盟、中共党员、无党派人士' },
      { name: 'sectorId', label: '界别', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: sectorOptions },
      { name: 'groupId', label: '界别活动组', type: 'select', numeric: true, blankLabel: '（未分组）', options: groupOptions },
      { name: 'townshipId', label: '联系的乡镇（街道）', type: 'select', numeric: true, blankLabel: '（无）', options: townshipOptions },
      { name: 'employer', label: '工作单位', maxLength: 100, hint: '如：铁力市林业局' },
      { name: 'jobTitle', label: '职务', maxLength: 100, hint: '如：副局长' },
      { name: 'phone', label: '联系电话', maxLength: 20, hint: '11 位手机号，或带区号的固定电话，如 0458-1234567' },
      { name: 'termStart', label: '任期开始', type: 'date' },
      { name: 'termEnd', label: '任期结束', type: 'date' },
    ],
    prepareForm: showTrailLink,
    toBody: (values) => ({ committeeId: committee.id, ...values }),
    may: { create: may('createMember'), update: (item) => may('updateMember', item), remove: () => may('deleteMember') },
    nameOf: (member) => member.name,
    // Six actions a row would squeeze the columns at 1280px: 修改 stays, the rest go into 更多.
    moreMenu: true,
    rowActions: [
      { name: 'member-record', label: '履职档案', shows: mayReadRecord, href: recordOf },
      { name: 'change-status', label: '变更状态', shows: (m) => may('changeMemberStatus') && NEXT_MEMBER_STATUSES[m.status]?.length > 0, run: status.open },
      { name: 'member-visits', label: '接待走访', shows: isOffice, href: (m) => `#/committees/${committee.id}/visits?memberId=${m.id}` },
      { name: 'audit-trail', label: '变更记录', shows: () => may('listAuditEvents'), href: trailOf },
    ],
    extras: [status.dialog],
  });
}

/** 履职档案 of one member: their year of work, item by item. */
const recordOf = (member) => `#/members/${member.id}/record`;

/** The name, a link to the member's 履职档案 for those who may read it. */
function nameCell(member) {
  if (!mayReadRecord(member)) return h('span', { class: 'nowrap', text: member.name });
  return h('span', { class: 'nowrap' }, h('a', { href: recordOf(member), 'data-link': 'record', title: `${member.name}的履职档案`, text: member.name }));
}

/** 变更记录 of one member: who changed what, when. */
const trailOf = (member) => `#/audit?recordType=MEMBER&recordId=${member.id}`;

/** In the edit dialog, a link to the member's 变更记录 for those who may read it; none when creating. */
function showTrailLink(form, member) {
  let link = form.querySelector('[data-trail-link]');
  if (!link) {
    link = h('a', { 'data-trail-link': true, text: '查看该委员的变更记录（谁在何时改了什么）' });
    form.querySelector('[data-banner]').after(h('p', { class: 'hint trail-link' }, link));
  }
  link.parentElement.hidden = !member || !may('listAuditEvents');
  if (member) link.href = trailOf(member);
}

function statusCell(member) {
  const label = h('span', { class: `status status-${String(member.status).toLowerCase()}`, text: labelOf(MEMBER_STATUSES, member.status) });
  if (member.status === 'ACTIVE' || !member.statusReason) return label;
  label.title = `${chineseDate(member.statusDate)} ${member.statusReason}`;
  return label;
}

/** The 变更状态 dialog: only the states the member may go to, a reason and a date. */
function statusDialog() {
  const heading = h('h2', { id: 'member-status-title' });
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const select = h('select', { id: 'member-status', name: 'status', required: true, 'aria-describedby': 'member-status-error' });
  const reason = h('textarea', { id: 'member-status-reason', name: 'reason', maxlength: 500, rows: 3, 'aria-describedby': 'member-status-reason-error' });
  const date = h('input', { id: 'member-status-date', name: 'date', type: 'date', 'aria-describedby': 'member-status-date-error' });
  const current = h('p', { class: 'meta' });
  const field = (input, label, hint) => h('div', { class: 'field' },
    h('label', { for: input.id, text: label }), input,
    hint ? h('p', { class: 'hint', text: hint }) : null,
    h('p', { class: 'field-error', id: `${input.id}-error`, 'data-error-for': input.name, hidden: true }));
  const submit = h('button', { type: 'submit', class: 'primary', text: '确定' });
  const form = h('form', { 'data-status-form': true, novalidate: true },
    heading, banner, current,
    field(select, '改为'),
    field(reason, '原因', '暂停履职和撤销须填写原因，如：因工作调动暂停履职'),
    field(date, '日期', '不能晚于今天，也不能早于上次变更的日期'),
    h('div', { class: 'actions' }, submit, h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' })));
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': heading.id, 'data-status-dialog': true }, form);
  let member = null;
  let screen = null;

  function open(chosen, crudScreen) {
    member = chosen;
    screen = crudScreen;
    heading.textContent = `变更委员“${member.name}”的状态`;
    current.textContent = `当前状态：${labelOf(MEMBER_STATUSES, member.status)}`
      + (member.statusDate ? `（${chineseDate(member.statusDate)}${member.statusReason ? `，${member.statusReason}` : ''}）` : '');
    select.replaceChildren(...NEXT_MEMBER_STATUSES[member.status].map((s) => h('option', { value: s, text: labelOf(MEMBER_STATUSES, s) })));
    reason.value = '';
    // Today in Beijing time, as the service reckons status dates.
    date.value = beijingDay();
    date.max = beijingDay();
    hideBanner(banner);
    clearFieldErrors(form);
    if (!dialog.open) dialog.showModal();
    select.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const change = { status: select.value, date: date.value || undefined };
    if (reason.value.trim()) change.reason = reason.value.trim();
    submit.disabled = true;
    try {
      const changed = await api.changeMemberStatus(member.id, change, member.version);
      dialog.close();
      screen.say(`委员“${changed.name}”已改为${labelOf(MEMBER_STATUSES, changed.status)}`);
      await screen.reload();
    } catch (error) {
      reportProblem(error, {
        banner, form, subject: `委员“${member.name}”的状态`, verb: '变更',
        inUseHint: '该委员仍担任这些界别活动组的召集人，召集人须为在职委员；请先在“界别活动组”中另定召集人。',
      });
      if (error.kind === 'stale-version') {
        // Someone changed the member meanwhile: read it again so a second try carries its new version.
        banner.querySelector('[data-action="reload"]')?.remove();
        try {
          open(await api.getMember(member.id), screen);
          banner.replaceChildren(h('p', { text: '该委员已被他人修改，已载入最新状态，请重新选择后确定。' }));
          banner.hidden = false;
        } catch { /* the banner already tells what went wrong */ }
        screen.reload();
      }
    } finally {
      submit.disabled = false;
    }
  });

  return { dialog, open };
}
