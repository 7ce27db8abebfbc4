// 工作报表: a committee's figures for a period, in one screen a leader or a reporter reads without typing a date.
// The period is a preset (本季度 by default) or two dates; the summary sets each figure against the period before
// and the same period a year before, with the paragraph for the quarterly report ready to copy; a breakdown gives
// the same figures by township, platform, studio, category, group, sector, member, month, quarter or committee.
// A chart draws them, the table beside it holds the same numbers, and every number opens the records it counts.
// CSV, Excel and an A4 page to print. The choices live in the address, so a report can be reloaded or sent on.
import * as api from '../api.js';
import { drawBars, resizeCharts } from '../chart.js';
import { h, saveBlob } from '../dom.js';
import { showRecords } from '../drill-down.js';
import { beijingDay, chineseDate } from '../format.js';
import { hideBanner, reportProblem } from '../problems.js';

export const PRESETS = {
  THIS_MONTH: '本月', LAST_MONTH: '上月', THIS_QUARTER: '本季度', LAST_QUARTER: '上季度', THIS_YEAR: '今年', LAST_YEAR: '去年',
};
const CUSTOM = 'CUSTOM';
export const DIMENSIONS = {
  '': '总表（与上一时期、上年同期对比）',
  MONTH: '按月', QUARTER: '按季度', TOWNSHIP: '按乡镇（街道）', PLATFORM: '按联系平台', STUDIO: '按委员工作室',
  CATEGORY: '按社情民意类别', GROUP: '按界别活动组', SECTOR: '按界别', MEMBER: '按委员', COMMITTEE: '按政协（含下级政协）',
};
/** The figures a summary's chart sets side by side: the counts the articles quote, and the people reached. */
const CHART_GROUPS = {
  counts: { label: '次数和件数', keys: ['VISITS', 'DUTY_DONE', 'OPINIONS_COLLECTED', 'OPINIONS_SOLVED', 'CONSULTATIONS', 'PROPOSALS_FILED', 'ACTIVITIES', 'RESEARCH_REPORTS'] },
  people: { label: '人次', keys: ['PEOPLE_RECEIVED', 'STUDIO_PEOPLE_RECEIVED', 'MEMBERS_PRESENT', 'HOUSEHOLD_MEMBER_VISITS', 'PEOPLE_REACHED'] },
};
const MEMBER_PAGE = 50;
/** What a breakdown's rows may be set against: the period before, or the same period a year before. */
const COMPARISONS = { '': '不对比', PREVIOUS: '与上一时期对比', YEAR_AGO: '与上年同期对比' };

