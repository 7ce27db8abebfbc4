// The parts of a member's 履职档案 that read it: the counts per kind and the year's items by month. Both are
// tables, as paper wants them (一人一档 is kept printed); on a screen the stylesheet lays the counts out as
// tiles and, on a phone, each item as a card. The evaluation's breakdown links its entries the same way.
import * as api from './api.js';
import { h } from './dom.js';
import { chineseDate, chineseMonth, count } from './format.js';
import { workFamily, workUnit } from './labels.js';

const kindClass = (kind) => `kind-${workFamily(kind).toLowerCase()}`;
const people = (amount) => (amount > 0 ? count(amount, '人次') : '');

/** "接待走访 4 次 · 86 人次": a kind, how many, and the people received or reached where any. */
export function countText(c) {
  return `${c.label} ${[count(c.count, workUnit(c.kind)), people(c.amount)].filter(Boolean).join(' · ')}`;
}

/** The counts: one row a kind (类别, 条数, 人次), in the order the service gives them. */
export function countsTable(counts) {
  return h('table', { class: 'record-counts', 'data-record-counts': true },
    h('caption', { text: '分类统计' }),
    h('thead', {}, h('tr', {}, ['类别', '条数', '人次'].map((text) => h('th', { scope: 'col', text })))),
    h('tbody', {}, counts.map((c) => h('tr', { class: kindClass(c.kind), 'data-kind': c.kind, title: countText(c) },
      h('th', { scope: 'row', text: c.label }),
      h('td', { class: 'record-count', text: count(c.count, workUnit(c.kind)) }),
      h('td', { class: 'record-amount', text: people(c.amount) })))));
}

/**
 * The items, newest first, a <tbody> a month headed "2026年3月", with the columns paper needs: 日期, 类别, 事项,
 * 人次, 说明. hrefOf(item) gives the screen of the item's source record, or null where the frontend has none.
 */
export function timelineTable(items, hrefOf) {
  const months = new Map();
  for (const item of items) {
    const month = item.date.slice(0, 7);
    if (!months.has(month)) months.set(month, []);
    months.get(month).push(item);
  }
  return h('table', { class: 'record-items', 'data-record-items': true },
    h('thead', {}, h('tr', {}, ['日期', '类别', '事项', '人次', '说明'].map((text) => h('th', { scope: 'col', text })))),
    [...months].map(([month, list]) => h('tbody', { 'data-month': month },
      h('tr', { class: 'record-month' }, h('th', { colspan: 5, scope: 'rowgroup' },
        chineseMonth(month), h('span', { class: 'meta-inline', text: ` ${count(list.length, '项')}` }))),
      list.map((item) => itemRow(item, hrefOf(item))))));
}

function itemRow(item, href) {
  return h('tr', { class: `record-item ${kindClass(item.kind)}`, 'data-kind': item.kind, 'data-record': `${item.recordType}/${item.recordId}` },
    h('td', { class: 'record-date', text: chineseDate(item.date) }),
    h('td', { class: 'record-kind' }, h('span', { class: 'tag', text: item.label })),
    h('td', { class: 'record-title' }, href ? h('a', { href, text: item.title }) : item.title),
    h('td', { class: 'record-amount', text: people(item.amount) }),
    h('td', { class: 'record-detail', text: item.detail ?? '' }));
}

/**
 * The screen of an item's source record: its own screen where there is one (社情民意, 协商), otherwise the list
 * narrowed to it: the member's visits or activities of that day, the member's proposal by its title, the
 * platform's duty year; the office's 加减分 and the member's 申诉 and their answers lead to the breakdown of the year
 * they are about (which the item does not say: it is read when the link is followed). 表彰 have no screen of their
 * own. context: { committeeId, memberId, dutyPlatformOf(id) }.
 */
export function sourceHref(item, { committeeId, memberId, dutyPlatformOf }) {
  const base = `#/committees/${committeeId}`;
  const query = (values) => new URLSearchParams(Object.entries(values).filter(([, v]) => v != null && v !== '')).toString();
  const thatDay = query({ memberId, from: item.date, to: item.date });
  switch (item.recordType) {
    case 'opinions': return `${base}/opinions/${item.recordId}`;
    case 'consultations': return `${base}/consultations/${item.recordId}`;
    case 'visits': return `${base}/visits?${thatDay}`;
    case 'activities': return `${base}/activities?${thatDay}`;
    case 'proposals': return `${base}/proposals?${query({ memberId, q: item.title.slice(0, 50) })}`;
    case 'duty-turns': return `${base}/duty?${query({ platformId: dutyPlatformOf(item.recordId), year: item.date.slice(0, 4) })}`;
    case 'evaluation-adjustments':
    case 'evaluation-objections': return `#/${item.recordType}/${item.recordId}`;
    default: return null;
  }
}

/**
 * A duty turn's item links to its platform's year: the platform of each of the member's turns of the year, by the
 * turn's id, read only when the items hold a turn (items: anything with recordType and recordId).
 */
export async function dutyPlatformsOf({ committeeId, memberId, year, items }) {
  const platforms = new Map();
  if (!items.some((item) => item.recordType === 'duty-turns')) return platforms;
  const turns = await api.listDutyTurns({ committeeId, memberId, year, size: 200 }).catch(() => ({ items: [] }));
  for (const turn of turns.items) platforms.set(turn.id, turn.platformId);
  return platforms;
}
