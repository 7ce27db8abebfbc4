// 一季一协商: each platform's four quarters of a year, held or not. Any consultation at the platform or at a
// studio of it counts for its quarter; a past quarter without one is a gap (未开展) the office must act on.
import * as api from '../api.js';
import { h } from '../dom.js';
import { beijingDay, count } from '../format.js';
import { QUARTER_STATES, labelOf } from '../labels.js';
import { hideBanner, reportProblem } from '../problems.js';

const PAGE_SIZE = 50;
const YEARS_BACK = 4;
const QUARTER_MONTHS = ['1–3月', '4–6月', '7–9月', '10–12月'];

/** The first and last day of a quarter, for the list of its consultations. */
function quarterDays(year, quarter) {
  const first = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  const last = new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
  return { from: first, to: last };
}

export async function render(root, { committee, query }) {
  const thisYear = Number(beijingDay().slice(0, 4));
  const asked = Number.parseInt(query.get('year'), 10);
  const state = {
    year: asked >= 2000 && asked <= 2100 ? asked : thisYear,
    gapsOnly: query.get('gapsOnly') === 'true',
    townshipId: query.get('townshipId') ?? '',
    page: Math.max(1, Number.parseInt(query.get('page'), 10) || 1),
    ticket: 0,
  };
  const townships = await api.listTownships({ committeeId: committee.id, size: 200, sort: 'name' });

  const years = [];
  for (let y = thisYear; y >= thisYear - YEARS_BACK; y--) years.push(y);
  if (!years.includes(state.year)) years.push(state.year);
  const yearSelect = h('select', { id: 'compliance-year', name: 'year' }, years.map((y) => h('option', { value: String(y), text: `${y}年` })));
  yearSelect.value = String(state.year);
  const townshipSelect = h('select', { id: 'compliance-township', name: 'townshipId' },
    h('option', { value: '', text: '全部' }), townships.items.map((t) => h('option', { value: String(t.id), text: t.name })));
  townshipSelect.value = state.townshipId;
  const gapsToggle = h('input', { type: 'checkbox', id: 'compliance-gaps', name: 'gapsOnly', 'data-gaps-only': true });
  gapsToggle.checked = state.gapsOnly;

  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const figures = h('dl', { class: 'figures compliance-figures', 'data-compliance-figures': true, 'aria-live': 'polite' });
  const body = h('tbody', { 'data-rows': true });
  const table = h('table', { class: 'grid compliance' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: '联系平台' }),
      QUARTER_MONTHS.map((months, i) => h('th', { scope: 'col' }, `第${'一二三四'[i]}季度`, h('span', { class: 'meta-inline', text: ` ${months}` }))))),
    body);
  const empty = h('p', { class: 'empty', 'data-empty': true, hidden: true });
  const pageInfo = h('span', { 'data-page-info': true });
  const pager = h('nav', { class: 'pager', 'aria-label': '分页' },
    h('button', { type: 'button', 'data-action': 'previous-page', text: '上一页' }), pageInfo,
    h('button', { type: 'button', 'data-action': 'next-page', text: '下一页' }));
  const legend = h('p', { class: 'legend' }, Object.entries(QUARTER_STATES).map(([value, label]) => h('span', { class: `quarter quarter-${value.toLowerCase()}`, text: label })));

  root.append(
    h('header', { class: 'view-head' }, h('h2', { text: '一季一协商' }),
      h('p', { class: 'meta', text: '每个联系平台每季度至少开展一次协商。在平台或其下委员工作室开展的任何类型协商都计入当季；季度已过仍未开展的即为缺口，须督办。' }),
      h('p', { class: 'meta' }, h('a', { href: `#/committees/${committee.id}/consultations`, 'data-link': 'consultations', text: '← 返回协商列表' }))),
    banner, figures,
    h('form', { class: 'toolbar', 'data-filters': true },
      h('label', { class: 'filter', for: 'compliance-year' }, h('span', { text: '年份' }), yearSelect),
      h('label', { class: 'filter', for: 'compliance-township' }, h('span', { text: '乡镇（街道）' }), townshipSelect),
      h('label', { class: 'filter-check', for: 'compliance-gaps' }, gapsToggle, h('span', { text: '只看有缺口的平台' })),
      h('span', { class: 'spacer' }), legend),
    table, empty, pager);

  function keepInAddress() {
    const kept = { year: state.year };
    if (state.townshipId) kept.townshipId = state.townshipId;
    if (state.gapsOnly) kept.gapsOnly = 'true';
    if (state.page > 1) kept.page = state.page;
    window.history.replaceState(null, '', `#/committees/${committee.id}/consultations/compliance?${new URLSearchParams(kept)}`);
  }

  function cell(platform, q) {
    const { state: s, count: n, consultationIds: ids } = q;
    const label = labelOf(QUARTER_STATES, s);
    const content = s === 'HELD'
      ? h('a', {
        href: ids.length === 1 ? `#/committees/${committee.id}/consultations/${ids[0]}`
          : `#/committees/${committee.id}/consultations?${new URLSearchParams({ platformId: platform.platformId, ...quarterDays(state.year, q.quarter) })}`,
        'data-held-link': true, text: `${label} ${count(n, '场')}`,
      })
      : h('span', { text: label });
    return h('td', { class: `quarter quarter-${s.toLowerCase()}`, 'data-quarter': q.quarter, 'data-state': s }, content);
  }

  async function load() {
    const ticket = ++state.ticket;
    keepInAddress();
    root.setAttribute('aria-busy', 'true');
    try {
      const answer = await api.getConsultationCompliance({
        year: state.year, committeeId: committee.id, townshipId: state.townshipId || undefined,
        gapsOnly: state.gapsOnly || undefined, page: state.page, size: PAGE_SIZE,
      });
      if (ticket !== state.ticket) return;
      hideBanner(banner);
      const held = answer.items.reduce((n, p) => n + p.quarters.filter((q) => q.state === 'HELD').length, 0);
      figures.replaceChildren(...[
        ['缺口', count(answer.gaps, '个'), '季度已过仍未开展协商的平台季度（全部平台）', 'gaps'],
        ['本季度待开展', count(answer.dueNow, '个平台'), '本季度尚未开展协商的平台', 'due'],
        [state.gapsOnly ? '有缺口的平台' : '联系平台', count(answer.total, '个'), null, 'platforms'],
        ['本页已开展', count(held, '个季度'), null, 'held'],
      ].map(([label, value, hint, key]) => h('div', { 'data-figure': key, title: hint }, h('dt', { text: label }), h('dd', { text: value }))));
      body.replaceChildren(...answer.items.map((p) => h('tr', { 'data-platform': p.platformId },
        h('th', { scope: 'row' }, h('span', { class: 'lines' }, h('span', { text: p.platformName }), h('span', { class: 'meta-inline', text: p.townshipName }))),
        p.quarters.map((q) => cell(p, q)))));
      table.hidden = answer.items.length === 0;
      empty.hidden = answer.items.length > 0;
      empty.textContent = state.gapsOnly ? `${state.year}年没有缺口：每个平台已过的季度都开展了协商` : '没有联系平台';
      const pages = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
      pager.hidden = pages <= 1;
      pageInfo.textContent = `第 ${state.page} / ${pages} 页 · 共 ${answer.total} 个平台`;
      pager.querySelector('[data-action="previous-page"]').disabled = state.page <= 1;
      pager.querySelector('[data-action="next-page"]').disabled = state.page >= pages;
    } catch (error) {
      if (ticket !== state.ticket) return;
      reportProblem(error, { banner });
    } finally {
      if (ticket === state.ticket) root.removeAttribute('aria-busy');
    }
  }

  root.addEventListener('change', (event) => {
    if (event.target === yearSelect) state.year = Number(yearSelect.value);
    else if (event.target === townshipSelect) state.townshipId = townshipSelect.value;
    else if (event.target === gapsToggle) state.gapsOnly = gapsToggle.checked;
    else return;
    state.page = 1;
    load();
  });
  root.addEventListener('submit', (event) => event.preventDefault());
  root.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'previous-page' && state.page > 1) { state.page--; load(); }
    else if (action === 'next-page') { state.page++; load(); }
  });

  return load();
}
