// 个人信息查看记录 (系统管理员、委员工作处): who was shown whose personal data (a member's phone number)
// unmasked, when, and through which request; a record's number finds every answer that showed it.
import * as api from '../api.js';
import { fieldLabel, periodFilters, recordFilters, timeCell } from '../audit.js';
import { h } from '../dom.js';
import { AUDIT_RECORD_TYPES, labelOf } from '../labels.js';
import { mountLog } from '../log.js';

/** How many record numbers a row lists; its detail shows them all. */
const LISTED_IDS = 8;
const SHORT_PATH = 60;

export function render(root, { query }) {
  return mountLog(root, {
    title: '个人信息查看记录',
    intro: '每次有人看到未遮蔽的个人信息（如委员的联系电话）都记一条：谁、何时、通过哪个请求、涉及哪些记录。'
      + '按记录编号可查到看过该记录的全部请求；日期按北京时间，含首尾两天。',
    path: '/audit/reads',
    query,
    list: api.listPersonalDataReads,
    export: api.exportPersonalDataReads,
    filters: [...recordFilters(), ...periodFilters()],
    columns: [
      { label: '时间（北京时间）', cell: (r) => timeCell(r.at) },
      { label: '操作人', cell: (r) => h('span', { class: 'actor', text: r.actor }) },
      { label: '记录类型', cell: (r) => labelOf(AUDIT_RECORD_TYPES, r.recordType) },
      { label: '记录编号', cell: idsCell },
      { label: '查看的字段', cell: (r) => fieldsOf(r) },
      { label: '请求地址', cell: pathCell },
    ],
    detail,
    empty: '还没有个人信息查看记录。有人查看委员的联系电话等个人信息后，每一次都记在这里。',
  });
}

const fieldsOf = (read) => read.fields.map((key) => fieldLabel(read.recordType, key)).join('、');

/** 17、18、19 等 120 条: the first numbers, all of them in the title and the detail. */
function idsCell(read) {
  const all = read.recordIds.join('、');
  if (read.recordIds.length <= LISTED_IDS) return h('span', { class: 'record-ids', text: all });
  return h('span', { class: 'record-ids', title: all,
    text: `${read.recordIds.slice(0, LISTED_IDS).join('、')} 等 ${read.recordIds.length} 条` });
}

function pathCell(read) {
  if (!read.path) return '—';
  const full = decodePath(read.path);
  const short = full.length > SHORT_PATH ? `${full.slice(0, SHORT_PATH)}…` : full;
  return h('code', { class: 'path', title: short === full ? null : full, text: short });
}

function detail(read) {
  return h('dl', { class: 'details' },
    h('div', {}, h('dt', { text: `记录编号（共 ${read.recordIds.length} 条）` }), h('dd', { class: 'record-ids', text: read.recordIds.join('、') })),
    h('div', {}, h('dt', { text: '查看的字段' }), h('dd', { text: fieldsOf(read) })),
    h('div', {}, h('dt', { text: '请求地址' }), h('dd', {}, read.path ? h('code', { class: 'path', text: decodePath(read.path) }) : '—')),
    read.accountId ? h('div', {}, h('dt', { text: '操作人账号编号' }), h('dd', { text: String(read.accountId) })) : null);
}

/** The request as people typed it: q=%E7%8E%8B reads q=王. */
function decodePath(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
