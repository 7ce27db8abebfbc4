// 一年一考评: a committee's year of evaluation (#/committees/1/evaluation?year=2025). The year's state, and for the
// office 计算 and 关闭年度 and the year's 考评细则 to change and try (试算) before saving; the figures; the 结果表 with
// its filters and its download; the members' objections (答复 for the office) and the office's 加减分; the groups and
// the 挂牌委员. The year and the table's filters are kept in the address. Printed, it is the year's table on A4 with
// the committee, the state and, under the table, the SHA-256 of the published CSV. Convenors and liaisons see their
// group's members.
import * as api from '../api.js';
import { h } from '../dom.js';
import { beijingDay, chineseDate, count } from '../format.js';
import { stateText } from '../evaluation-marks.js';
import { adjustmentsPanel } from '../evaluation-adjustments.js';
import { objectionsPanel } from '../evaluation-objections.js';
import { groupsPanel, inactivePanel } from '../evaluation-panels.js';
import { rulesPanel } from '../evaluation-rules.js';
import { resultsTable } from '../evaluation-table.js';
import { yearPanel } from '../evaluation-year.js';
import { EVALUATION_RATINGS } from '../labels.js';
import { currentCaller, may } from '../permissions.js';
import { hideBanner, reportProblem } from '../problems.js';

const YEARS_BACK = 5;

/** The year to open without one in the address: last year once it is computed, else this year. */
async function defaultYear(committee, thisYear) {
  const last = await api.getEvaluationYear(thisYear - 1, { committeeId: committee.id }).catch(() => null);
  return last && last.status !== 'NOT_COMPUTED' ? thisYear - 1 : thisYear;
}

