// The records behind a report's number: the list operation and query the report names for it (its drillDown),
// read as they are and shown in a dialog, so the count above the records is the list's own total (or its sum, for
// 人次) and always the number that was clicked. Where a list screen reads every filter of the query, a link opens
// it there too.
import * as api from './api.js';
import { h } from './dom.js';
import { chineseDate, chineseMonth } from './format.js';
import {
  ACTIVITY_KINDS, DUTY_STATUSES, OPINION_STATUSES, OUTCOME_STATUSES, PROPOSAL_STATUSES, QUARTER_STATES, VISIT_KINDS, labelOf,
} from './labels.js';
import { reportProblem } from './problems.js';

const SHOWN = 50;

/**
 * Per list operation: how to read it, the screen that lists it and the filters that screen reads from its
 * address, and each record as a row (a date, what it is, where or who, and a link to its own screen if it has one).
 */
const LISTS = {
  listVisits: {
    read: api.listVisits, screen: 'visits', filters: ['from', 'to', 'kind', 'townshipId', 'studioId', 'memberId'],
    row: (v) => [chineseDate(v.date), `${labelOf(VISIT_KINDS, v.kind)}${v.topic ? `：${v.topic}` : ''}`,
      [v.townshipName, v.studioName || v.platformName].filter(Boolean).join(' · '), `${v.peopleReceived ?? 0} 人次`],
  },
  listStudios: {
    read: api.listStudios, screen: 'studios', filters: [],
    row: (s) => ['', s.name, s.townshipName, `${s.residents?.length ?? 0} 位驻室委员`],
  },
  listDutyTurns: {
    read: api.listDutyTurns, screen: null, filters: [],
    row: (t) => [chineseMonth(t.month), `${t.memberName} 轮值`, t.platformName, labelOf(DUTY_STATUSES, t.status)],
  },
  listOpinions: {
    read: api.listOpinions, screen: 'opinions',
    filters: ['from', 'to', 'figure', 'townshipId', 'categoryId', 'memberId', 'status', 'overdue', 'solved', 'source'],
    row: (o) => [chineseDate(o.collectedOn), o.title, o.townshipName, labelOf(OPINION_STATUSES, o.status)],
    href: (o) => `#/committees/${o.committeeId}/opinions/${o.id}`,
  },
  listConsultations: {
    read: api.listConsultations, screen: 'consultations', filters: ['from', 'to', 'kind', 'townshipId', 'platformId', 'memberId'],
    row: (c) => [chineseDate(c.date), c.topic, [c.townshipName, c.studioName || c.platformName].filter(Boolean).join(' · '), ''],
    href: (c) => `#/committees/${c.committeeId}/consultations/${c.id}`,
  },
  getConsultationCompliance: {
    read: api.getConsultationCompliance, screen: null, filters: [],
    row: (p) => ['', p.platformName, p.townshipName, p.quarters.map((q) => `第${q.quarter}季度${labelOf(QUARTER_STATES, q.state)}`).join('，')],
  },
  listOutcomes: {
    read: api.listOutcomes, screen: null, filters: [],
    row: (o) => [o.dueDate ? `${chineseDate(o.dueDate)}前` : '', o.text, o.consultationTopic, labelOf(OUTCOME_STATUSES, o.status)],
    href: (o) => `#/committees/${o.committeeId}/consultations/${o.consultationId}`,
  },
  listProposals: {
    read: api.listProposals, screen: null, filters: [],
    row: (p) => [chineseDate(p.filedOn), p.title, p.leadMember?.name ?? '', labelOf(PROPOSAL_STATUSES, p.status)],
  },
  listActivities: {
    read: api.listActivities, screen: 'activities', filters: ['from', 'to', 'kind', 'memberId'],
    row: (a) => [chineseDate(a.date), a.title, labelOf(ACTIVITY_KINDS, a.kind), `${a.peopleReached ?? 0} 人次`],
  },
  listMembers: {
    read: api.listMembers, screen: 'members', filters: ['groupId', 'sectorId', 'townshipId', 'status'],
    row: (m) => ['', m.name, [m.sectorName, m.groupName].filter(Boolean).join(' · '), m.townshipName ?? ''],
    href: (m) => `#/members/${m.id}/record`,
  },
};

const MEASURES = {
  total: null, records: null, gaps: '一季一协商缺口', peopleReceived: '接待群众', membersPresent: '委员参与', peopleReached: '服务群众',
};

/**
 * The address of the list screen that shows the same records, when it reads every filter of the query and the
 * records are of the committee whose screens the caller opens (a district's, read from its city, have none).
 */
export function listHref(drillDown, screensOf) {
  const list = LISTS[drillDown.operationId];
  const { committeeId, ...filters } = drillDown.query;
  if (!list?.screen || String(committeeId) !== String(screensOf)) return null;
  if (!Object.keys(filters).every((name) => list.filters.includes(name))) return null;
  const query = new URLSearchParams(filters).toString();
  return `#/committees/${committeeId}/${list.screen}${query ? `?${query}` : ''}`;
}

/**
 * Opens the records of a figure in a dialog placed in `host`. figure: the report's figure (label, unit, value,
 * drillDown); period: the report's period label; screensOf: the committee whose screens the links may open.
 */
export async function showRecords(host, figure, period, screensOf) {
  const list = LISTS[figure.drillDown.operationId];
  const banner = h('div', { class: 'banner', role: 'alert', hidden: true });
  const body = h('div', { class: 'drill-body', 'data-drill-body': true }, h('p', { class: 'meta', text: '正在读取…' }));
  const dialog = h('dialog', { class: 'dialog drill-dialog', 'data-drill-dialog': true, 'aria-labelledby': 'drill-title' },
    h('form', { method: 'dialog' },
      h('h2', { id: 'drill-title', text: `${figure.label}：${figure.value} ${figure.unit}` }),
      h('p', { class: 'meta', text: `${period} · ${figure.definition ?? ''}` }),
      banner, body,
      h('div', { class: 'actions' }, h('button', { type: 'submit', text: '关闭' }))));
  host.append(dialog);
  dialog.addEventListener('close', () => dialog.remove());
  dialog.showModal();
  try {
    const page = await list.read({ ...figure.drillDown.query, page: 1, size: SHOWN });
    const measure = figure.drillDown.measure;
    const items = page.items ?? [];
    const summary = [`共 ${page.total} 条记录`];
    if (MEASURES[measure]) summary.push(`${MEASURES[measure]}合计 ${page[measure]}`);
    if (page.total > items.length) summary.push(`显示前 ${items.length} 条`);
    const href = listHref(figure.drillDown, screensOf);
    body.replaceChildren(
      h('p', { class: 'summary', 'data-drill-total': page.total, 'data-drill-measure': page[measure] ?? page.total, text: `${summary.join('，')}。` }),
      items.length === 0 ? h('p', { class: 'empty', text: '没有记录。' }) : h('table', { class: 'grid drill-records' },
        h('tbody', {}, items.map((item) => {
          const [date, what, where, state] = list.row(item);
          const link = list.href && String(item.committeeId) === String(screensOf) ? h('a', { href: list.href(item), text: what }) : what;
          return h('tr', {}, h('td', { class: 'nowrap', text: date }), h('td', {}, link), h('td', { text: where }), h('td', { class: 'nowrap', text: state }));
        }))),
      href ? h('p', {}, h('a', { href, 'data-drill-list': true, text: '在列表中查看全部' })) : null);
  } catch (error) {
    body.replaceChildren();
    reportProblem(error, { banner });
  }
  dialog.addEventListener('click', (event) => {
    if (event.target.closest('a[href^="#"]')) dialog.close();
  });
}
