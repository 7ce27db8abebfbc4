// 政协概况: one committee's details and roster figures; edit and delete it. The 工作台 comes first: for the office
// (and the administrator) what waits, this quarter against the last and the year's charts; for a member their duty
// turn, opinions and year against the minimum, and for a convenor or liaison their group too.
import * as api from '../api.js';
import { h } from '../dom.js';
import { fillForm, formDialog, missingFields, readForm } from '../form.js';
import { beijingDay, chineseDate, count } from '../format.js';
import { memberDesk } from '../member-desk.js';
import { officeDesk } from '../office-desk.js';
import { currentCaller, may } from '../permissions.js';
import { clearFieldErrors, hideBanner, reportMissing, reportProblem } from '../problems.js';

/** The roster figures: label, unit, how to count it, and the screen that lists it. */
const FIGURES = [
  { label: '委员', unit: '名', countFor: (id) => api.listMembers({ committeeId: id, size: 1 }), href: (id) => `#/committees/${id}/members` },
  { label: '界别活动组', unit: '个', countFor: (id) => api.listGroups({ committeeId: id, size: 1 }), href: (id) => `#/committees/${id}/groups` },
  { label: '界别', unit: '个', countFor: (id) => api.listSectors({ committeeId: id, size: 1 }), href: (id) => `#/committees/${id}/sectors` },
  { label: '乡镇（街道）', unit: '个', countFor: (id) => api.listTownships({ committeeId: id, size: 1 }), href: (id) => `#/committees/${id}/townships` },
  { label: '村（社区）', unit: '个', countFor: (id) => api.listVillages({ committeeId: id, size: 1 }), href: (id) => `#/committees/${id}/townships` },
  { label: '联系平台', unit: '个', countFor: (id) => api.listPlatforms({ committeeId: id, size: 1 }) , href: (id) => `#/committees/${id}/platforms` },
  { label: '下级政协', unit: '个', countFor: (id) => api.listCommittees({ parentId: id, size: 1 }) },
];

