// API 令牌 (系统管理员): tokens for other systems (12345 热线, a higher committee) and reporting
// scripts. The secret is shown once, right after creating; the service keeps only its hash.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { beijingDay, chineseDate } from '../format.js';
import { API_TOKEN_ROLES, API_TOKEN_STATUSES, labelOf, optionsOf } from '../labels.js';

/** A day in Beijing time, days from today: 2027-03-01. */
const dayFromToday = (days) => beijingDay(new Date(), days);

/** The last day a token works: it expires when that day ends in Beijing, so a second before is still that day. */
const lastDay = (expiresAt) => beijingDay(Date.parse(expiresAt) - 1000);

function statusCell(token) {
  const label = labelOf(API_TOKEN_STATUSES, token.status);
  if (token.status !== 'REVOKED') return label;
  return `${label}（${[token.revokedBy, chineseDate(token.revokedAt)].filter(Boolean).join('，')}）`;
}

export async function render(root) {
  const committees = await api.listCommittees({ size: 200, sort: 'name' });
  const committeeOptions = committees.items.map((c) => ({ value: String(c.id), label: c.name }));
  const committeeName = (id) => committees.items.find((c) => c.id === id)?.name ?? (id ? `政协 ${id}` : '全部政协');
  const secret = secretDialog();

  return mountCrud(root, {
    noun: '令牌',
    title: 'API 令牌',
    intro: '外部系统（如 12345 热线、上级政协）和统计脚本调用接口用的令牌。密钥只在新建时显示一次；不再使用或可能泄露的令牌请立即吊销。',
    empty: '还没有 API 令牌。需要对接外部系统或运行统计脚本时，点击“新建令牌”发放。',
    api: {
      list: api.listApiTokens,
      export: api.exportApiTokens,
      get: api.getApiToken,
      create: async (fields, idempotencyKey) => {
        const created = await api.createApiToken(fields, idempotencyKey);
        // After the form has closed, so the secret's dialog is the one on top.
        setTimeout(() => secret.show(created), 0);
        return created.token;
      },
      remove: api.revokeApiToken,
    },
    scope: {},
    sort: '-id',
    filters: [{ name: 'status', type: 'select', label: '状态', options: optionsOf(API_TOKEN_STATUSES) }],
    columns: [
      { key: 'name', label: '名称', sort: 'name' },
      { key: 'role', label: '角色', cell: (t) => labelOf(API_TOKEN_ROLES, t.role) },
      { key: 'committeeId', label: '所属政协', cell: (t) => committeeName(t.committeeId) },
      { key: 'secretPrefix', label: '密钥开头', cell: (t) => h('code', { text: `${t.secretPrefix}…` }) },
      { key: 'status', label: '状态', cell: statusCell },
      { key: 'expiresAt', label: '有效期至', sort: 'expiresAt', cell: (t) => chineseDate(lastDay(t.expiresAt)) },
      { key: 'lastUsedAt', label: '最近使用', cell: (t) => (t.lastUsedAt ? chineseDate(t.lastUsedAt) : '未使用') },
      { key: 'createdAt', label: '新建', sort: 'createdAt', cell: (t) => `${t.createdBy}，${chineseDate(t.createdAt)}` },
    ],
    fields: [
      { name: 'name', label: '名称', required: true, maxLength: 50, hint: '用途或对接的系统，如：12345 热线对接' },
      { name: 'role', label: '角色', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(API_TOKEN_ROLES),
        hint: '委员工作处：读写数据（外部系统对接）；统计报送：只读，看不到个人信息（统计脚本）' },
      { name: 'committeeId', label: '所属政协', type: 'select', numeric: true, blankLabel: '（不限，可见全部政协）', options: committeeOptions },
      { name: 'expiresOn', label: '有效期至', type: 'date', required: true, min: dayFromToday(0), max: dayFromToday(730),
        hint: '当天 24 时（北京时间）失效，最长两年' },
    ],
    defaults: { role: 'REPORTER', expiresOn: dayFromToday(365) },
    toBody: (values) => values,
    nameOf: (token) => token.name,
    may: { create: true, update: () => false, remove: (t) => t.status === 'ACTIVE' },
    removal: { verb: '吊销', warning: '吊销后用它调用任何接口都将被拒绝，且不能恢复。' },
    extras: [secret.dialog],
  });
}

const SHOWN_ONCE = '密钥只显示这一次，关闭后无法再次查看。请立即复制，交对接方妥善保存；遗失时请吊销此令牌后新建。';
const SECRET_LOST = '令牌已在第一次提交时新建，但那次的回答没有收到；密钥只在那次回答中显示，无法再次查看。请吊销此令牌后新建。';

/** Shows a new token's secret once, read-only and ready to copy; closing the dialog drops it from the page. */
function secretDialog() {
  const heading = h('h2', { id: 'api-token-secret-title' });
  const field = h('input', {
    id: 'api-token-secret', class: 'secret', readonly: true, 'data-secret': true, spellcheck: 'false', autocomplete: 'off',
    'aria-describedby': 'api-token-secret-warning',
  });
  const copied = h('p', { class: 'notice', role: 'status' });
  const warning = h('p', { class: 'warning', id: 'api-token-secret-warning', role: 'alert' });
  const secretField = h('div', { class: 'field' },
    h('label', { for: field.id, text: '密钥' }),
    h('div', { class: 'secret-row' }, field, h('button', { type: 'button', 'data-action': 'copy-secret', text: '复制' })),
    copied);
  const hint = h('p', { class: 'hint', text: '调用接口时放在请求头中：Authorization: Bearer 密钥' });
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': heading.id, 'data-secret-dialog': true },
    h('form', { novalidate: true },
      heading,
      warning,
      secretField,
      hint,
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', 'data-action': 'close-dialog', text: '我已保存，关闭' }))));

  dialog.addEventListener('click', async (event) => {
    if (!event.target.closest('[data-action="copy-secret"]')) return;
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      copied.textContent = '已复制到剪贴板';
    } catch {
      copied.textContent = '密钥已选中，请按 Ctrl+C 复制';
    }
  });

  const forget = () => {
    field.value = '';
    copied.textContent = '';
  };
  // The close event comes a task after the dialog closes: forget on the closing click (or submit)
  // already, so the secret is gone the moment the dialog is.
  dialog.addEventListener('click', (event) => {
    if (event.target.closest('[data-action="close-dialog"]')) forget();
  });
  dialog.addEventListener('submit', forget);
  dialog.addEventListener('close', forget);

  return {
    dialog,
    /** created: the ApiTokenCreated answer, { token, secret }; a retried create's answer has no secret. */
    show(created) {
      heading.textContent = `已新建令牌“${created.token.name}”`;
      warning.textContent = created.secret ? SHOWN_ONCE : SECRET_LOST;
      secretField.hidden = !created.secret;
      hint.hidden = !created.secret;
      field.value = created.secret ?? '';
      copied.textContent = '';
      dialog.showModal();
      field.select();
    },
  };
}
