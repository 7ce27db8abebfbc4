// 工作台 of the committee's office, at the top of its 概况: what needs doing now, each count linking to the list
// that holds it with the same filters; this quarter's figures against the last; and the year's charts people would
// rather see than read (the monthly trend, solved against open by township, opinions by category and by status,
// 一季一协商 quarter by quarter). Every chart has the same numbers in a table for screen readers.
import * as api from './api.js';
import { drawBars } from './chart.js';
import { h } from './dom.js';
import { beijingDay } from './format.js';
import { OPINION_STATUSES, QUARTER_STATES } from './labels.js';

/** The figures of this quarter the office sets against the last, in the order the articles quote them. */
const QUARTER_FIGURES = ['VISITS', 'PEOPLE_RECEIVED', 'OPINIONS_COLLECTED', 'OPINIONS_SOLVED', 'CONSULTATIONS',
  'DUTY_DONE', 'PROPOSALS_FILED', 'INACTIVE_MEMBERS'];
/** The figures the districts are set side by side on. */
const DISTRICT_FIGURES = ['VISITS', 'PEOPLE_RECEIVED', 'OPINIONS_COLLECTED', 'OPINIONS_SOLVED', 'CONSULTATIONS', 'PROPOSALS_FILED',
  'INACTIVE_MEMBERS'];
/** Statuses an opinion's chart counts: the living ones, drafts and merged duplicates left out. */
const CHARTED_STATUSES = ['SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED'];

/** The most platforms 一季一协商's chart draws a bar each for; a larger committee's is drawn by quarter. */
const PLATFORMS_CHARTED = 20;
/** 一季一协商's states in the colours of its own screen: held green, missed red, due amber, to come grey. */
const STATE_COLOURS = { HELD: '#1e6b34', MISSED: '#b3261e', DUE: '#a15c00', UPCOMING: '#9e9a94' };

const totalOf = async (page) => (await page).total;

/** What waits for the office: label, unit, how to count it and the address of the list that holds it. */
function todos(committeeId, year, quarter) {
  const base = `#/committees/${committeeId}`;
  return [
    { key: 'submitted', label: '待审核的社情民意', unit: '条', hint: '委员已上报，等待委员工作处采用或不予采用',
      count: () => totalOf(api.listOpinions({ committeeId, status: 'SUBMITTED', size: 1 })), href: `${base}/opinions?status=SUBMITTED` },
    { key: 'overdue-opinions', label: '逾期的社情民意', unit: '条', hint: '已过承办期限仍未办结',
      count: () => totalOf(api.listOpinions({ committeeId, overdue: true, size: 1 })), href: `${base}/opinions?overdue=true` },
    { key: 'overdue-outcomes', label: '逾期未落实的协商成果', unit: '项', hint: '已过落实期限仍未落实',
      count: () => totalOf(api.listOutcomes({ committeeId, overdue: true, size: 1 })), href: `${base}/outcomes?overdue=true` },
    { key: 'unrecorded-duty', label: '逾期未记录的轮值', unit: '次', hint: '月份已过，轮值委员履职情况尚未记录',
      count: () => totalOf(api.listDutyTurns({ committeeId, overdue: true, size: 1 })), href: `${base}/duty/overdue` },
    { key: 'due-consultations', label: '本季度尚未协商的平台', unit: '个', hint: `一季一协商：${year}年第${quarter}季度尚未开展协商`,
      count: async () => (await api.getConsultationCompliance({ committeeId, year, quarter, size: 1 })).dueNow,
      href: `${base}/consultations/compliance` },
    { key: 'objections', label: '待答复的考评申诉', unit: '件', hint: `${year - 1}年和${year}年考评中委员的申诉`,
      count: async () => (await Promise.all([year - 1, year].map((y) => totalOf(
        api.listEvaluationObjections({ committeeId, year: y, status: 'OPEN', size: 1 }))))).reduce((a, b) => a + b, 0),
      href: `${base}/evaluation?year=${year - 1}` },
  ];
}

/** A table of a chart's numbers, read by screen readers in place of the picture. */
function chartTable(caption, head, rows) {
  return h('table', { 'data-chart-table': true },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, head.map((text) => h('th', { scope: 'col', text })))),
    h('tbody', {}, rows.map(([name, ...values]) => h('tr', {}, h('th', { scope: 'row', text: name }),
      values.map((value) => h('td', { text: value ?? '—' }))))));
}

