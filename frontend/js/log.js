// A read-only log screen: filters kept in the address (so a filtered screen can be reloaded or sent
// on), newest first, paged, and rows that open to show what the list leaves out.
import { h, saveBlob } from './dom.js';
import { beijingDay } from './format.js';
import { hideBanner, reportProblem } from './problems.js';

const PAGE_SIZE = 20;
const TYPING_DELAY_MS = 400;

/**
 * config:
 *   title, intro  heading and a line under it
 *   path          the screen's address, '/audit'; its filters follow as a query: #/audit?recordType=MEMBER
 *   query         the URLSearchParams the screen was opened with: the filters to start from, and the page
 *   list          (query) => a page { items, page, size, total }, newest first
 *   filters       [{ name, label, type: 'select'|'text'|'number'|'date', options, placeholder }]
 *   columns       [{ label, cell: (item) => string | Node }]
 *   detail        (item) => Node, what a row shows when opened
 *   empty         the empty state without filters; with filters it says none matched
 *   export        (query, format) => a Blob: with it, 导出 CSV and 导出 Excel download every row of the filters chosen
 */
export function mountLog(root, config) {
  const state = { page: pageNumber(config.query.get('page')), ticket: 0, typingTimer: 0, items: [] };

  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const filters = h('form', { class: 'toolbar', role: 'search', 'data-filters': true },
    config.filters.map(filterControl),
    h('span', { class: 'spacer' }),
    config.export ? [
      h('button', { type: 'button', 'data-action': 'export-csv', text: '导出 CSV', title: `按当前条件导出全部${config.title}（CSV）` }),
      h('button', { type: 'button', 'data-action': 'export-xlsx', text: '导出 Excel', title: `按当前条件导出全部${config.title}（Excel）` }),
    ] : [],
    h('button', { type: 'button', 'data-action': 'clear-filters', text: '清除条件' }));
  const headRow = h('tr', {}, config.columns.map((c) => h('th', { scope: 'col', text: c.label })),
    h('th', { scope: 'col', class: 'actions-col', text: '详情' }));
  const body = h('tbody', { 'data-rows': true });
  const table = h('table', { class: 'grid log' }, h('thead', {}, headRow), body);
  const empty = h('p', { class: 'empty', 'data-empty': true, hidden: true });
  const pageInfo = h('span', { 'data-page-info': true });
  const pager = h('nav', { class: 'pager', 'aria-label': '分页' },
    h('button', { type: 'button', 'data-action': 'previous-page', text: '上一页' }),
    pageInfo,
    h('button', { type: 'button', 'data-action': 'next-page', text: '下一页' }));

  root.append(
    h('header', { class: 'view-head' }, h('h2', { text: config.title }), config.intro ? h('p', { class: 'meta', text: config.intro }) : null),
    banner, filters, table, empty, pager);

  function filterControl(filter) {
    const id = `filter-${filter.name}`;
    const start = config.query.get(filter.name) ?? '';
    let control;
    if (filter.type === 'select') {
      control = h('select', { id, name: filter.name },
        h('option', { value: '', text: '全部' }),
        filter.options.map((o) => h('option', { value: o.value, text: o.label })));
    } else {
      control = h('input', {
        id, name: filter.name, type: filter.type === 'text' ? 'search' : filter.type, placeholder: filter.placeholder,
        min: filter.type === 'number' ? 1 : null, maxlength: filter.type === 'text' ? 100 : null, autocomplete: 'off',
      });
    }
    control.value = start;
    return h('label', { class: `filter filter-${filter.type}`, for: id }, h('span', { text: filter.label }), control);
  }

  function filterValues() {
    const values = {};
    for (const filter of config.filters) {
      const value = filters.elements.namedItem(filter.name).value.trim();
      if (value) values[filter.name] = value;
    }
    return values;
  }

  /** Puts the filters and the page into the address without reloading the screen. */
  function keepInAddress(chosen) {
    const query = new URLSearchParams(chosen);
    if (state.page > 1) query.set('page', state.page);
    const text = query.toString();
    window.history.replaceState(null, '', `#${config.path}${text ? `?${text}` : ''}`);
  }

  async function load() {
    const ticket = ++state.ticket;
    const chosen = filterValues();
    keepInAddress(chosen);
    filters.querySelector('[data-action="clear-filters"]').hidden = Object.keys(chosen).length === 0;
    root.setAttribute('aria-busy', 'true');
    try {
      const page = await config.list({ ...chosen, page: state.page, size: PAGE_SIZE, sort: '-at' });
      if (ticket !== state.ticket) return;
      if (page.items.length === 0 && page.total > 0 && state.page > 1) {
        state.page = Math.ceil(page.total / PAGE_SIZE);
        load();
        return;
      }
      hideBanner(banner);
      showPage(page, Object.keys(chosen).length > 0);
    } catch (error) {
      if (ticket !== state.ticket) return;
      // Rows of other filters under the error would pass for an answer to these.
      table.hidden = true;
      empty.hidden = true;
      pager.hidden = true;
      reportProblem(error, { banner });
    } finally {
      if (ticket === state.ticket) root.removeAttribute('aria-busy');
    }
  }

  function showPage(page, filtered) {
    state.items = page.items;
    body.replaceChildren(...page.items.map(row));
    const nothing = page.items.length === 0;
    table.hidden = nothing;
    empty.hidden = !nothing;
    pager.hidden = page.total === 0;
    empty.textContent = filtered ? '没有符合条件的记录，请换个条件再试' : config.empty;
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    pageInfo.textContent = `第 ${state.page} / ${pages} 页 · 共 ${page.total} 条`;
    pager.querySelector('[data-action="previous-page"]').disabled = state.page <= 1;
    pager.querySelector('[data-action="next-page"]').disabled = state.page >= pages;
  }

  function row(item, index) {
    return h('tr', { 'data-row': index },
      config.columns.map((column) => h('td', {}, column.cell(item))),
      h('td', { class: 'actions-col' },
        h('button', { type: 'button', class: 'link', 'data-action': 'toggle-detail', 'data-row': index, 'aria-expanded': 'false', text: '展开' })));
  }

  /** Opens a row's detail below it, or closes it again. */
  function toggle(button) {
    const tr = button.closest('tr');
    const open = button.getAttribute('aria-expanded') === 'true';
    if (open) {
      tr.nextElementSibling.remove();
    } else {
      const item = state.items[Number(button.dataset.row)];
      tr.after(h('tr', { class: 'log-detail', 'data-detail': true },
        h('td', { colspan: config.columns.length + 1 }, config.detail(item))));
    }
    button.setAttribute('aria-expanded', String(!open));
    button.textContent = open ? '展开' : '收起';
  }

  function search() {
    clearTimeout(state.typingTimer);
    state.page = 1;
    load();
  }

  /** Every row of the filters chosen as a file, downloaded with the session's token. */
  async function exportFile(format) {
    const buttons = filters.querySelectorAll('[data-action^="export-"]');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      saveBlob(await config.export(filterValues(), format), `${config.title}-${beijingDay()}.${format}`);
      hideBanner(banner);
    } catch (error) {
      reportProblem(error, { banner });
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  root.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (!target || !root.contains(target)) return;
    const { action } = target.dataset;
    if (action === 'toggle-detail') toggle(target);
    else if (action === 'export-csv') exportFile('csv');
    else if (action === 'export-xlsx') exportFile('xlsx');
    else if (action === 'previous-page' && state.page > 1) { state.page--; load(); }
    else if (action === 'next-page') { state.page++; load(); }
    else if (action === 'clear-filters') {
      for (const filter of config.filters) filters.elements.namedItem(filter.name).value = '';
      search();
    } else if (action === 'reload') load();
  });

  root.addEventListener('submit', (event) => {
    event.preventDefault();
    if (event.target === filters) search();
  });

  // Typed filters wait for a pause in typing; chosen ones (lists, dates) apply at once.
  root.addEventListener('input', (event) => {
    if (event.target.form !== filters || !['search', 'number'].includes(event.target.type)) return;
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(search, TYPING_DELAY_MS);
  });

  root.addEventListener('change', (event) => {
    if (event.target.form === filters && ['select-one', 'date'].includes(event.target.type)) search();
  });

  return load();
}

/** The page asked for in the address, 1 when it names none or nonsense. */
function pageNumber(text) {
  const page = Number.parseInt(text, 10);
  return page >= 1 && page <= 100_000 ? page : 1;
}