export async function render(root, { committee: initial, navigate, refreshNav }) {
  let committee = initial;
  const others = (await api.listCommittees({ size: 200, sort: 'name' })).items.filter((c) => c.id !== committee.id);
  const fields = [
    { name: 'name', label: '名称（含届次）', required: true, maxLength: 100, hint: '如：政协铁力市第九届委员会；不能与其他政协重名' },
    { name: 'region', label: '地区', required: true, maxLength: 50, hint: '如：铁力市' },
    { name: 'termNumber', label: '届次', type: 'number', required: true, min: 1, max: 99, hint: '1–99，如第九届填 9' },
    { name: 'termStart', label: '本届起始日期', type: 'date', required: true },
    { name: 'termEnd', label: '本届结束日期', type: 'date', hint: '本届尚未结束可不填' },
    { name: 'parentId', label: '上级政协', type: 'select', numeric: true, blankLabel: '（无上级政协）',
      options: others.map((c) => ({ value: String(c.id), label: c.name })) },
  ];

  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const details = h('dl', { class: 'details', 'data-details': true });
  const figures = h('dl', { class: 'figures', 'data-figures': true });
  const editor = formDialog({ title: '修改政协', fields });
  const editorForm = editor.querySelector('[data-form]');
  const editorBanner = editorForm.querySelector('[data-banner]');
  const confirmer = h('dialog', { class: 'dialog' },
    h('form', { 'data-confirm-form': true },
      h('h2', { text: '删除政协' }),
      h('p', { 'data-confirm-text': true }),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'danger', text: '删除' }),
        h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' }))));
  const heading = h('h2', { 'data-field': 'name' });
  const caller = currentCaller();
  const desk = ['OFFICE', 'ADMIN'].includes(caller?.role) ? officeDesk(committee)
    : ['MEMBER', 'CONVENOR', 'LIAISON'].includes(caller?.role) && caller.committeeId === committee.id ? memberDesk(committee, caller) : null;

  root.classList.add('committee-view');
  root.append(
    h('header', { class: 'view-head committee-head' }, heading,
      h('div', { class: 'toolbar' },
        may('updateCommittee') ? h('button', { type: 'button', class: 'primary', 'data-action': 'edit', text: '修改' }) : null,
        may('deleteCommittee') ? h('button', { type: 'button', class: 'danger', 'data-action': 'delete', text: '删除' }) : null)),
    banner, notice,
    desk ? h('p', { class: 'meta print-only', 'data-print-line': true, text: `工作台 · 打印日期：${chineseDate(beijingDay())}` }) : null,
    desk?.panel,
    h('section', { class: 'panel' }, h('h3', { text: '基本信息' }), details),
    h('section', { class: 'panel' }, h('h3', { text: '名册概况' }), figures),
    editor, confirmer);

  function showDetails() {
    heading.textContent = committee.name;
    const parent = others.find((c) => c.id === committee.parentId);
    const term = committee.termEnd
      ? `${chineseDate(committee.termStart)}至${chineseDate(committee.termEnd)}`
      : `${chineseDate(committee.termStart)}起`;
    const rows = [
      ['地区', committee.region],
      ['届次', `第${committee.termNumber}届`],
      ['任期', term],
      // An account bound to this committee cannot read its parent: name it only when it is visible.
      ['上级政协', parent ? h('a', { href: `#/committees/${parent.id}`, text: parent.name }) : committee.parentId ? '有（不在查看范围内）' : '无'],
      ['更新日期', chineseDate(committee.updatedAt)],
    ];
    details.replaceChildren(...rows.map(([label, value]) => h('div', {}, h('dt', { text: label }), h('dd', {}, value))));
  }

  async function showFigures() {
    const totals = await Promise.all(FIGURES.map((f) => f.countFor(committee.id).then((p) => p.total, () => null)));
    figures.replaceChildren(...FIGURES.map((figure, i) => {
      const value = totals[i] === null ? '—' : count(totals[i], figure.unit);
      const item = h('div', {}, h('dt', { text: figure.label }), h('dd', { text: value }));
      return figure.href ? h('a', { class: 'figure-link', href: figure.href(committee.id) }, item) : item;
    }));
  }

  function openEditor() {
    hideBanner(editorBanner);
    clearFieldErrors(editorForm);
    fillForm(editorForm, fields, committee);
    editor.showModal();
  }

  /** Edits start from the record as it is now, so If-Match carries the version being changed. */
  async function edit() {
    try {
      committee = await api.getCommittee(committee.id);
      showDetails();
      openEditor();
    } catch (error) {
      reportProblem(error, { banner });
    }
  }

  async function reloadEdited() {
    try {
      committee = await api.getCommittee(committee.id);
      showDetails();
      openEditor();
      editorBanner.replaceChildren(h('p', { text: '已载入最新内容，请重新修改后保存。' }));
      editorBanner.hidden = false;
    } catch (error) {
      reportProblem(error, { banner: editorBanner, form: editorForm });
    }
  }

  async function save() {
    if (reportMissing(missingFields(editorForm, fields), { banner: editorBanner, form: editorForm })) return;
    try {
      committee = await api.updateCommittee(committee.id, readForm(editorForm, fields), committee.version);
      editor.close();
      notice.textContent = `已保存${committee.name}`;
      showDetails();
      refreshNav(committee);
    } catch (error) {
      reportProblem(error, { banner: editorBanner, form: editorForm });
    }
  }

  async function remove() {
    confirmer.close();
    try {
      await api.deleteCommittee(committee.id);
      navigate('#/');
    } catch (error) {
      reportProblem(error, { banner, subject: `“${committee.name}”` });
    }
  }

  root.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (!target) return;
    const action = target.dataset.action;
    if (action === 'edit') edit();
    else if (action === 'delete') {
      confirmer.querySelector('[data-confirm-text]').textContent = `确定删除“${committee.name}”吗？删除后不能恢复。`;
      confirmer.showModal();
    } else if (action === 'close-dialog') target.closest('dialog').close();
    else if (action === 'reload') reloadEdited();
  });

  root.addEventListener('submit', (event) => {
    event.preventDefault();
    if (event.target === editorForm) save();
    else if (event.target.matches('[data-confirm-form]')) remove();
  });

  showDetails();
  await Promise.all([showFigures(), desk?.load()]);
}
