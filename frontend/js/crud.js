// A list screen for one resource: filters and search, a sortable table with paging, and create,
// edit and delete through a form dialog. Views describe their resource; this runs the screen.
import { newIdempotencyKey } from './api.js';
import { h, saveBlob } from './dom.js';
import { beijingDay } from './format.js';
import { fillForm, formDialog, missingFields, readForm } from './form.js';
import { clearFieldErrors, hideBanner, reportMissing, reportProblem } from './problems.js';

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

/**
 * config:
 *   noun         '界别' (buttons and messages: 新建界别, 修改界别)
 *   createLabel  the create button and dialog title when not 新建 + noun (记录接待走访)
 *   defaults     a new record's form values, or a function giving them when the form opens
 *   title, intro  heading and a line under it
 *   empty        the empty state when no filter is set
 *   api          { list, get, create(fields, idempotencyKey), update, remove, export(query, format) }; one key per
 *                create dialog, so a retry or a double click of the same dialog creates once; with `export`, 导出 CSV
 *                and 导出 Excel download every row of the filters chosen (the list's /export, the same filters)
 *   scope        query parameters every list call carries, e.g. { committeeId: 1 }
 *   sort         default sort; columns with `sort` can be sorted by clicking their head
 *   filters      [{ name, label, type: 'search'|'select'|'date', options, placeholder }]
 *   path, query  when given, the filters live in the address (#/committees/1/visits?kind=HOUSEHOLD), with the
 *                page and sort, so a filtered list can be reloaded or sent on; query is the URLSearchParams it was
 *                opened with
 *   summary      (page) => text shown above the table for the filters chosen, e.g. totals of the answer
 *   columns      [{ key, label, sort, cell: (item) => string | Node }]
 *   fields       form fields (see form.js)
 *   toBody       (values) => request body (adds the scope's ids)
 *   nameOf       (item) => its name, for messages
 *   rowActions   [{ name, label, shows: (item) => boolean, run: (item, screen) }] more buttons per row;
 *                screen = { reload, say, banner } lets the action refresh the list and tell its outcome;
 *                with href: (item) => address instead of run, a link to another screen
 *   moreMenu     true: the row actions and 删除 go into one 更多 menu beside 修改, so a wide table keeps
 *                its columns readable
 *   extras       nodes (e.g. the action's dialog) appended to the screen
 *   lead         nodes shown above the filters (e.g. figures for the filters chosen)
 *   tools        nodes in the filters' bar before the create button (e.g. 导出)
 *   submitButtons  the editor's submit buttons when there is more than 保存 (see form.js); toBody gets the
 *                chosen one's value as its second argument's `intent`
 *   may          { create: boolean, update: (item) => boolean, remove: (item) => boolean } what the
 *                signed-in role may do (permissions.js); buttons it may not use are left out
 *   removal      { verb: '吊销', warning } when removing is not deleting (default 删除, 删除后不能恢复。)
 *   toForm       (record) => the form's values when they differ from the record's fields
 *   prepareForm  (form, record) => after the form is filled: show the fields that apply, load choices
 *   formChanged  (form, input) => an input of the form changed
 *   formInput    (form, input) => the user typed in an input of the form (each keystroke)
 */