/** In place of a chart with nothing to draw: a line saying so, which a screen reader reads too. */
function nothingToDraw(picture, text) {
  picture.removeAttribute('aria-hidden');
  picture.classList.remove('chart');
  picture.replaceChildren(h('p', { class: 'meta chart-empty', 'data-chart-empty': true, text }));
}

const allZero = (values) => values.every((v) => !v);

/** A chart's frame: its title, the picture (hidden from screen readers) and its table. */
function chartPanel(key, title) {
  const picture = h('div', { class: 'chart chart-desk', 'data-chart': key, 'aria-hidden': 'true' });
  const table = h('div', { class: 'sr-only', 'data-chart-numbers': key });
  const heading = h('h4', { text: title });
  const panel = h('figure', { class: 'panel desk-chart', 'data-desk-chart': key }, h('figcaption', {}, heading), picture, table);
  return { panel, picture, table, title: heading };
}

export function officeDesk(committee) {
  const today = beijingDay();
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const todoList = h('ul', { class: 'desk-todos', 'data-desk-todos': true });
  const quarterTitle = h('h3', { id: 'desk-quarter-title', text: '本季度' });
  const quarterFigures = h('dl', { class: 'figures desk-figures', 'data-desk-quarter': true });
  const charts = {
    trend: chartPanel('trend', `${year}年每月接待走访、接待群众和收集社情民意`),
    townships: chartPanel('townships', `${year}年各乡镇（街道）社情民意：已解决和在办`),
    categories: chartPanel('categories', `${year}年社情民意按类别`),
    statuses: chartPanel('statuses', '社情民意按状态（全部）'),
    compliance: chartPanel('compliance', `${year}年一季一协商：各季度联系平台数`),
  };
  const districts = h('section', { class: 'panel', 'aria-labelledby': 'desk-districts-title', 'data-desk-districts': true, hidden: true },
    h('div', { class: 'panel-head' }, h('h3', { id: 'desk-districts-title', text: '各下级政协本季度' }),
      h('a', { href: `#/committees/${committee.id}/reports?preset=THIS_QUARTER&by=COMMITTEE`, text: '按政协查看报表' })));
  const panel = h('section', { class: 'desk', 'data-desk': true, 'aria-label': '工作台' },
    h('section', { class: 'panel', 'aria-labelledby': 'desk-todo-title' },
      h('h3', { id: 'desk-todo-title', text: '待办事项' }), todoList),
    h('section', { class: 'panel', 'aria-labelledby': quarterTitle.id },
      h('div', { class: 'panel-head' }, quarterTitle,
        h('a', { href: `#/committees/${committee.id}/reports?preset=THIS_QUARTER`, text: '查看完整报表' })),
      quarterFigures),
    districts,
    h('section', { class: 'desk-charts', 'aria-label': '图表' }, Object.values(charts).map((c) => c.panel)));

  async function showTodos() {
    const list = todos(committee.id, year, quarter);
    const counts = await Promise.all(list.map((todo) => todo.count().catch(() => null)));
    todoList.replaceChildren(...list.map((todo, i) => {
      const count = counts[i];
      const waiting = count !== null && count > 0;
      return h('li', { class: waiting ? 'todo waiting' : 'todo', 'data-todo': todo.key },
        h('a', { href: todo.href },
          h('span', { class: 'todo-count', 'data-todo-count': count ?? '', text: count === null ? '—' : String(count) }),
          h('span', { class: 'todo-label', text: `${todo.label}（${todo.unit}）` }),
          h('span', { class: 'todo-hint', text: todo.hint })));
    }));
  }

  async function showQuarter() {
    const report = await api.getReportSummary({ committeeId: committee.id, preset: 'THIS_QUARTER' });
    quarterTitle.textContent = `${report.period.label}（截至今天）与上季度`;
    const byKey = new Map(report.figures.map((f) => [f.key, f]));
    quarterFigures.replaceChildren(...QUARTER_FIGURES.map((key) => byKey.get(key)).filter(Boolean).map((f) => {
      const diff = f.previousValue === undefined ? null : f.value - f.previousValue;
      return h('div', { 'data-desk-figure': f.key, title: f.definition },
        h('dt', { text: `${f.label}（${f.unit}）` }),
        h('dd', { text: String(f.value) }),
        h('dd', { class: 'desk-before', text: f.previousValue === undefined ? ''
          : `上季度 ${f.previousValue}${diff === 0 ? '' : diff > 0 ? `，↑${diff}` : `，↓${-diff}`}` }));
    }));
  }

  async function showTrend() {
    const { picture, table } = charts.trend;
    const months = await api.getReportBreakdown({ committeeId: committee.id, preset: 'THIS_YEAR', by: 'MONTH' });
    const value = (row, key) => row.figures.find((f) => f.key === key)?.value ?? 0;
    const names = months.rows.map((row) => row.slice.name.replace(/^\d{4}年/, ''));
    const keys = [['VISITS', '接待走访（次）'], ['OPINIONS_COLLECTED', '收集社情民意（条）'], ['PEOPLE_RECEIVED', '接待群众（人次）']];
    if (allZero(months.rows.flatMap((row) => keys.map(([key]) => value(row, key))))) {
      nothingToDraw(picture, '今年还没有接待走访和社情民意。');
      return;
    }
    await drawBars(picture, {
      categories: names,
      units: ['次、条', '人次'],
      series: keys.map(([key, name], i) => ({
        name, values: months.rows.map((row) => value(row, key)), axis: i === 2 ? 1 : 0, line: i === 2, labels: i !== 2,
      })),
    });
    table.replaceChildren(chartTable(`${year}年每月`, ['月份', ...keys.map(([, name]) => name)],
      months.rows.map((row, i) => [names[i], ...keys.map(([key]) => value(row, key))])));
  }

  async function showTownships() {
    const { picture, table } = charts.townships;
    const townships = await api.getReportBreakdown({ committeeId: committee.id, preset: 'THIS_YEAR', by: 'TOWNSHIP' });
    const value = (row, key) => row.figures.find((f) => f.key === key)?.value ?? 0;
    const rows = townships.rows.map((row) => [row.slice.name, value(row, 'OPINIONS_SOLVED'), value(row, 'OPINIONS_OPEN')]);
    table.replaceChildren(chartTable(`${year}年各乡镇（街道）社情民意`, ['乡镇（街道）', '已解决', '在办'], rows));
    if (allZero(rows.flatMap((r) => r.slice(1)))) {
      nothingToDraw(picture, '今年各乡镇（街道）还没有已解决或在办的社情民意。');
      return;
    }
    await drawBars(picture, {
      categories: rows.map((r) => r[0]),
      horizontal: true,
      unit: '条',
      series: [{ name: '已解决', values: rows.map((r) => r[1]) }, { name: '在办', values: rows.map((r) => r[2]) }],
    });
  }

  async function showCategories() {
    const { picture, table } = charts.categories;
    const categories = await api.getReportBreakdown({ committeeId: committee.id, preset: 'THIS_YEAR', by: 'CATEGORY' });
    const rows = categories.rows.map((row) => [row.slice.name, row.figures.find((f) => f.key === 'OPINIONS_COLLECTED')?.value ?? 0]);
    if (allZero(rows.map((r) => r[1]))) {
      nothingToDraw(picture, '今年还没有收集社情民意。');
      return;
    }
    await drawBars(picture, {
      categories: rows.map((r) => r[0]), horizontal: true, unit: '条',
      series: [{ name: '收集社情民意', values: rows.map((r) => r[1]) }],
    });
    table.replaceChildren(chartTable(`${year}年社情民意按类别`, ['类别', '收集（条）'], rows));
  }

  async function showStatuses() {
    const { picture, table } = charts.statuses;
    const counts = await Promise.all(CHARTED_STATUSES.map((status) => totalOf(api.listOpinions({ committeeId: committee.id, status, size: 1 }))));
    const rows = CHARTED_STATUSES.map((status, i) => [OPINION_STATUSES[status], counts[i]]);
    if (allZero(counts)) {
      nothingToDraw(picture, '还没有社情民意。');
      return;
    }
    await drawBars(picture, {
      categories: rows.map((r) => r[0]), unit: '条',
      series: [{ name: '社情民意', values: rows.map((r) => r[1]) }],
    });
    table.replaceChildren(chartTable('社情民意按状态', ['状态', '条数'], rows));
  }

  /**
   * 一季一协商 by platform: each platform's bar counts its quarters held, missed, due and to come, so the platforms
   * that fall behind stand out; past PLATFORMS_CHARTED platforms the bars count platforms per quarter instead.
   */
  async function showCompliance() {
    const { picture, table } = charts.compliance;
    const platforms = [];
    for (let page = 1; ; page++) {
      const answer = await api.getConsultationCompliance({ committeeId: committee.id, year, page, size: 200 });
      platforms.push(...answer.items);
      if (answer.items.length < 200) break;
    }
    const states = Object.keys(QUARTER_STATES);
    const stateOf = (platform, q) => platform.quarters.find((x) => x.quarter === q)?.state;
    const quarters = [1, 2, 3, 4];
    table.replaceChildren(chartTable(`${year}年一季一协商（各联系平台各季度）`, ['联系平台', ...quarters.map((q) => `第${q}季度`)],
      platforms.map((p) => [p.platformName, ...quarters.map((q) => QUARTER_STATES[stateOf(p, q)] ?? '—')])));
    if (platforms.length === 0) {
      nothingToDraw(picture, '还没有联系平台。');
      return;
    }
    const series = (values) => states.map((state) => ({
      name: QUARTER_STATES[state], stack: 'quarters', colour: STATE_COLOURS[state], values: values(state),
    }));
    if (platforms.length <= PLATFORMS_CHARTED) {
      charts.compliance.title.textContent = `${year}年一季一协商：各联系平台的季度`;
      await drawBars(picture, {
        categories: platforms.map((p) => p.platformName), horizontal: true, unit: '个季度',
        series: series((state) => platforms.map((p) => quarters.filter((q) => stateOf(p, q) === state).length)),
      });
    } else {
      await drawBars(picture, {
        categories: quarters.map((q) => `第${q}季度`), unit: '个平台',
        series: series((state) => quarters.map((q) => platforms.filter((p) => stateOf(p, q) === state).length)),
      });
    }
  }

  /**
   * A city's (or a province's) office sees its districts side by side: this quarter's figures of each committee
   * below it, as the report by committee gives them, each opening that committee's report; nothing without any.
   */
  async function showDistricts() {
    // The committees list holds the caller's own committee only; the report by committee names those below it.
    const report = await api.getReportBreakdown({ committeeId: committee.id, preset: 'THIS_QUARTER', by: 'COMMITTEE' });
    if (report.rows.length <= 1) return;
    const first = report.rows[0]?.figures ?? [];
    const columns = DISTRICT_FIGURES.map((key) => first.find((f) => f.key === key)).filter(Boolean);
    const cell = (figures, key) => String(figures.find((f) => f.key === key)?.value ?? '—');
    districts.append(h('div', { class: 'table-scroll' }, h('table', { class: 'grid report-table', 'data-districts-table': true },
      h('caption', { text: `${report.period.label}（截至今天）` }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: '政协' }),
        columns.map((f) => h('th', { scope: 'col', class: 'number', text: `${f.label}（${f.unit}）` })))),
      h('tbody', {}, report.rows.map((row) => h('tr', { 'data-district': row.slice.id },
        h('th', { scope: 'row', class: row.slice.depth ? `depth-${Math.min(row.slice.depth, 4)}` : null },
          h('a', { href: `#/committees/${committee.id}/reports?${row.slice.depth ? `of=${row.slice.id}&` : ''}preset=THIS_QUARTER`,
            text: row.slice.depth ? row.slice.name : `${row.slice.name}（本级）` })),
        columns.map((f) => h('td', { class: 'number', text: cell(row.figures, f.key) }))))),
      report.sum ? h('tfoot', {}, h('tr', { class: 'report-sum' }, h('th', { scope: 'row', text: '合计' }),
        columns.map((f) => h('td', { class: 'number', text: cell(report.sum.figures, f.key) })))) : null)));
    districts.hidden = false;
  }

  /** Reads and draws everything; a part that fails says so in its place and leaves the others. */
  async function load() {
    const failed = (node) => () => {
      node.removeAttribute('aria-hidden');
      node.classList.remove('chart');
      node.replaceChildren(h('p', { class: 'meta', text: '暂时读不到这部分数字。' }));
    };
    await Promise.all([
      showTodos(),
      showQuarter().catch(failed(quarterFigures)),
      showDistricts().catch(() => { districts.hidden = true; }),
      showTrend().catch(failed(charts.trend.picture)),
      showTownships().catch(failed(charts.townships.picture)),
      showCategories().catch(failed(charts.categories.picture)),
      showStatuses().catch(failed(charts.statuses.picture)),
      showCompliance().catch(failed(charts.compliance.picture)),
    ]);
  }

  return { panel, load };
}
