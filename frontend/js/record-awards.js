// 表彰 on a member's 履职档案, for the office: the member's awards, one recorded through a small form (one
// Idempotency-Key per dialog) and one deleted after asking. An award counts in the year it is given, so the
// service refuses both once that year's evaluation is closed; its reason is shown as it gives it.
import * as api from './api.js';
import { h } from './dom.js';
import { fillForm, formDialog, missingFields, readForm } from './form.js';
import { beijingDay, chineseDate } from './format.js';
import { may } from './permissions.js';
import { clearFieldErrors, hideBanner, reportMissing, reportProblem } from './problems.js';

const FIELDS = [
  { name: 'year', label: '表彰年度', type: 'number', required: true, min: 2000, max: 2100, hint: '如 2025 年度评出的优秀委员填 2025；不能晚于颁发日期所在的年份' },
  { name: 'title', label: '表彰名称', required: true, maxLength: 100, hint: '如：2025年度优秀政协委员' },
  { name: 'awardedOn', label: '颁发日期', type: 'date', required: true, hint: '不能晚于今天；表彰计入颁发日期所在年度的履职档案' },
  { name: 'note', label: '说明', type: 'textarea', maxLength: 500, hint: '如：经主席会议研究决定' },
];

/** The panel of a member's awards (member: the record's member); changed() runs after one is recorded or deleted. */
export function awardsPanel(member, { changed }) {
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const list = h('ul', { class: 'awards', 'data-award-list': true });
  const editor = formDialog({ title: `记录${member.name}的表彰`, fields: FIELDS });
  editor.dataset.awardDialog = '';
  const form = editor.querySelector('[data-form]');
  const formBanner = form.querySelector('[data-banner]');
  const confirmText = h('p', { 'data-confirm-text': true });
  const confirmer = h('dialog', { class: 'dialog', 'data-confirm': true },
    h('form', { method: 'dialog', 'data-confirm-form': true }, h('h2', { text: '删除表彰' }), confirmText,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'danger', text: '删除' }),
        h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' }))));
  const panel = h('section', { class: 'panel record-awards', 'data-awards': true, 'aria-labelledby': 'record-awards-title' },
    h('div', { class: 'panel-head' }, h('h3', { id: 'record-awards-title', text: '表彰' }),
      may('createAward') ? h('button', { type: 'button', class: 'primary', 'data-action': 'create-award', text: '记录表彰' }) : null),
    banner, notice, list, editor, confirmer);
  const state = { awards: [], createKey: null, deleting: null };

  async function load() {
    try {
      state.awards = (await api.listAwards({ committeeId: member.committeeId, memberId: member.id, size: 100 })).items;
      list.replaceChildren(...(state.awards.length ? state.awards.map(row) : [h('li', { class: 'hint', text: '还没有表彰记录' })]));
    } catch (error) {
      reportProblem(error, { banner });
    }
  }

  function row(award) {
    return h('li', { 'data-award': award.id },
      h('span', { class: 'lines' },
        h('strong', { text: award.title }),
        h('span', { class: 'meta-inline', text: [`${award.year} 年度`, `${chineseDate(award.awardedOn)}颁发`, award.note, `记录人 ${award.recordedBy}`].filter(Boolean).join(' · ') })),
      may('deleteAward') ? h('button', {
        type: 'button', class: 'link danger', 'data-action': 'delete-award', 'data-id': award.id, 'aria-label': `删除表彰“${award.title}”`, text: '删除',
      }) : null);
  }

  function openEditor() {
    hideBanner(banner);
    hideBanner(formBanner);
    clearFieldErrors(form);
    state.createKey = api.newIdempotencyKey();
    const today = beijingDay();
    fillForm(form, FIELDS, { year: today.slice(0, 4), awardedOn: today });
    form.elements.namedItem('awardedOn').max = today;
    editor.showModal();
    form.elements.namedItem('year').focus();
  }

  async function save() {
    if (reportMissing(missingFields(form, FIELDS), { banner: formBanner, form })) return;
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const award = await api.createAward({ committeeId: member.committeeId, memberId: member.id, ...readForm(form, FIELDS) }, state.createKey);
      editor.close();
      await Promise.all([load(), changed()]);
      notice.textContent = `已记录表彰“${award.title}”（${chineseDate(award.awardedOn)}颁发）`;
    } catch (error) {
      reportProblem(error, { banner: formBanner, form, subject: '表彰', verb: '记录' });
    } finally {
      submit.disabled = false;
    }
  }

  async function remove() {
    const award = state.deleting;
    state.deleting = null;
    try {
      await api.deleteAward(award.id);
      await Promise.all([load(), changed()]);
      notice.textContent = `已删除表彰“${award.title}”`;
    } catch (error) {
      notice.textContent = '';
      reportProblem(error, { banner, subject: `表彰“${award.title}”` });
    }
  }

  panel.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (!target) return;
    const { action, id } = target.dataset;
    if (action === 'create-award') openEditor();
    else if (action === 'close-dialog') target.closest('dialog').close();
    else if (action === 'delete-award') {
      state.deleting = state.awards.find((a) => String(a.id) === id);
      if (!state.deleting) return;
      hideBanner(banner);
      confirmText.textContent = `确定删除${member.name}的表彰“${state.deleting.title}”吗？删除后不再计入履职档案和考评。`;
      confirmer.showModal();
    }
  });

  panel.addEventListener('submit', (event) => {
    if (event.target === form) { event.preventDefault(); save(); }
    else if (event.target.matches('[data-confirm-form]')) remove();
  });

  return { panel, load };
}
