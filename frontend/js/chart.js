// Charts with Apache ECharts (vendored, loaded as a file only when a screen draws one). Drawn on canvas, their
// tooltips as rich text on the canvas too: nothing a user typed (a township's name) ever becomes HTML, and the
// Content-Security-Policy needs no inline style. Each bar carries its value and a pattern (decal), so a chart
// reads without colour; the screen puts the same numbers in a table beside it for screen readers.

const ECHARTS = '../vendor/echarts/echarts.esm.min.js';
let loading = null;

/** The library, imported once. */
const echarts = () => (loading ??= import(ECHARTS));

/** Colours that stay apart in grey too, the first the product's red. */
export const SERIES_COLOURS = ['#b3261e', '#27457a', '#a15c00', '#1e6b34', '#6a3d8f'];

const BASE = {
  animation: false,
  color: SERIES_COLOURS,
  aria: { enabled: true, decal: { show: true } },
  textStyle: { fontFamily: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif' },
  tooltip: { renderMode: 'richText', trigger: 'axis', axisPointer: { type: 'shadow' } },
};

/**
 * Bars of one or more series over categories (slices, months, figures), each bar labelled with its value.
 * categories: the axis's labels; series: [{ name, values, stack, axis, line, colour, labels }] (`stack` piles the series of one
 * name on each other; `axis: 1` reads a series on a second value axis, named by `units[1]`; `line` draws it as a
 * line; `labels: false` leaves its values off where they would crowd the others); horizontal: categories down the side (long names, many rows); line: every series a line (months).
 */
export async function drawBars(container, { categories, series, horizontal = false, line = false, unit = '', units = [unit] }) {
  const { init, getInstanceByDom } = await echarts();
  getInstanceByDom(container)?.dispose();
  const chart = init(container, null, { renderer: 'canvas', devicePixelRatio: Math.max(2, window.devicePixelRatio || 1) });
  const categoryAxis = { type: 'category', data: categories, axisLabel: { interval: 0, width: 110, overflow: 'truncate' }, inverse: horizontal };
  const valueAxes = units.map((name) => ({ type: 'value', name, minInterval: 1 }));
  const valueAxis = valueAxes.length > 1 ? valueAxes : valueAxes[0];
  chart.setOption({
    ...BASE,
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: horizontal ? 64 : 40, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? valueAxis : { ...categoryAxis, axisLabel: { ...categoryAxis.axisLabel, rotate: categories.length > 6 ? 30 : 0 } },
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((s) => ({
      name: s.name,
      type: line || s.line ? 'line' : 'bar',
      data: s.values,
      stack: s.stack,
      barMaxWidth: 28,
      ...(s.colour ? { itemStyle: { color: s.colour }, lineStyle: { color: s.colour } } : {}),
      ...(s.axis ? { [horizontal ? 'xAxisIndex' : 'yAxisIndex']: s.axis } : {}),
      label: {
        show: s.labels !== false,
        position: s.stack ? 'inside' : horizontal ? 'right' : 'top',
        formatter: ({ value }) => (value === null || value === undefined || (s.stack && value === 0) ? '' : String(value)),
      },
    })),
  });
  return chart;
}

/** Fits the charts of a screen to their containers again (after the window or the print layout changes). */
export async function resizeCharts(root) {
  if (!loading) return;
  const { getInstanceByDom } = await echarts();
  root.querySelectorAll('[data-chart]').forEach((node) => getInstanceByDom(node)?.resize());
}
