// 变更记录 (系统管理员、委员工作处): who created, changed or deleted which record and when, with each
// field before and after. Opened from a member (#/audit?recordType=MEMBER&recordId=17) it lists that
// member's changes only, so who changed a phone number is one click away.
import * as api from '../api.js';
import { fieldLabel, periodFilters, readableValue, recordFilters, shortValue, timeCell } from '../audit.js';
import { h } from '../dom.js';
import { chineseDateTime } from '../format.js';
import { AUDIT_ACTIONS, AUDIT_RECORD_TYPES, labelOf } from '../labels.js';
import { mountLog } from '../log.js';
import { currentCaller } from '../permissions.js';

/** How many changed fields a row lists; its detail shows them all. */
const LISTED_CHANGES = 5;

export async function render(root, { query }) {
  const caller = currentCaller();
  const committees = await api.listCommittees({ size: 200, sort: 'name' });
  // An office bound to a committee sees that committee's trail only: there is nothing to choose.
  const own = caller.committeeId ? committees.items.find((c) => c.id === caller.committeeId) : null;
  const committeeFilter = caller.committeeId ? [] : [{
    name: 'committeeId', type: 'select', label: '所属政协', options: committees.items.map((c) => ({ value: String(c.id), label: c.name })),
  }];

  return mountLog(root, {
    title: '变更记录',
    intro: `${own ? `${own.name}的` : ''}记录每一次新建、修改和删除：谁、何时、改了哪些字段、改前改后各是什么。`
      + '日期按北京时间，含首尾两天；记录中有委员的联系电话，查看本页也记入个人信息查看记录。',
    path: '/audit',
    query,
    list: api.listAuditEvents,
    export: api.exportAuditEvents,
    filters: [...recordFilters(), ...committeeFilter, ...periodFilters()],
    columns: [
      { label: '时间（北京时间）', cell: (e) => timeCell(e.at) },
      { label: '操作人', cell: (e) => h('span', { class: 'actor', text: e.actor }) },
      { label: '操作', cell: (e) => h('span', { class: `action action-${e.action.toLowerCase()}`, text: labelOf(AUDIT_ACTIONS, e.action) }) },
      { label: '记录', cell: recordCell },
      { label: '改动', cell: changesCell },
    ],
    detail,
    empty: '还没有变更记录。新建、修改或删除政协、界别、委员等记录后，每一次变更都记在这里。',
  });
}

/** 委员 王丽华 · 编号 17: the record's type, its name as it was then, and its number. */
function recordCell(event) {
  const state = event.after ?? event.before ?? {};
  const name = state.name ?? state.username;
  return h('span', { class: 'record' },
    h('span', { text: labelOf(AUDIT_RECORD_TYPES, event.recordType) }),
    name ? h('span', { class: 'record-name', text: name }) : null,
    h('span', { class: 'record-id', text: `编号 ${event.recordId}` }));
}

/** The changed fields: 职务：副局长 → 局长; a new record's values, a deleted record's last ones. */
function changesCell(event) {
  if (event.action === 'UPDATE' && event.changedFields.length === 0) {
    return h('span', { class: 'meta-inline', text: event.before ? '没有字段改动' : '修改前的内容未记录（该记录早于审计功能）' });
  }
  const listed = event.changedFields.slice(0, LISTED_CHANGES);
  const more = event.changedFields.length - listed.length;
  return h('ul', { class: 'changes' },
    listed.map((key) => h('li', { 'data-field': key },
      h('span', { class: 'field-name', text: `${fieldLabel(event.recordType, key)}：` }),
      event.action === 'CREATE' ? null : shortValue(key, event.before?.[key], event.action === 'UPDATE' ? 'before' : 'value'),
      event.action === 'UPDATE' ? h('span', { class: 'arrow', text: ' → ' }) : null,
      event.action === 'DELETE' ? null : shortValue(key, event.after?.[key], event.action === 'UPDATE' ? 'after' : 'value'))),
    more > 0 ? h('li', { class: 'more', text: `另有 ${more} 项，展开查看` }) : null);
}

/** Every field before and after, the changed ones first and marked, values in full. */
function detail(event) {
  const changed = new Set(event.changedFields);
  const keys = [...new Set([...Object.keys(event.before ?? {}), ...Object.keys(event.after ?? {})])]
    .filter((key) => key !== 'id')
    .sort((a, b) => Number(changed.has(b)) - Number(changed.has(a)));
  const state = (record, key) => (record ? readableValue(key, record[key]) : '—');
  return h('div', { class: 'log-detail-body' },
    h('p', { class: 'meta', text: [`${chineseDateTime(event.at)}（北京时间）`, `修订号 ${event.revision}`,
      event.accountId ? `操作人账号编号 ${event.accountId}` : null].filter(Boolean).join(' · ') }),
    h('table', { class: 'states' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', text: '字段' }), h('th', { scope: 'col', text: '修改前' }), h('th', { scope: 'col', text: '修改后' }))),
      h('tbody', {}, keys.map((key) => h('tr', { class: changed.has(key) ? 'changed' : null, 'data-field': key },
        h('th', { scope: 'row', text: fieldLabel(event.recordType, key) }, changed.has(key) ? h('span', { class: 'changed-mark', text: '已改' }) : null),
        h('td', { text: state(event.before, key) }),
        h('td', { text: state(event.after, key) }))))));
}
