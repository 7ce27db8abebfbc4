// The year's 结果表: every member scored, filtered by group, sector and rating, sorted by score or name, a page at a
// time, the filters, sort and page kept in the address, and downloaded as a workbook with the same filters. A table
// from 48rem and on paper, a card a member on a phone. Each name opens the member's breakdown for those who may read
// it; the reporter's table has no names (nor a sort by name). 排名 is the place in the score order, equal scores
// sharing the place of the first of them. 加减分 is the office's adjustments, already in the score.
import * as api from './api.js';
import { h, saveBlob } from './dom.js';
import { count } from './format.js';
import { breakdownHref, minimumMark, monthsText, ratingTag, scoreText, signedScore } from './evaluation-marks.js';
import { EVALUATION_RATINGS, optionsOf } from './labels.js';
import { currentCaller, mayReadEvaluation, may } from './permissions.js';
import { hideBanner, reportProblem } from './problems.js';

const PAGE_SIZE = 50;
/** The most rows one call returns; printing reads the whole table in calls of this size. */
const PRINT_PAGE = 200;
const SORTS = { '-score': '得分从高到低', score: '得分从低到高', name: '姓名' };
const COLUMNS = [
  { key: 'rank', label: '排名' }, { key: 'name', label: '姓名' }, { key: 'sector', label: '界别' }, { key: 'group', label: '活动组' },
  { key: 'months', label: '在任月数' }, { key: 'adjustment', label: '加减分' }, { key: 'score', label: '得分' },
  { key: 'rating-cell', label: '等次' }, { key: 'minimum-cell', label: '最低要求' }];

const select = (name, label, options, value) => {
  const control = h('select', { id: `evaluation-${name}`, name }, options.map((o) => h('option', { value: o.value, text: o.label })));
  control.value = value;
  return h('label', { class: 'filter', for: control.id }, h('span', { text: label }), control);
};

/**
 * committee, query (the address's URLSearchParams), groups and sectors (for the filters), groupLead (a convenor or
 * liaison: the service lists only their group, so there is no group to choose); address(params) keeps the table's
 * filters in the address beside the year.
 */