export function mountCrud(root, config) {
  // A list whose filters live in the address keeps its page and sort there too, so a reload returns to them.
  const asked = config.path ? config.query : null;
  const askedPage = Number.parseInt(asked?.get('page'), 10);
  const state = {
    page: askedPage > 0 ? askedPage : 1, sort: asked?.get('sort') || config.sort,
    items: [], ticket: 0, editing: null, createKey: null, deleting: null, searchTimer: 0,
  };
  const subjectOf = (item) => `${config.noun}“${config.nameOf(item)}”`;
  const may = { create: true, update: () => true, remove: () => true, ...config.may };
  const createLabel = config.createLabel || `新建${config.noun}`;
  const removal = { verb: '删除', warning: '删除后不能恢复。', ...config.removal };

  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const summary = h('p', { class: 'summary', 'data-summary': true, 'aria-live': 'polite', hidden: !config.summary });
  const filters = h('form', { class: 'toolbar', role: 'search', 'data-filters': true },
    (config.filters || []).map(filterControl),
    h('span', { class: 'spacer' }),
    config.tools || [],
    config.api.export ? [
      h('button', { type: 'button', 'data-action': 'export-csv', text: '导出 CSV', title: `按当前筛选条件导出全部${config.noun}（CSV）` }),
      h('button', { type: 'button', 'data-action': 'export-xlsx', text: '导出 Excel', title: `按当前筛选条件导出全部${config.noun}（Excel）` }),
    ] : [],
    may.create ? h('button', { type: 'button', class: 'primary', 'data-action': 'create', text: createLabel }) : null);
  const headRow = h('tr', {}, config.columns.map(columnHead), h('th', { scope: 'col', class: 'actions-col', text: '操作' }));
  const body = h('tbody', { 'data-rows': true });
  const table = h('table', { class: 'grid' }, h('thead', {}, headRow), body);
  const empty = h('p', { class: 'empty', 'data-empty': true, hidden: true });
  const pageInfo = h('span', { 'data-page-info': true });
  const pager = h('nav', { class: 'pager', 'aria-label': '分页' },
    h('button', { type: 'button', 'data-action': 'previous-page', text: '上一页' }),
    pageInfo,
    h('button', { type: 'button', 'data-action': 'next-page', text: '下一页' }));
  const editor = formDialog({ title: createLabel, fields: config.fields, submitButtons: config.submitButtons });
  const editorForm = editor.querySelector('[data-form]');
  const editorBanner = editorForm.querySelector('[data-banner]');
  const confirmer = h('dialog', { class: 'dialog', 'data-confirm': true },
    h('form', { 'data-confirm-form': true },
      h('h2', { text: `${removal.verb}${config.noun}` }),
      h('p', { 'data-confirm-text': true }),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'danger', text: removal.verb }),
        h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' }))));

  root.append(
    h('header', { class: 'view-head' }, h('h2', { text: config.title }), config.intro ? h('p', { class: 'meta', text: config.intro }) : null),
    banner, notice, ...(config.lead || []), filters, summary, table, empty, pager, editor, confirmer, ...(config.extras || []));

  function filterControl(filter) {
    const id = `filter-${filter.name}`;
    let control;
    if (filter.type === 'select') {
      control = h('select', { id, name: filter.name },
        h('option', { value: '', text: filter.allLabel || '全部' }),
        filter.options.map((o) => h('option', { value: o.value, text: o.label })));
    } else if (filter.type === 'date') {
      control = h('input', { id, name: filter.name, type: 'date', max: filter.max });
    } else {
      control = h('input', { id, name: filter.name, type: 'search', maxlength: 50, placeholder: filter.placeholder, autocomplete: 'off' });
    }
    control.value = config.query?.get(filter.name) ?? '';
    return h('label', { class: `filter filter-${filter.type}`, for: id }, h('span', { text: filter.label }), control);
  }

  function columnHead(column) {
    if (!column.sort) return h('th', { scope: 'col', text: column.label });
    return h('th', { scope: 'col', 'data-sort-key': column.sort },
      h('button', { type: 'button', class: 'sort', 'data-action': 'sort', 'data-sort': column.sort },
        column.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' })));
  }

  function filterValues() {
    const values = {};
    for (const filter of config.filters || []) {
      const value = filters.elements.namedItem(filter.name).value.trim();
      if (value) values[filter.name] = value;
    }
    return values;
  }

  /** Puts the filters, and the page and sort when not the first and default, into the address without reloading the screen. */
  function keepInAddress(chosen) {
    if (!config.path) return;
    const kept = { ...chosen };
    if (state.page > 1) kept.page = state.page;
    if (state.sort && state.sort !== config.sort) kept.sort = state.sort;
    const text = new URLSearchParams(kept).toString();
    window.history.replaceState(null, '', `#${config.path}${text ? `?${text}` : ''}`);
  }

  async function load() {
    const ticket = ++state.ticket;
    const chosen = filterValues();
    keepInAddress(chosen);
    root.setAttribute('aria-busy', 'true');
    try {
      const page = await config.api.list({ ...config.scope, ...chosen, page: state.page, size: PAGE_SIZE, sort: state.sort });
      if (ticket !== state.ticket) return;
      if (page.items.length === 0 && page.total > 0 && state.page > 1) {
        state.page = Math.ceil(page.total / PAGE_SIZE);
        load();
        return;
      }
      if (state.loadFailed) hideBanner(banner);
      state.loadFailed = false;
      showPage(page, Object.keys(chosen).length > 0);
    } catch (error) {
      if (ticket !== state.ticket) return;
      state.loadFailed = true;
      summary.textContent = '';
      reportProblem(error, { banner });
    } finally {
      if (ticket === state.ticket) root.removeAttribute('aria-busy');
    }
  }

  function showPage(page, filtered) {
    state.items = page.items;
    if (config.summary) summary.textContent = config.summary(page);
    body.replaceChildren(...page.items.map(row));
    const nothing = page.items.length === 0;
    table.hidden = nothing;
    empty.hidden = !nothing;
    pager.hidden = page.total === 0;
    empty.textContent = filtered ? `没有符合条件的${config.noun}，请换个条件再试` : config.empty;
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    pageInfo.textContent = `第 ${state.page} / ${pages} 页 · 共 ${page.total}${page.totalCapped ? "+" : ""} 条`;
    pager.querySelector('[data-action="previous-page"]').disabled = state.page <= 1;
    pager.querySelector('[data-action="next-page"]').disabled = state.page >= pages;
    for (const th of headRow.querySelectorAll('[data-sort-key]')) {
      const key = th.dataset.sortKey;
      const direction = state.sort === key ? 'ascending' : state.sort === `-${key}` ? 'descending' : null;
      if (direction) th.setAttribute('aria-sort', direction); else th.removeAttribute('aria-sort');
      th.querySelector('.sort-mark').textContent = direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : '';
    }
  }

  function row(item) {
    const name = config.nameOf(item);
    const subject = `${config.noun}“${name}”`;
    const actions = (config.rowActions || []).filter((a) => !a.shows || a.shows(item)).map((a) => (a.href
      ? h('a', { class: 'link', href: a.href(item), 'data-link': a.name, 'aria-label': `${a.label}：${subject}`, text: a.label })
      : h('button', {
        type: 'button', class: 'link', 'data-action': a.name, 'data-id': item.id, 'aria-label': `${a.label}：${subject}`, text: a.label,
      })));
    const editButton = may.update(item) ? h('button', { type: 'button', class: 'link', 'data-action': 'edit', 'data-id': item.id, 'aria-label': `修改${subject}`, text: '修改' }) : null;
    const removeButton = may.remove(item) ? h('button', { type: 'button', class: 'link danger', 'data-action': 'delete', 'data-id': item.id, 'aria-label': `${removal.verb}${subject}`, text: removal.verb }) : null;
    const cell = config.moreMenu
      ? [editButton, moreMenu(item, subject, [...actions, removeButton].filter(Boolean))]
      : [...actions, editButton, removeButton];
    return h('tr', { 'data-id': item.id },
      config.columns.map((column) => h('td', {}, column.cell ? column.cell(item) : String(item[column.key] ?? ''))),
      h('td', { class: 'actions-col' }, cell));
  }

  /** 更多: a row's secondary actions behind one button, listed below it while open; none when there are none. */
  function moreMenu(item, subject, items) {
    if (items.length === 0) return null;
    const id = `row-menu-${config.noun}-${item.id}`;
    return h('span', { class: 'row-menu' },
      h('button', {
        type: 'button', class: 'link', 'data-action': 'toggle-menu', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': `更多操作：${subject}`,
      }, '更多', h('span', { class: 'menu-mark', 'aria-hidden': 'true', text: ' ▾' })),
      h('span', { class: 'row-menu-list', id, 'data-row-menu': true, hidden: true }, items));
  }

  function toggleMenu(toggle) {
    const list = toggle.nextElementSibling;
    const opening = list.hidden;
    closeMenus();
    list.hidden = !opening;
    toggle.setAttribute('aria-expanded', String(opening));
    if (opening) list.querySelector('button, a')?.focus();
  }

  function closeMenus() {
    for (const list of body.querySelectorAll('[data-row-menu]:not([hidden])')) {
      list.hidden = true;
      list.previousElementSibling.setAttribute('aria-expanded', 'false');
    }
  }

  function say(text) {
    notice.textContent = text;
  }

  function openEditor(record) {
    hideBanner(banner);
    state.editing = record ? { id: record.id, version: record.version } : null;
    state.createKey = record ? null : newIdempotencyKey();
    editor.querySelector('h2').textContent = record ? `修改${subjectOf(record)}` : createLabel;
    hideBanner(editorBanner);
    clearFieldErrors(editorForm);
    fillForm(editorForm, config.fields, record ? (config.toForm?.(record) ?? record)
      : (typeof config.defaults === 'function' ? config.defaults() : config.defaults) || {});
    config.prepareForm?.(editorForm, record);
    editor.showModal();
    editorForm.elements.namedItem(config.fields[0].name).focus();
  }

  async function edit(id) {
    try {
      openEditor(await config.api.get(id));
    } catch (error) {
      reportProblem(error, { banner });
      if (error.status === 404) load();
    }
  }

  /** After a stale-version answer: read the record again, losing the edits, with its new version. */
  async function reloadEdited() {
    try {
      const record = await config.api.get(state.editing.id);
      openEditor(record);
      editorBanner.replaceChildren(h('p', { text: '已载入最新内容，请重新修改后保存。' }));
      editorBanner.hidden = false;
      load();
    } catch (error) {
      reportProblem(error, { banner: editorBanner, form: editorForm });
    }
  }

  /** submitter: the submit button chosen, whose value (its intent) toBody may read. */
  async function save(submitter) {
    if (reportMissing(missingFields(editorForm, config.fields), { banner: editorBanner, form: editorForm })) return;
    const fields = config.toBody(readForm(editorForm, config.fields), { intent: submitter?.value || null, editing: state.editing });
    const submits = [...editorForm.querySelectorAll('[type="submit"]')];
    for (const submit of submits) submit.disabled = true;
    try {
      const saved = state.editing
        ? await config.api.update(state.editing.id, fields, state.editing.version)
        : await config.api.create(fields, state.createKey);
      editor.close();
      say(`${state.editing ? '已保存' : '已新建'}${subjectOf(saved)}`);
      state.editing = null;
      await load();
    } catch (error) {
      reportProblem(error, { banner: editorBanner, form: editorForm, subject: config.noun });
    } finally {
      for (const submit of submits) submit.disabled = false;
    }
  }

  function askToDelete(id) {
    const item = state.items.find((i) => String(i.id) === id);
    const subject = item ? subjectOf(item) : config.noun;
    state.deleting = { id, subject };
    hideBanner(banner);
    confirmer.querySelector('[data-confirm-text]').textContent = `确定${removal.verb}${subject}吗？${removal.warning}`;
    confirmer.showModal();
  }

  async function remove() {
    const { id, subject } = state.deleting;
    confirmer.close();
    try {
      await config.api.remove(id);
      say(`已${removal.verb}${subject}`);
      hideBanner(banner);
    } catch (error) {
      reportProblem(error, { banner, subject, verb: removal.verb });
    }
    state.deleting = null;
    load();
  }

  /** Every row of the filters chosen as a file, downloaded with the session's token. */
  async function exportFile(format) {
    const buttons = filters.querySelectorAll('[data-action^="export-"]');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const blob = await config.api.export({ ...config.scope, ...filterValues() }, format);
      saveBlob(blob, `${config.title}-${beijingDay()}.${format}`);
      say('已导出');
    } catch (error) {
      reportProblem(error, { banner });
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  root.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (!target || !root.contains(target)) return;
    const { action, id } = target.dataset;
    if (action === 'toggle-menu') { toggleMenu(target); return; }
    // A chosen menu item closes its menu; focus goes back to 更多, where a dialog it opens returns it.
    const menu = target.closest('.row-menu');
    closeMenus();
    menu?.querySelector('[data-action="toggle-menu"]').focus();
    const custom = (config.rowActions || []).find((a) => a.name === action);
    if (custom) {
      const item = state.items.find((i) => String(i.id) === id);
      if (item) { hideBanner(banner); custom.run(item, { reload: load, say, banner }); }
      return;
    }
    if (target.closest('dialog') && !editor.contains(target) && !confirmer.contains(target)) {
      if (action === 'close-dialog') target.closest('dialog').close();
      return;
    }
    if (action === 'create') openEditor(null);
    else if (action === 'export-csv') exportFile('csv');
    else if (action === 'export-xlsx') exportFile('xlsx');
    else if (action === 'edit') edit(id);
    else if (action === 'delete') askToDelete(id);
    else if (action === 'close-dialog') target.closest('dialog').close();
    else if (action === 'reload') (target.closest('dialog') ? reloadEdited() : load());
    else if (action === 'previous-page' && state.page > 1) { state.page--; load(); }
    else if (action === 'next-page') { state.page++; load(); }
    else if (action === 'sort') {
      const key = target.dataset.sort;
      state.sort = state.sort === key ? `-${key}` : key;
      state.page = 1;
      load();
    }
  });

  // An open 更多 menu closes when focus leaves it (a click elsewhere, Tab) or on Escape, back to its button.
  body.addEventListener('focusout', (event) => {
    const menu = event.target.closest('.row-menu');
    if (menu && !menu.contains(event.relatedTarget)) closeMenus();
  });

  body.addEventListener('keydown', (event) => {
    const menu = event.target.closest('.row-menu');
    if (event.key !== 'Escape' || !menu || menu.querySelector('[data-row-menu]').hidden) return;
    closeMenus();
    menu.querySelector('[data-action="toggle-menu"]').focus();
  });

  root.addEventListener('submit', (event) => {
    event.preventDefault();
    if (event.target === editorForm) save(event.submitter);
    else if (event.target.matches('[data-confirm-form]')) remove();
    else if (event.target === filters) { state.page = 1; load(); }
  });

  root.addEventListener('input', (event) => {
    if (event.target.form === editorForm) config.formInput?.(editorForm, event.target);
    if (event.target.form !== filters || event.target.type !== 'search') return;
    clearTimeout(state.searchTimer);
    state.searchTimer = setTimeout(() => { state.page = 1; load(); }, SEARCH_DELAY_MS);
  });

  root.addEventListener('change', (event) => {
    if (event.target.form === filters && ['select-one', 'date'].includes(event.target.type)) { state.page = 1; load(); }
    else if (event.target.form === editorForm) config.formChanged?.(editorForm, event.target);
  });

  return load();
}