export async function render(root, { committee }) {
  const asked = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const state = {
    preset: asked.get('from') && asked.get('to') ? CUSTOM : (PRESETS[asked.get('preset')] ? asked.get('preset') : 'THIS_QUARTER'),
    from: asked.get('from') ?? '',
    to: asked.get('to') ?? '',
    by: DIMENSIONS[asked.get('by') ?? ''] ? (asked.get('by') ?? '') : '',
    chart: asked.get('chart') ?? '',
    // A committee below this one (a city's district), whose figures its office reads here: ?of=<id>.
    of: /^\d+$/.test(asked.get('of') ?? '') ? Number(asked.get('of')) : null,
    compare: COMPARISONS[asked.get('compare') ?? ''] ? (asked.get('compare') ?? '') : '',
    compared: null,
    page: Math.max(1, Number.parseInt(asked.get('page') ?? '1', 10) || 1),
    report: null,
    ticket: 0,
  };

  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const presetSelect = h('select', { id: 'report-preset', name: 'preset' },
    Object.entries(PRESETS).map(([value, label]) => h('option', { value, text: label })),
    h('option', { value: CUSTOM, text: '自选日期' }));
  const fromInput = h('input', { id: 'report-from', name: 'from', type: 'date' });
  const toInput = h('input', { id: 'report-to', name: 'to', type: 'date' });
  const dates = h('span', { class: 'report-dates', 'data-report-dates': true },
    h('label', { class: 'filter filter-date', for: fromInput.id }, h('span', { text: '自' }), fromInput),
    h('label', { class: 'filter filter-date', for: toInput.id }, h('span', { text: '至' }), toInput),
    h('button', { type: 'submit', text: '查看' }));
  const bySelect = h('select', { id: 'report-by', name: 'by' },
    Object.entries(DIMENSIONS).map(([value, label]) => h('option', { value, text: label })));
  const compareSelect = h('select', { id: 'report-compare', name: 'compare' },
    Object.entries(COMPARISONS).map(([value, label]) => h('option', { value, text: label })));
  const compareControl = h('label', { class: 'filter', for: compareSelect.id }, h('span', { text: '对比' }), compareSelect);
  const controls = h('form', { class: 'toolbar report-controls', 'data-report-controls': true },
    h('label', { class: 'filter', for: presetSelect.id }, h('span', { text: '时期' }), presetSelect),
    dates,
    h('label', { class: 'filter', for: bySelect.id }, h('span', { text: '分项' }), bySelect),
    compareControl);
  const tools = h('div', { class: 'toolbar report-tools' },
    h('button', { type: 'button', 'data-action': 'export-csv', text: '导出 CSV' }),
    h('button', { type: 'button', 'data-action': 'export-xlsx', text: '导出 Excel' }),
    h('button', { type: 'button', 'data-action': 'print', text: '打印' }));
  const printLine = h('p', { class: 'meta print-only', 'data-print-line': true });
  const below = h('p', { class: 'notice screen-only', 'data-report-below': true, hidden: true });
  const body = h('div', { class: 'report-body', 'data-report-body': true });

  root.classList.add('report-view');
  root.append(
    h('header', { class: 'view-head report-head' },
      h('p', { class: 'record-committee print-only', text: committee.name }),
      h('h2', { text: '工作报表' }), tools,
      h('p', { class: 'meta screen-only', text: '各项数字按统计口径计算，与各列表的条数一致；点击数字查看它所计的记录。' }),
      printLine),
    below, controls, banner, notice, body);

  presetSelect.value = state.preset;
  fromInput.value = state.from;
  toInput.value = state.to;
  bySelect.value = state.by;
  compareSelect.value = state.compare;

  /** The period and slice as the API takes them. */
  function periodQuery() {
    return state.preset === CUSTOM ? { from: state.from, to: state.to } : { preset: state.preset };
  }

  /** The committee whose figures are shown: this one, or the one below it the address names. */
  const shownId = () => state.of ?? committee.id;

  function keepInAddress() {
    const query = new URLSearchParams(Object.entries({
      of: state.of ?? '', ...periodQuery(), by: state.by, compare: state.by ? state.compare : '', chart: state.chart, page: state.by === 'MEMBER' && state.page > 1 ? state.page : '',
    }).filter(([, v]) => v !== '' && v !== undefined && v !== null));
    const path = `#/committees/${committee.id}/reports`;
    window.history.replaceState(null, '', query.size ? `${path}?${query}` : path);
  }

  async function load() {
    dates.hidden = state.preset !== CUSTOM;
    compareControl.hidden = !state.by;
    if (state.preset === CUSTOM && !(state.from && state.to)) {
      body.replaceChildren(h('p', { class: 'empty', text: '请选择开始和结束日期，再点“查看”。' }));
      return;
    }
    keepInAddress();
    hideBanner(banner);
    const ticket = ++state.ticket;
    body.setAttribute('aria-busy', 'true');
    try {
      const query = { committeeId: shownId(), ...periodQuery() };
      const paging = state.by === 'MEMBER' ? { page: state.page, size: MEMBER_PAGE } : {};
      const report = state.by ? await api.getReportBreakdown({ ...query, by: state.by, ...paging }) : await api.getReportSummary(query);
      // The period compared with is the summary's own (the same length just before, or a year before), so the
      // rows set side by side are of the periods the summary compares.
      let compared = null;
      if (state.by && state.compare) {
        const periods = await api.getReportSummary(query);
        const other = state.compare === 'PREVIOUS' ? periods.previousPeriod : periods.yearAgoPeriod;
        const rows = await api.getReportBreakdown({ committeeId: shownId(), from: other.from, to: other.to, by: state.by, ...paging });
        // Named as the summary names it (2026年第三季度), not by its two dates.
        compared = { ...rows, period: { ...rows.period, label: other.label } };
      }
      if (ticket !== state.ticket) return;
      state.report = report;
      state.compared = compared;
      below.hidden = !state.of;
      below.replaceChildren(`${report.committeeName}（下级政协）的数字，只读。`,
        h('a', { href: `#/committees/${committee.id}/reports`, text: `返回${committee.name}的报表` }));
      printLine.textContent = `${state.of ? `${report.committeeName} · ` : ''}${report.period.label}（${chineseDate(report.period.from)}至${chineseDate(report.period.to)}）`
        + `${state.by ? ` · ${DIMENSIONS[state.by]}` : ''} · 打印日期：${chineseDate(beijingDay())}`;
      if (state.by) showBreakdown(report);
      else showSummary(report);
    } catch (error) {
      if (ticket !== state.ticket) return;
      body.replaceChildren();
      reportProblem(error, { banner });
    } finally {
      if (ticket === state.ticket) body.removeAttribute('aria-busy');
    }
  }

  /** A number that opens the records it counts, or plain where it has none to open. */
  function figureValue(figure) {
    const text = figure.value === undefined || figure.value === null ? '—' : String(figure.value);
    if (!figure.drillDown || figure.value === undefined || figure.value === null) return h('span', { text });
    return h('button', {
      type: 'button', class: 'link figure-value', 'data-figure': figure.key, 'data-action': 'drill',
      title: `查看${figure.label}所计的记录`, 'aria-label': `${figure.label} ${text} ${figure.unit}，查看记录`, text,
    });
  }

  function showSummary(report) {
    const period = report.period.label;
    const byKey = new Map(report.figures.map((f) => [f.key, f]));
    const change = (value, before) => {
      if (value === undefined || before === undefined || before === null) return '';
      const diff = value - before;
      return diff === 0 ? '持平' : `${diff > 0 ? '增加' : '减少'} ${Math.abs(diff)}`;
    };
    const chartGroup = CHART_GROUPS[state.chart] ? state.chart : 'counts';
    const chartSelect = h('select', { id: 'report-chart', 'data-chart-choice': true },
      Object.entries(CHART_GROUPS).map(([value, group]) => h('option', { value, text: group.label })));
    chartSelect.value = chartGroup;
    const chart = h('div', { class: 'chart', 'data-chart': true, 'aria-hidden': 'true' });
    const copyButton = h('button', { type: 'button', 'data-action': 'copy-text', text: '复制文字' });
    body.replaceChildren(
      h('section', { class: 'panel report-text', 'aria-labelledby': 'report-text-title' },
        h('div', { class: 'panel-head' }, h('h3', { id: 'report-text-title', text: `${period}工作情况` }), copyButton),
        h('p', { class: 'report-paragraph', 'data-report-text': true, text: report.text })),
      h('section', { class: 'panel report-chart', 'aria-labelledby': 'report-chart-title' },
        h('div', { class: 'panel-head' },
          h('h3', { id: 'report-chart-title', text: '对比图' }),
          h('label', { class: 'filter', for: chartSelect.id }, h('span', { text: '图中数字' }), chartSelect)),
        h('p', { class: 'meta', text: `${period}、上一时期（${report.previousPeriod.label}）和上年同期（${report.yearAgoPeriod.label}）；数字见下表。` }),
        chart),
      h('section', { class: 'panel' },
        h('table', { class: 'grid report-table', 'data-report-table': true },
          h('caption', { text: `${report.committeeName} ${period}（${chineseDate(report.period.from)}至${chineseDate(report.period.to)}）各项数字` }),
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col', text: '项目' }), h('th', { scope: 'col', class: 'number', text: period }),
            h('th', { scope: 'col', class: 'number', text: `上一时期（${report.previousPeriod.label}）` }),
            h('th', { scope: 'col', class: 'number', text: `上年同期（${report.yearAgoPeriod.label}）` }),
            h('th', { scope: 'col', class: 'number', text: '比上一时期' }))),
          h('tbody', {}, report.figures.map((f) => h('tr', { 'data-figure-row': f.key },
            h('th', { scope: 'row' }, h('span', { text: f.label }), h('span', { class: 'unit', text: `（${f.unit}）` }),
              h('span', { class: 'definition', text: f.definition })),
            h('td', { class: 'number' }, figureValue(f)),
            h('td', { class: 'number', text: f.previousValue ?? '—' }),
            h('td', { class: 'number', text: f.yearAgoValue ?? '—' }),
            h('td', { class: 'number change', text: change(f.value, f.previousValue) })))))));
    const figures = CHART_GROUPS[chartGroup].keys.map((key) => byKey.get(key)).filter(Boolean);
    drawBars(chart, {
      categories: figures.map((f) => f.label),
      series: [
        { name: period, values: figures.map((f) => f.value) },
        { name: '上一时期', values: figures.map((f) => f.previousValue ?? null) },
        { name: '上年同期', values: figures.map((f) => f.yearAgoValue ?? null) },
      ],
    });
    chartSelect.addEventListener('change', () => {
      state.chart = chartSelect.value;
      keepInAddress();
      showSummary(report);
    });
  }

  function showBreakdown(report) {
    const period = report.period.label;
    const compared = state.compared;
    /** The compared period's row for a row: the same township, group…, or the same place in time (月, 季度). */
    const timeline = state.by === 'MONTH' || state.by === 'QUARTER';
    const otherRow = (row, i) => (!compared ? null : timeline ? compared.rows[i]
      : compared.rows.find((r) => r.slice.id !== undefined && r.slice.id === row.slice.id) ?? null);
    const otherValue = (row, i, key) => otherRow(row, i)?.figures.find((f) => f.key === key)?.value;
    const figureKeys = [];
    const labels = new Map();
    for (const row of report.rows) {
      for (const f of row.figures) {
        if (!labels.has(f.key)) {
          figureKeys.push(f.key);
          labels.set(f.key, f);
        }
      }
    }
    if (report.rows.length === 0) {
      body.replaceChildren(h('p', { class: 'empty', 'data-report-empty': true, text: `${period}${DIMENSIONS[state.by]}没有可列出的行。` }));
      return;
    }
    const chartKey = labels.has(state.chart) ? state.chart
      : figureKeys.find((key) => report.rows.some((r) => r.figures.find((f) => f.key === key)?.value > 0)) ?? figureKeys[0];
    const chartSelect = h('select', { id: 'report-chart', 'data-chart-choice': true },
      figureKeys.map((key) => h('option', { value: key, text: `${labels.get(key).label}（${labels.get(key).unit}）` })));
    chartSelect.value = chartKey;
    const chart = h('div', { class: `chart${report.rows.length > 12 ? ' chart-tall' : ''}`, 'data-chart': true, 'aria-hidden': 'true' });
    const name = (row) => row.slice.name ?? (state.by === 'MEMBER' ? '（委员）' : '');
    const pager = state.by === 'MEMBER' && report.total > MEMBER_PAGE ? h('nav', { class: 'pager', 'aria-label': '分页' },
      h('button', { type: 'button', 'data-action': 'page-prev', disabled: state.page <= 1, text: '上一页' }),
      h('span', { text: `第 ${state.page} 页，共 ${Math.ceil(report.total / MEMBER_PAGE)} 页（${report.total} 位委员）` }),
      h('button', { type: 'button', 'data-action': 'page-next', disabled: state.page * MEMBER_PAGE >= report.total, text: '下一页' })) : null;
    const sum = report.sum ? h('tr', { class: 'report-sum', 'data-report-sum': true },
      h('th', { scope: 'row', text: '合计' }),
      figureKeys.map((key) => h('td', { class: 'number', text: report.sum.figures.find((f) => f.key === key)?.value ?? '—' }))) : null;
    body.replaceChildren(
      h('section', { class: 'panel report-chart', 'aria-labelledby': 'report-chart-title' },
        h('div', { class: 'panel-head' },
          h('h3', { id: 'report-chart-title', text: `${period}${DIMENSIONS[state.by]}` }),
          h('label', { class: 'filter', for: chartSelect.id }, h('span', { text: '图中数字' }), chartSelect)),
        h('p', { class: 'meta', text: '数字见下表。' }),
        chart),
      h('section', { class: 'panel report-wide' },
        h('div', { class: 'table-scroll' },
          h('table', { class: 'grid report-table report-breakdown', 'data-report-table': true },
            h('caption', { text: `${report.committeeName} ${period}${DIMENSIONS[state.by]}${compared ? `；括号内为${compared.period.label}` : ''}` }),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: DIMENSIONS[state.by].replace(/^按/, '') }),
              figureKeys.map((key) => h('th', { scope: 'col', class: 'number', title: labels.get(key).definition },
                labels.get(key).label, h('span', { class: 'unit', text: `（${labels.get(key).unit}）` }))))),
            h('tbody', {}, report.rows.map((row, i) => h('tr', { 'data-slice-row': i },
              h('th', { scope: 'row', class: row.slice.depth ? `depth-${Math.min(row.slice.depth, 4)}` : null, title: row.text, text: name(row) }),
              figureKeys.map((key) => {
                const figure = row.figures.find((f) => f.key === key);
                const other = otherValue(row, i, key);
                return h('td', { class: 'number' }, figure ? figureValue({ ...labels.get(key), ...figure, label: `${name(row)}${labels.get(key).label}` }) : '—',
                  compared ? h('span', { class: 'compared', 'data-compared': other ?? '', text: `（${other ?? '—'}）` }) : null);
              })))),
            sum ? h('tfoot', {}, sum) : null)),
        pager));
    const values = (key) => report.rows.map((row) => row.figures.find((f) => f.key === key)?.value ?? null);
    // Months and quarters of one year need not repeat it under each point.
    const oneYear = timeline && new Set(report.rows.map((row) => row.slice.from?.slice(0, 4))).size === 1;
    drawBars(chart, {
      categories: report.rows.map((row) => (oneYear ? name(row).replace(/^\d{4}年/, '') : name(row))),
      series: [{ name: compared ? period : labels.get(chartKey).label, values: values(chartKey) },
        ...(compared ? [{ name: compared.period.label, values: report.rows.map((row, i) => otherValue(row, i, chartKey) ?? null) }] : [])],
      horizontal: !timeline && report.rows.length > 6,
      line: timeline && report.rows.length > 4,
      unit: labels.get(chartKey).unit,
    });
    chartSelect.addEventListener('change', () => {
      state.chart = chartSelect.value;
      keepInAddress();
      showBreakdown(report);
    });
  }

  /** The figure a clicked number stands for, found again in the report shown. */
  function figureOf(button) {
    const report = state.report;
    if (!state.by) return report.figures.find((f) => f.key === button.dataset.figure);
    const row = report.rows[Number(button.closest('[data-slice-row]').dataset.sliceRow)];
    const figure = row.figures.find((f) => f.key === button.dataset.figure);
    const any = report.rows.flatMap((r) => r.figures).find((f) => f.key === button.dataset.figure && f.label);
    return { ...any, ...figure, label: `${row.slice.name ?? ''}${figure.label ?? any?.label ?? ''}` };
  }

  async function exportFile(format) {
    const query = { committeeId: shownId(), ...periodQuery(), ...(state.by ? { by: state.by } : {}) };
    const buttons = tools.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const blob = state.by ? await api.exportReportBreakdown(query, format) : await api.exportReportSummary(query, format);
      const label = state.report?.period.label ?? '报表';
      saveBlob(blob, `${state.report?.committeeName ?? committee.name}-${label}${state.by ? `-${DIMENSIONS[state.by]}` : ''}.${format}`);
      notice.textContent = '已导出';
    } catch (error) {
      reportProblem(error, { banner });
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  async function copyText() {
    const text = state.report?.text ?? '';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Without clipboard access (plain http on a LAN address), the paragraph is selected for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents(body.querySelector('[data-report-text]'));
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      notice.textContent = '已选中文字，请按 Ctrl+C 复制';
      return;
    }
    notice.textContent = '已复制这段文字';
  }

  controls.addEventListener('change', (event) => {
    if (event.target === presetSelect) {
      state.preset = presetSelect.value;
      state.page = 1;
      if (state.preset === CUSTOM && state.report && !(state.from && state.to)) {
        fromInput.value = state.report.period.from;
        toInput.value = state.report.period.to;
        state.from = fromInput.value;
        state.to = toInput.value;
      }
      load();
    } else if (event.target === compareSelect) {
      state.compare = compareSelect.value;
      load();
    } else if (event.target === bySelect) {
      state.by = bySelect.value;
      state.chart = '';
      state.page = 1;
      load();
    }
  });
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    state.from = fromInput.value;
    state.to = toInput.value;
    state.page = 1;
    load();
  });
  root.addEventListener('click', (event) => {
    const button = event.target.closest('[data-action]');
    if (!button) return;
    const action = button.dataset.action;
    if (action === 'drill') showRecords(root, figureOf(button), state.report.period.label, committee.id);
    else if (action === 'export-csv') exportFile('csv');
    else if (action === 'export-xlsx') exportFile('xlsx');
    else if (action === 'print') window.print();
    else if (action === 'copy-text') copyText();
    else if (action === 'page-prev' || action === 'page-next') {
      state.page += action === 'page-next' ? 1 : -1;
      load();
    }
  });
  window.addEventListener('beforeprint', () => resizeCharts(root));
  await load();
}