export function resultsTable({ committee, query, groups, sectors, groupLead, address }) {
  // The reporter reads the rows without the members' names and ids, so there is no name to show or sort by.
  const anonymous = currentCaller().role === 'REPORTER';
  const sorts = anonymous ? { '-score': SORTS['-score'], score: SORTS.score } : SORTS;
  const columns = anonymous ? COLUMNS.filter((c) => c.key !== 'name') : COLUMNS;
  const asked = (name, allowed) => (allowed.includes(query.get(name)) ? query.get(name) : '');
  const state = {
    year: null,
    groupId: groupLead ? '' : asked('groupId', groups.map((g) => String(g.id))),
    sectorId: asked('sectorId', sectors.map((s) => String(s.id))),
    rating: asked('rating', Object.keys(EVALUATION_RATINGS)),
    sort: asked('sort', Object.keys(sorts)) || '-score',
    page: Math.max(1, Number.parseInt(query.get('page'), 10) || 1),
    total: 0,
    ticket: 0,
  };
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const filters = h('form', { class: 'toolbar', role: 'search', 'data-filters': true },
    groupLead ? null : select('groupId', '活动组', [{ value: '', label: '全部' }, ...groups.map((g) => ({ value: String(g.id), label: g.name }))], state.groupId),
    select('sectorId', '界别', [{ value: '', label: '全部' }, ...sectors.map((s) => ({ value: String(s.id), label: s.name }))], state.sectorId),
    select('rating', '等次', [{ value: '', label: '全部' }, ...optionsOf(EVALUATION_RATINGS)], state.rating),
    select('sort', '排序', Object.entries(sorts).map(([value, label]) => ({ value, label })), state.sort),
    may('exportEvaluations') ? h('span', { class: 'spacer' }) : null,
    may('exportEvaluations') ? h('button', { type: 'button', 'data-action': 'export-table', text: '下载 Excel' }) : null);
  const summary = h('p', { class: 'summary', 'data-summary': true, 'aria-live': 'polite' });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const body = h('tbody', { 'data-rows': true });
  const table = h('table', { class: `evaluation-table${anonymous ? ' anonymous' : ''}`, 'data-evaluation-table': true },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: `col-${c.key}`, text: c.label })))), body);
  const empty = h('div', { class: 'empty', 'data-empty': true, hidden: true });
  const pageInfo = h('span', { 'data-page-info': true });
  const pager = h('nav', { class: 'pager', 'aria-label': '分页' },
    h('button', { type: 'button', 'data-action': 'previous-page', text: '上一页' }), pageInfo,
    h('button', { type: 'button', 'data-action': 'next-page', text: '下一页' }));
  const anonymousNote = anonymous ? h('p', { class: 'meta', 'data-anonymous-note': true, text: '统计报送账号的结果表不显示委员的姓名和编号。' }) : null;
  const section = h('section', { class: 'evaluation-results', 'aria-label': '结果表', 'data-results': true },
    filters, banner, notice, summary,
    anonymousNote, table, empty, pager);

  const params = () => Object.fromEntries(Object.entries({
    groupId: state.groupId, sectorId: state.sectorId, rating: state.rating, sort: state.sort === '-score' ? '' : state.sort,
    page: state.page > 1 ? state.page : '',
  }).filter(([, v]) => v !== ''));
  const filtersOf = () => ({
    committeeId: committee.id, groupId: state.groupId || undefined, sectorId: state.sectorId || undefined,
    rating: state.rating || undefined, sort: state.sort,
  });
  const request = (page, size) => ({ year: state.year, ...filtersOf(), page, size });

  function row(item, rank) {
    const name = mayReadEvaluation(item.memberId, item.groupId)
      ? h('a', { href: breakdownHref(committee.id, state.year, item.memberId), text: item.memberName })
      : item.memberName;
    const adjustment = Number(item.adjustment ?? 0);
    return h('tr', { class: 'evaluation-row', 'data-member': item.memberId },
      h('td', { class: 'rank', text: rank == null ? '' : String(rank) }),
      anonymous ? null : h('th', { class: 'name', scope: 'row' }, name),
      h('td', { class: 'sector', text: item.sectorName }),
      h('td', { class: 'group', text: item.groupName || '未分组' }),
      h('td', { class: 'months', text: monthsText(item) }),
      h('td', {
        class: `adjustment${adjustment === 0 ? ' none' : adjustment < 0 ? ' minus' : ' plus'}`, 'data-adjustment': true,
        text: adjustment === 0 ? '' : signedScore(adjustment),
      }),
      h('td', { class: 'score', 'data-score': true, text: scoreText(item.score) }),
      h('td', { class: 'rating-cell' }, ratingTag(item.rating)),
      h('td', { class: 'minimum-cell' }, minimumMark(item.minimumMet)));
  }

  /** The rows from the offset-th on; in score order each has its place, equal scores sharing the first one's. */
  function fill(items, offset) {
    const ranked = state.sort === '-score';
    table.classList.toggle('unranked', !ranked);
    let place = null;
    body.replaceChildren(...items.map((item, i) => {
      if (ranked && (i === 0 || item.score !== items[i - 1].score)) place = offset + i + 1;
      return row(item, ranked ? place : null);
    }));
  }

  /** status: the year's state, so an uncomputed year says so instead of listing nothing. */
  async function load(year, status) {
    if (year !== undefined && state.year !== null && year !== state.year) state.page = 1;
    if (year !== undefined) state.year = year;
    if (status !== undefined) state.status = status;
    const ticket = ++state.ticket;
    address(params());
    try {
      const page = state.status === 'NOT_COMPUTED'
        ? { items: [], total: 0, status: 'NOT_COMPUTED' }
        : await api.listEvaluations(request(state.page, PAGE_SIZE));
      if (ticket !== state.ticket) return;
      hideBanner(banner);
      state.total = page.total;
      fill(page.items, (state.page - 1) * PAGE_SIZE);
      const filtered = Boolean(state.groupId || state.sectorId || state.rating);
      summary.textContent = page.status === 'NOT_COMPUTED' ? '' : `${filtered ? '符合条件的' : '参加考评的'}委员共 ${count(page.total, '人')}`;
      table.hidden = page.items.length === 0;
      if (anonymousNote) anonymousNote.hidden = table.hidden;
      filters.hidden = page.status === 'NOT_COMPUTED';
      empty.hidden = page.items.length > 0;
      empty.replaceChildren(...(page.status === 'NOT_COMPUTED'
        ? [h('p', { text: `${state.year} 年的考评尚未计算` }),
          h('p', { text: may('computeEvaluation') ? '点击上方的“计算”，按截至今天的记录为每位委员计算得分和等次。' : '委员工作处计算后，这里列出每位委员的得分和等次。' })]
        : [h('p', { text: '没有符合筛选条件的委员' })]));
      const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
      pager.hidden = pages <= 1;
      pageInfo.textContent = `第 ${state.page} / ${pages} 页 · 共 ${page.total} 人`;
      pager.querySelector('[data-action="previous-page"]').disabled = state.page <= 1;
      pager.querySelector('[data-action="next-page"]').disabled = state.page >= pages;
    } catch (error) {
      if (ticket === state.ticket) reportProblem(error, { banner });
    }
  }

  /** Every row of the filters chosen, for paper: the printed table is the whole table, not the page on screen. */
  async function fillAll() {
    if (state.total <= PAGE_SIZE && state.page === 1) return;
    const items = [];
    for (let page = 1; items.length < state.total; page++) {
      const answer = await api.listEvaluations(request(page, PRINT_PAGE));
      items.push(...answer.items);
      if (answer.items.length < PRINT_PAGE) break;
    }
    fill(items, 0);
  }

  /** The filters chosen, in words, for the printed page: 第二活动组 · 优秀. */
  function filtersText() {
    const chosen = [...filters.querySelectorAll('select')].filter((s) => s.name !== 'sort' && s.value);
    return chosen.map((s) => s.selectedOptions[0].textContent).join(' · ');
  }

  section.addEventListener('change', (event) => {
    const { name, value } = event.target;
    if (!['groupId', 'sectorId', 'rating', 'sort'].includes(name)) return;
    state[name] = value;
    state.page = 1;
    load();
  });
  /** The table of the filters chosen as a workbook, through a Blob so the download carries the session. */
  async function download(button) {
    button.disabled = true;
    hideBanner(banner);
    notice.textContent = '';
    try {
      const blob = await api.exportEvaluations(state.year, filtersOf());
      const chosen = filtersText();
      saveBlob(blob, `考评结果表-${committee.name}-${state.year}${chosen ? `-${chosen.replaceAll(' · ', '-')}` : ''}.xlsx`);
      notice.textContent = `已下载 ${state.year} 年的结果表（Excel${chosen ? `，${chosen}` : ''}）`;
    } catch (error) {
      reportProblem(error, { banner });
    } finally {
      button.disabled = false;
    }
  }

  section.addEventListener('submit', (event) => event.preventDefault());
  section.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    const action = target?.dataset.action;
    if (action === 'previous-page' && state.page > 1) { state.page--; load(); }
    else if (action === 'next-page') { state.page++; load(); }
    else if (action === 'export-table') download(target);
  });

  return { section, load, fillAll, filtersText, params };
}