export async function render(root, { committee, query }) {
  const thisYear = Number(beijingDay().slice(0, 4));
  const scope = { committeeId: committee.id };
  const groupLead = ['CONVENOR', 'LIAISON'].includes(currentCaller().role);
  const asked = Number.parseInt(query.get('year'), 10);
  const state = { year: asked >= 2000 && asked <= thisYear ? asked : await defaultYear(committee, thisYear), ticket: 0, evaluation: null };
  const [groups, sectors] = await Promise.all([
    groupLead ? { items: [] } : api.listGroups({ ...scope, size: 200, sort: 'name' }),
    api.listSectors({ ...scope, size: 200, sort: 'name' })]);

  const years = [];
  for (let y = thisYear; y >= thisYear - YEARS_BACK; y--) years.push(y);
  if (!years.includes(state.year)) years.push(state.year);
  const yearSelect = h('select', { id: 'evaluation-year', name: 'year' }, years.map((y) => h('option', { value: String(y), text: `${y}年` })));
  yearSelect.value = String(state.year);
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const printLine = h('p', { class: 'meta print-only', 'data-print-line': true });
  const printHash = h('p', { class: 'print-only print-hash', 'data-print-hash': true });
  const figures = h('dl', { class: 'figures evaluation-figures', 'data-evaluation-figures': true, 'aria-live': 'polite' });
  const figuresNote = groupLead ? h('p', { class: 'meta figures-note', text: '以上为全会的人数；结果表和挂牌委员只列出本活动组的委员。' }) : null;
  const year = yearPanel({ committee, thisYear, changed: () => load() });
  const table = resultsTable({
    committee, query, groups: groups.items, sectors: sectors.items, groupLead,
    // A load still under way when one has moved on to another screen must not write over that screen's address.
    address: (params) => root.isConnected
      && window.history.replaceState(null, '', `#/committees/${committee.id}/evaluation?${new URLSearchParams({ year: state.year, ...params })}`),
  });
  const groupsPart = groupsPanel({ committee });
  const inactivePart = inactivePanel({ committee });
  const rules = rulesPanel({ committee, changed: () => load() });
  // The office is told above the table when objections wait for an answer: the year does not close until they have one.
  const waitingNote = h('p', { class: 'warning waiting-objections', 'data-waiting-objections': true, hidden: true });
  const objections = objectionsPanel({
    committee, changed: () => load(),
    waiting: (open) => {
      waitingNote.hidden = !(open > 0 && may('answerEvaluationObjection') && state.evaluation?.status === 'OPEN');
      waitingNote.replaceChildren(`${state.year} 年还有 ${open} 件委员申诉待答复，答复后才能关闭年度。`,
        h('button', { type: 'button', class: 'link', 'data-action': 'to-objections', text: '去答复' }));
    },
  });
  const adjustments = adjustmentsPanel({ committee, changed: () => load(), showObjection: (id) => objections.focus(id) });

  root.classList.add('evaluation-view');
  root.append(
    h('header', { class: 'view-head evaluation-head' },
      h('p', { class: 'record-committee print-only', text: committee.name }),
      h('h2', { text: '一年一考评' }),
      h('form', { class: 'toolbar evaluation-tools', 'data-evaluation-tools': true },
        h('label', { class: 'filter', for: yearSelect.id }, h('span', { text: '年度' }), yearSelect),
        h('button', { type: 'button', 'data-action': 'print', text: '打印' })),
      h('p', { class: 'meta screen-only', text: '按本会当年的考评细则，用委员的履职记录计算每位委员的得分和等次。年度结束后由委员工作处关闭，结果冻结并公布结果表的 SHA-256。' }),
      printLine),
    ...[banner, year.panel, waitingNote, rules.panel, figures, figuresNote, table.section, printHash, objections.panel, adjustments.panel,
      groupsPart.panel, inactivePart.panel].filter(Boolean));

  function showFigures(evaluation) {
    figures.hidden = evaluation.status === 'NOT_COMPUTED';
    if (figuresNote) figuresNote.hidden = figures.hidden;
    figures.replaceChildren(...[
      ['members', '参加考评', count(evaluation.members, '人')],
      ...Object.entries(EVALUATION_RATINGS).map(([rating, label]) => [rating, label, count(evaluation.ratings[rating], '人')]),
      ['below-minimum', '未达最低要求', count(evaluation.belowMinimum, '人')],
      ['no-work', '无履职记录', count(evaluation.noWork, '人')],
    ].map(([key, label, value]) => h('div', { 'data-figure': key }, h('dt', { text: label }), h('dd', { text: value }))));
  }

  /** What paper says above and under the table: whose, which year, where it stands, and the published hash. */
  function showPrintLines(evaluation) {
    const chosen = table.filtersText();
    printLine.textContent = [`${evaluation.year} 年度委员履职考评结果表`, stateText(evaluation), chosen ? `筛选：${chosen}` : null,
      `打印日期：${chineseDate(beijingDay())}`].filter(Boolean).join(' · ');
    printHash.replaceChildren(...(evaluation.status === 'CLOSED' && evaluation.sha256
      ? [h('span', { text: '结果表（CSV）SHA-256：' }), h('code', { class: 'sha256', text: evaluation.sha256 }),
        h('span', { class: 'print-hash-hint', text: '可用 sha256sum 核对下载的结果表（CSV）：两者一致即结果表未经改动。' })]
      : [h('span', { text: `${evaluation.year} 年度考评尚未关闭，结果可能随记录变化，尚未公布结果表的 SHA-256。` })]));
  }

  async function load() {
    const ticket = ++state.ticket;
    root.setAttribute('aria-busy', 'true');
    try {
      const [evaluation, yearRules] = await Promise.all([
        api.getEvaluationYear(state.year, scope),
        api.getEvaluationRules(state.year, scope).catch((error) => (error.status === 404 ? null : undefined))]);
      if (ticket !== state.ticket || !root.isConnected) return;
      hideBanner(banner);
      state.evaluation = evaluation;
      year.show(evaluation, yearRules);
      if (yearRules !== undefined) rules.show(evaluation, yearRules);
      showFigures(evaluation);
      const computed = evaluation.status !== 'NOT_COMPUTED';
      for (const part of [groupsPart.panel, inactivePart.panel]) if (part) part.hidden = !computed;
      await Promise.all([table.load(state.year, evaluation.status),
        computed ? groupsPart.load(state.year) : null, computed ? inactivePart.load(state.year) : null,
        objections.load(state.year, evaluation.status), adjustments.load(state.year, evaluation.status)]);
      showPrintLines(evaluation);
    } catch (error) {
      if (ticket === state.ticket) reportProblem(error, { banner });
    } finally {
      if (ticket === state.ticket) root.removeAttribute('aria-busy');
    }
  }

  /** Paper gets the whole table of the filters chosen; the screen returns to its page afterwards. */
  async function print() {
    try {
      await table.fillAll();
      if (state.evaluation) showPrintLines(state.evaluation);
      window.print();
    } catch (error) {
      reportProblem(error, { banner });
    } finally {
      table.load();
    }
  }

  root.addEventListener('change', (event) => {
    if (event.target !== yearSelect) return;
    state.year = Number(yearSelect.value);
    load();
  });
  root.addEventListener('submit', (event) => { if (event.target.matches('[data-evaluation-tools]')) event.preventDefault(); });
  root.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'print') print();
    else if (action === 'to-objections') objections.focus();
  });

  return load();
}
