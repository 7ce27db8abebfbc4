// 加减分: the office's additions to and deductions from members' scores of a year, each with its reason, who made it
// and when, and the objection it answered where there is one. The office adds one for a member found by name (one
// Idempotency-Key per dialog) and withdraws one after asking; a computed year is computed again at once, so the
// table and figures are read again after either. One an upheld objection made stays with the objection. Group leads
// read their group's.
import * as api from './api.js';
import { h } from './dom.js';
import { chineseDateTime, count } from './format.js';
import { breakdownHref, signedScore } from './evaluation-marks.js';
import { may } from './permissions.js';
import { clearErrorsOnEdit, clearFieldErrors, hideBanner, reportMissing, reportProblem } from './problems.js';

const LIST_SIZE = 200;
const PICK_SIZE = 50;
const SEARCH_DELAY_MS = 300;

export const amountTag = (amount) => h('span', {
  class: `amount ${Number(amount) < 0 ? 'amount-minus' : 'amount-plus'}`, 'data-amount': true, text: signedScore(amount),
});

/**
 * The panel; changed() runs after an adjustment is added or withdrawn and reads the year again, this panel with it;
 * showObjection(id) brings the objection an adjustment answered into view.
 */
export function adjustmentsPanel({ committee, changed, showObjection }) {
  if (!may('listEvaluationAdjustments')) return { panel: null, load() {} };
  const office = may('createEvaluationAdjustment');
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const heading = h('h3', { id: 'evaluation-adjustments-title', text: '加减分' });
  const addButton = office ? h('button', { type: 'button', class: 'primary', 'data-action': 'add-adjustment', text: '加减分' }) : null;
  const list = h('ul', { class: 'adjustments', 'data-adjustments': true });
  const more = h('p', { class: 'hint', hidden: true });
  const editor = office ? adjustmentDialog() : null;
  const confirmText = h('p', { 'data-confirm-text': true });
  const confirmer = h('dialog', { class: 'dialog', 'data-confirm': true },
    h('form', { method: 'dialog', 'data-confirm-form': true }, h('h2', { text: '撤销加减分' }), confirmText,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'danger', text: '撤销' }),
        h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' }))));
  const panel = h('section', { class: 'panel evaluation-adjustments', 'data-adjustments-panel': true, 'aria-labelledby': heading.id },
    h('div', { class: 'panel-head' }, heading, addButton),
    h('p', { class: 'hint', text: office
      ? '委员工作处对得分的加分或减分，须说明原因；已计算的年度立即重新计算。因支持申诉而记的加减分随申诉保留，不能单独撤销。'
      : '委员工作处对本组委员得分的加分或减分。' }),
    banner, notice, list, more, editor?.dialog, confirmer);
  const state = { year: null, status: null, items: [], deleting: null, ticket: 0 };

  async function load(year, status) {
    if (year !== undefined && year !== state.year) notice.textContent = '';
    if (year !== undefined) state.year = year;
    if (status !== undefined) state.status = status;
    const ticket = ++state.ticket;
    const open = office && state.status !== 'CLOSED';
    if (addButton) addButton.hidden = !open;
    try {
      const page = await api.listEvaluationAdjustments({ year: state.year, committeeId: committee.id, size: LIST_SIZE });
      if (ticket !== state.ticket) return;
      hideBanner(banner);
      state.items = page.items;
      const sum = page.items.reduce((n, a) => n + Number(a.amount), 0);
      heading.textContent = page.total ? `加减分（${page.total} 项，合计 ${signedScore(sum)}）` : '加减分';
      list.replaceChildren(...(page.items.length ? page.items.map((a) => item(a, open))
        : [h('li', { class: 'hint adjustment-none', text: `${state.year} 年还没有加减分` })]));
      more.hidden = page.total <= page.items.length;
      more.textContent = `共 ${count(page.total, '项')}，这里列出最近的 ${page.items.length} 项。`;
    } catch (error) {
      if (ticket === state.ticket) reportProblem(error, { banner });
    }
  }

  function item(a, open) {
    // The service lists a group lead their group's only, whose breakdowns they may all read.
    const who = h('a', { href: breakdownHref(committee.id, a.year, a.member.id), text: a.member.name });
    return h('li', { class: 'adjustment', 'data-adjustment-id': a.id, 'data-member': a.member.id },
      h('div', { class: 'adjustment-head' },
        amountTag(a.amount),
        h('strong', {}, who),
        h('span', { class: 'meta-inline', text: `${a.createdBy} · ${chineseDateTime(a.createdAt)}` }),
        a.objectionId ? h('button', { type: 'button', class: 'link', 'data-action': 'show-objection', 'data-id': a.objectionId, text: '因支持申诉' }) : null),
      h('p', { class: 'adjustment-reason', text: a.reason }),
      open && may('deleteEvaluationAdjustment') && !a.objectionId
        ? h('p', { class: 'adjustment-tools' }, h('button', {
          type: 'button', class: 'link danger', 'data-action': 'delete-adjustment', 'data-id': a.id,
          'aria-label': `撤销${a.member.name}的加减分 ${signedScore(a.amount)}`, text: '撤销',
        }))
        : null);
  }

  /** The add dialog: a member found by name among the committee's, the amount (±, one decimal) and the reason. */
  function adjustmentDialog() {
    const formBanner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
    const search = h('input', { type: 'search', id: 'adjustment-search', 'data-member-search': true, placeholder: '输入姓名查找', autocomplete: 'off', 'aria-label': '按姓名查找委员' });
    const memberSelect = h('select', { id: 'adjustment-member', name: 'memberId', 'aria-describedby': 'adjustment-member-hint' });
    const memberHint = h('p', { class: 'hint', id: 'adjustment-member-hint' });
    const form = h('form', { 'data-form': true, 'data-adjustment-form': true, novalidate: true },
      h('h2', { 'data-adjustment-title': true, text: '加减分' }), formBanner,
      h('div', { class: 'field' },
        h('label', { for: memberSelect.id }, '委员', h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })),
        h('div', { class: 'picker-row' }, search, memberSelect), memberHint,
        h('p', { class: 'field-error', 'data-error-for': 'memberId', hidden: true })),
      h('div', { class: 'field' },
        h('label', { for: 'adjustment-amount' }, '加减分', h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })),
        h('input', { id: 'adjustment-amount', name: 'amount', type: 'number', step: '0.1', min: -100, max: 100, inputmode: 'decimal', autocomplete: 'off' }),
        h('p', { class: 'hint', text: '加分填正数，减分填负数，最多一位小数，不能为 0；得分仍不低于 0、不超过满分。' }),
        h('p', { class: 'field-error', 'data-error-for': 'amount', hidden: true })),
      h('div', { class: 'field' },
        h('label', { for: 'adjustment-reason' }, '原因', h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })),
        h('textarea', { id: 'adjustment-reason', name: 'reason', rows: 3, maxlength: 500, placeholder: '如：6月接待日漏录，经核实补加' }),
        h('p', { class: 'field-error', 'data-error-for': 'reason', hidden: true })),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', text: '记录加减分' }),
        h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' })));
    const dialog = h('dialog', { class: 'dialog', 'data-adjustment-dialog': true, 'aria-labelledby': 'adjustment-dialog-title' }, form);
    form.querySelector('h2').id = 'adjustment-dialog-title';
    const local = { key: null, timer: 0, ticket: 0 };

    /** The committee's members whose name holds the text (all, by name, when it is empty), a page of them. */
    async function find(text) {
      const ticket = ++local.ticket;
      try {
        const page = await api.listMembers({ committeeId: committee.id, q: text || undefined, sort: 'name', size: PICK_SIZE });
        if (ticket !== local.ticket) return;
        const chosen = memberSelect.value;
        memberSelect.replaceChildren(h('option', { value: '', text: page.items.length ? '请选择委员' : '没有找到委员' }),
          ...page.items.map((m) => h('option', { value: String(m.id), text: m.groupName ? `${m.name}（${m.groupName}）` : m.name })));
        memberSelect.value = page.items.some((m) => String(m.id) === chosen) ? chosen : page.items.length === 1 ? String(page.items[0].id) : '';
        memberHint.textContent = page.total > page.items.length ? `共 ${page.total} 名，列出前 ${page.items.length} 名；输入姓名可缩小范围` : '';
      } catch (error) {
        reportProblem(error, { banner: formBanner });
      }
    }

    function open() {
      hideBanner(formBanner);
      clearFieldErrors(form);
      form.reset();
      local.key = api.newIdempotencyKey();
      form.querySelector('h2').textContent = `${state.year} 年度加减分`;
      find('');
      dialog.showModal();
      search.focus();
    }

    async function submit() {
      const memberId = memberSelect.value;
      const amount = form.elements.namedItem('amount').value.trim();
      const reason = form.elements.namedItem('reason').value.trim();
      const missing = [];
      if (!memberId) missing.push({ field: 'memberId', label: '委员', message: '请选择委员' });
      if (amount === '') missing.push({ field: 'amount', label: '加减分', message: '请填写加减分' });
      if (!reason) missing.push({ field: 'reason', label: '原因', message: '请填写原因' });
      if (reportMissing(missing, { banner: formBanner, form })) return;
      const button = form.querySelector('[type="submit"]');
      button.disabled = true;
      try {
        const made = await api.createEvaluationAdjustment({ memberId: Number(memberId), year: state.year, amount: Number(amount), reason }, local.key);
        dialog.close();
        await changed();
        notice.textContent = `已为${made.member.name}记录加减分 ${signedScore(made.amount)}${state.status === 'OPEN' ? `，${made.year} 年的得分已重新计算` : ''}`;
      } catch (error) {
        reportProblem(error, { banner: formBanner, form, subject: '加减分', verb: '记录' });
      } finally {
        button.disabled = false;
      }
    }

    search.addEventListener('input', () => {
      clearTimeout(local.timer);
      local.timer = setTimeout(() => find(search.value.trim().slice(0, 50)), SEARCH_DELAY_MS);
    });
    search.addEventListener('keydown', (event) => { if (event.key === 'Enter') event.preventDefault(); });
    form.addEventListener('submit', (event) => { event.preventDefault(); submit(); });
    clearErrorsOnEdit(form, formBanner);
    return { dialog, open };
  }

  async function withdraw() {
    const a = state.deleting;
    state.deleting = null;
    try {
      await api.deleteEvaluationAdjustment(a.id);
      await changed();
      notice.textContent = `已撤销${a.member.name}的加减分 ${signedScore(a.amount)}`;
    } catch (error) {
      notice.textContent = '';
      reportProblem(error, { banner, subject: '加减分', verb: '撤销' });
    }
  }

  panel.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (!target) return;
    const { action, id } = target.dataset;
    if (action === 'add-adjustment') { notice.textContent = ''; editor.open(); }
    else if (action === 'close-dialog') target.closest('dialog').close();
    else if (action === 'show-objection') showObjection?.(Number(id));
    else if (action === 'delete-adjustment') {
      state.deleting = state.items.find((a) => String(a.id) === id);
      if (!state.deleting) return;
      hideBanner(banner);
      confirmText.textContent = `确定撤销${state.deleting.member.name}的加减分 ${signedScore(state.deleting.amount)}（${state.deleting.reason}）吗？`
        + '撤销记入审计记录，已计算的年度立即重新计算。';
      confirmer.showModal();
    }
  });
  panel.addEventListener('submit', (event) => {
    if (event.target.matches('[data-confirm-form]')) withdraw();
  });

  return { panel, load };
}
