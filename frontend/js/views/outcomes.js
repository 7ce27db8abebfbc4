// 协商成果督办: every outcome of the committee's consultations, earliest due first, filtered by status, by
// 逾期未落实 (past due, not implemented) and by words of its text or unit; each row opens its consultation,
// where it is carried forward.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { chineseDate, count } from '../format.js';
import { OUTCOME_STATUSES, optionsOf } from '../labels.js';
import { outcomeBadge } from './consultation.js';
import { consultationHref } from './consultations.js';

export async function render(root, { committee, query }) {
  const href = (o) => consultationHref(committee.id, o.consultationId);
  return mountCrud(root, {
    noun: '协商成果',
    title: '协商成果督办',
    intro: '各次协商达成的成果，办理期限最早的在前。“逾期未落实”为已过办理期限、仍为已达成或落实中的成果，即委员工作处的督办清单；点击所属协商推进落实。',
    empty: '还没有协商成果',
    api: { list: api.listOutcomes, export: api.exportOutcomes, get: api.getOutcome },
    scope: { committeeId: committee.id },
    path: `/committees/${committee.id}/outcomes`,
    query,
    sort: 'dueDate',
    summary: (page) => `共 ${count(page.total, '项')}协商成果`,
    tools: [h('a', { class: 'button-link', href: `#/committees/${committee.id}/consultations`, 'data-link': 'consultations', text: '协商列表' })],
    filters: [
      { name: 'q', type: 'search', label: '关键词', placeholder: '在成果内容和责任单位中查找' },
      { name: 'status', type: 'select', label: '状态', options: optionsOf(OUTCOME_STATUSES) },
      { name: 'overdue', type: 'select', label: '逾期', options: [{ value: 'true', label: '逾期未落实' }, { value: 'false', label: '未逾期' }] },
    ],
    columns: [
      { key: 'text', label: '成果', cell: (o) => h('span', { class: 'lines' },
        h('span', { 'data-outcome-text': true, text: `第 ${o.number} 项：${o.text}` }),
        h('a', { href: href(o), 'data-consultation-link': o.consultationId, text: `协商：${o.consultationTopic}` })) },
      { key: 'responsibleUnit', label: '责任单位', cell: (o) => o.responsibleUnit || '—' },
      { key: 'dueDate', label: '办理期限', sort: 'dueDate', cell: (o) => h('span', { class: 'nowrap', text: o.dueDate ? chineseDate(o.dueDate) : '—' }) },
      { key: 'status', label: '状态', cell: outcomeBadge },
      { key: 'latest', label: '最近进展或落实情况', cell: (o) => {
        const last = o.progress.at(-1);
        const text = o.status === 'IMPLEMENTED' ? `${chineseDate(o.implementedOn)}：${o.evidence}`
          : o.status === 'DROPPED' ? `放弃：${o.dropReason}` : last ? `${chineseDate(last.date)}：${last.note}` : '—';
        return h('span', { class: 'clipped', title: text, text });
      } },
    ],
    fields: [],
    may: { create: false, update: () => false, remove: () => false },
    nameOf: (o) => o.text,
    rowActions: [{ name: 'outcome-consultation', label: '推进落实', href }],
  });
}
