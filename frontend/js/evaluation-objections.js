// 考评申诉: a member's feedback on their own breakdown and the office's answer. On the year's screen the office sees
// every objection of the year, the open ones first, and answers each: 支持 with points added or taken (the answer is
// the adjustment's reason, and the year is computed again at once) or 不支持 with a reason. On a breakdown the member
// files one about a line of it while the year is open, and reads the answers; once the year is closed the results
// are frozen and the form gives way to saying so. Convenors and liaisons read their group's.
import * as api from './api.js';
import { h } from './dom.js';
import { chineseDateTime, count } from './format.js';
import { breakdownHref, signedScore } from './evaluation-marks.js';
import { EVALUATION_OBJECTION_ITEMS, OBJECTION_STATUSES, labelOf, optionsOf } from './labels.js';
import { may, mayObjectTo, mayReadEvaluation } from './permissions.js';
import { clearErrorsOnEdit, clearFieldErrors, hideBanner, reportMissing, reportProblem } from './problems.js';

const LIST_SIZE = 200;

export function statusTag(status) {
  return h('span', { class: `objection-status objection-${String(status).toLowerCase()}`, 'data-objection-status': status, text: labelOf(OBJECTION_STATUSES, status) });
}

/**
 * One objection: whose (with a link to the breakdown when `named`), about what, why, when, where it stands, and the
 * answer once there is one; 答复 for the office while it is open.
 */
function objectionItem(o, { committeeId, named, answerable }) {
  const who = named
    ? (mayReadEvaluation(o.member.id, o.groupId)
      ? h('a', { href: breakdownHref(committeeId, o.year, o.member.id), text: o.member.name })
      : h('span', { text: o.member.name }))
    : null;
  return h('li', { class: `objection objection-${o.status.toLowerCase()}`, 'data-objection': o.id, tabindex: '-1' },
    h('div', { class: 'objection-head' },
      statusTag(o.status),
      who ? h('strong', { class: 'objection-member' }, who) : null,
      h('span', { class: 'objection-item', 'data-objection-item': o.item, text: o.itemLabel || labelOf(EVALUATION_OBJECTION_ITEMS, o.item) }),
      h('span', { class: 'meta-inline', text: `${chineseDateTime(o.filedAt)} 提出` })),
    h('p', { class: 'objection-reason', 'data-objection-reason': true, text: o.reason }),
    o.status === 'OPEN'
      ? (answerable ? h('p', { class: 'objection-tools' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'answer-objection', 'data-id': o.id, 'aria-label': `答复${o.member.name}的申诉`, text: '答复' })) : null)
      : h('div', { class: 'objection-answer', 'data-objection-answer': true },
        h('p', { class: 'answer-head' },
          h('strong', { text: o.status === 'UPHELD' ? '委员工作处答复（支持）' : '委员工作处答复（不予支持）' }),
          o.adjustment ? h('span', { class: `answer-amount ${o.adjustment.amount < 0 ? 'amount-minus' : 'amount-plus'}`, 'data-answer-amount': true,
            text: `加减分 ${signedScore(o.adjustment.amount)}` }) : null),
        h('p', { class: 'answer-text', text: o.answer ?? '' }),
        h('p', { class: 'meta-inline', text: [o.answeredBy, chineseDateTime(o.answeredAt)].filter(Boolean).join(' · ') })));
}

/** The office's answer in a dialog: 支持 with an amount (may be negative) or 不支持, and the answer. */
function answerDialog({ answered }) {
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const about = h('div', { class: 'answer-about', 'data-answer-about': true });
  const amountField = h('div', { class: 'field', 'data-amount-field': true },
    h('label', { for: 'objection-amount' }, '加减分', h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })),
    h('input', { id: 'objection-amount', name: 'amount', type: 'number', step: '0.1', min: -100, max: 100, inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': 'objection-amount-hint' }),
    h('p', { class: 'hint', id: 'objection-amount-hint', text: '加分填正数，减分填负数，最多一位小数，不能为 0；计入该委员的考评明细，年度立即重新计算。' }),
    h('p', { class: 'field-error', 'data-error-for': 'amount', hidden: true }));
  const answerLabel = h('span', { text: '答复' });
  const form = h('form', { 'data-form': true, 'data-answer-form': true, novalidate: true },
    h('h2', { text: '答复申诉' }), banner, about,
    h('fieldset', { class: 'field decision', name: 'decision' },
      h('legend', { text: '答复' }),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'decisionChoice', value: 'UPHOLD', checked: true }), h('span', { text: '支持（须填加减分，可为负）' })),
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'decisionChoice', value: 'REJECT' }), h('span', { text: '不支持' })),
      h('p', { class: 'field-error', 'data-error-for': 'decision', hidden: true })),
    amountField,
    h('div', { class: 'field' },
      h('label', { for: 'objection-answer' }, answerLabel, h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })),
      h('textarea', { id: 'objection-answer', name: 'answer', rows: 4, maxlength: 500 }),
      h('p', { class: 'field-error', 'data-error-for': 'answer', hidden: true })),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', text: '提交答复' }),
      h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' })));
  const dialog = h('dialog', { class: 'dialog', 'data-answer-dialog': true, 'aria-label': '答复申诉' }, form);
  let objection = null;

  // The radios are not named decision, so an error of the service about `decision` finds the fieldset.
  const decision = () => form.querySelector('input[name="decisionChoice"]:checked').value;
  function decided() {
    const uphold = decision() === 'UPHOLD';
    amountField.hidden = !uphold;
    form.elements.namedItem('amount').disabled = !uphold;
    answerLabel.textContent = uphold ? '答复（也是加减分的原因）' : '不予支持的理由';
  }

  function open(o) {
    objection = o;
    hideBanner(banner);
    clearFieldErrors(form);
    form.reset();
    decided();
    about.replaceChildren(
      h('p', {}, h('strong', { text: `${o.member.name} · ${o.itemLabel || labelOf(EVALUATION_OBJECTION_ITEMS, o.item)}` }),
        h('span', { class: 'meta-inline', text: ` ${o.year} 年度 · ${chineseDateTime(o.filedAt)} 提出` })),
      h('p', { class: 'objection-reason', text: o.reason }));
    dialog.showModal();
    form.elements.namedItem('amount').focus();
  }

  async function submit() {
    const uphold = decision() === 'UPHOLD';
    const answer = form.elements.namedItem('answer').value.trim();
    const amount = form.elements.namedItem('amount').value.trim();
    const missing = [];
    if (uphold && amount === '') missing.push({ field: 'amount', label: '加减分', message: '请填写加减分（支持时须加分或减分）' });
    if (answer === '') missing.push({ field: 'answer', label: uphold ? '答复' : '不予支持的理由', message: `请填写${uphold ? '答复' : '不予支持的理由'}` });
    if (reportMissing(missing, { banner, form })) return;
    const button = form.querySelector('[type="submit"]');
    button.disabled = true;
    try {
      const body = uphold ? { decision: 'UPHOLD', answer, amount: Number(amount) } : { decision: 'REJECT', answer };
      const result = await api.answerEvaluationObjection(objection.id, body);
      dialog.close();
      await answered(result);
    } catch (error) {
      reportProblem(error, { banner, form, subject: '申诉', verb: '答复' });
    } finally {
      button.disabled = false;
    }
  }

  form.addEventListener('change', (event) => { if (event.target.name === 'decisionChoice') decided(); });
  form.addEventListener('submit', (event) => { event.preventDefault(); submit(); });
  dialog.addEventListener('click', (event) => { if (event.target.closest('[data-action="close-dialog"]')) dialog.close(); });
  clearErrorsOnEdit(form, banner);
  return { dialog, open };
}

/** The sentence an answered objection leaves in the notice line. */
const answeredText = (o) => (o.status === 'UPHELD'
  ? `已支持${o.member.name}的申诉，加减分 ${signedScore(o.adjustment?.amount ?? 0)}，${o.year} 年的得分已重新计算`
  : `已答复${o.member.name}的申诉：不予支持`);

/**
 * The year's objections on the year's screen (the office answers them; group leads read their group's); changed()
 * runs after an answer and reads the year again, this panel with it, since an upheld one changes the score, the table
 * and the figures; waiting(n) hears how many are still open after each read.
 */
export function objectionsPanel({ committee, changed, waiting = () => {} }) {
  if (!may('listEvaluationObjections')) return { panel: null, load() {}, focus() {} };
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const heading = h('h3', { id: 'evaluation-objections-title', text: '委员申诉' });
  const statusFilter = h('select', { id: 'objection-status', name: 'status' },
    [{ value: '', label: '全部' }, ...optionsOf(OBJECTION_STATUSES)].map((o) => h('option', { value: o.value, text: o.label })));
  const list = h('ul', { class: 'objections', 'data-objections': true });
  const more = h('p', { class: 'hint', 'data-objections-more': true, hidden: true });
  const answer = answerDialog({ answered: async (o) => { await changed(); notice.textContent = answeredText(o); } });
  const intro = h('p', { class: 'hint', 'data-objections-intro': true });
  const panel = h('section', { class: 'panel evaluation-objections', 'data-objections-panel': true, 'aria-labelledby': heading.id },
    h('div', { class: 'panel-head' }, heading,
      h('label', { class: 'filter filter-inline', for: statusFilter.id }, h('span', { text: '状态' }), statusFilter)),
    intro, banner, notice, list, more, answer.dialog);
  const state = { year: null, status: null, items: [], ticket: 0 };

  /** year and status (the year's state) when the year changes; without them, the same year again. */
  async function load(year, status) {
    if (year !== undefined && year !== state.year) {
      notice.textContent = '';
      statusFilter.value = '';
    }
    if (year !== undefined) state.year = year;
    if (status !== undefined) state.status = status;
    const ticket = ++state.ticket;
    const answerable = may('answerEvaluationObjection') && state.status === 'OPEN';
    intro.textContent = state.status === 'CLOSED'
      ? `${state.year} 年度考评已关闭，申诉已全部答复，结果已冻结。`
      : may('answerEvaluationObjection')
        ? '委员在本人的考评明细中提出的反馈和申诉，待答复的在前。支持时须加分或减分，年度立即重新计算；还有待答复的申诉时不能关闭年度。'
        : '本组委员对考评结果的反馈和申诉，由委员工作处答复。';
    try {
      const query = { year: state.year, committeeId: committee.id };
      const [page, waitingOnes] = await Promise.all([
        api.listEvaluationObjections({ ...query, status: statusFilter.value || undefined, size: LIST_SIZE }),
        api.listEvaluationObjections({ ...query, status: 'OPEN', size: 1 })]);
      if (ticket !== state.ticket) return;
      hideBanner(banner);
      state.items = page.items;
      const open = waitingOnes.total;
      waiting(open);
      heading.textContent = statusFilter.value ? `委员申诉（${labelOf(OBJECTION_STATUSES, statusFilter.value)} ${page.total} 件）`
        : open ? `委员申诉（${open} 件待答复，共 ${page.total} 件）` : `委员申诉（共 ${page.total} 件）`;
      list.replaceChildren(...(page.items.length
        ? page.items.map((o) => objectionItem(o, { committeeId: committee.id, named: true, answerable }))
        : [h('li', { class: 'hint objection-none', text: statusFilter.value ? '没有该状态的申诉' : state.status === 'NOT_COMPUTED'
          ? `${state.year} 年的考评计算后，委员可以在本人的考评明细中提出申诉` : `${state.year} 年还没有委员提出申诉` })]));
      more.hidden = page.total <= page.items.length;
      more.textContent = `共 ${count(page.total, '件')}，这里列出前 ${page.items.length} 件；可按状态筛选。`;
    } catch (error) {
      if (ticket === state.ticket) reportProblem(error, { banner });
    }
  }

  /** Brings one objection into view, e.g. from the adjustment its answer made; without an id, the first open one. */
  function focus(id) {
    const item = id === undefined ? list.querySelector('.objection-open') : list.querySelector(`[data-objection="${CSS.escape(String(id))}"]`);
    if (!item) return false;
    item.scrollIntoView({ block: 'center' });
    item.focus();
    item.classList.add('flash');
    setTimeout(() => item.classList.remove('flash'), 2000);
    return true;
  }

  panel.addEventListener('change', (event) => { if (event.target === statusFilter) load(); });
  panel.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action="answer-objection"]');
    if (!target) return;
    const objection = state.items.find((o) => String(o.id) === target.dataset.id);
    if (objection) { notice.textContent = ''; answer.open(objection); }
  });

  return { panel, load, focus };
}

/**
 * A breakdown's objections: the member's own with their answers; for the member themself while the year is open, the
 * form to file one; once it is closed, why no more can be filed. The office answers here too; answered(o) runs after.
 */
export function breakdownObjections({ committee, evaluation: e, answered }) {
  if (!may('listEvaluationObjections')) return null;
  const own = mayObjectTo(e.memberId);
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const list = h('ul', { class: 'objections', 'data-objections': true });
  const answer = may('answerEvaluationObjection') ? answerDialog({ answered: async (o) => { await answered(o); } }) : null;
  const state = { items: [], key: api.newIdempotencyKey() };
  const form = own && e.status === 'OPEN' ? objectionForm() : null;
  const closed = e.status === 'CLOSED'
    ? h('p', { class: 'warning', 'data-objections-closed': true,
      text: `${e.year} 年度考评已关闭，得分、等次和明细已冻结，不能再提出申诉。${own ? '如仍有疑问，请与委员工作处联系。' : ''}` })
    : null;
  const panel = h('section', { class: 'panel breakdown-objections screen-only', 'data-breakdown-objections': true, 'aria-labelledby': 'breakdown-objections-title' },
    h('h3', { id: 'breakdown-objections-title', text: own ? '我的反馈和申诉' : '反馈和申诉' }),
    own && form ? h('p', { class: 'hint', text: '对本明细有疑问（如漏计、错计的记录，在任月数不对），可指明哪一项并说明理由，由委员工作处核实答复；支持的，会加分或减分并重新计算。' }) : null,
    closed, banner, notice, form, list, answer?.dialog);

  function objectionForm() {
    // The lines of this breakdown that counted come first, then everything else one may object to.
    const counted = e.lines.filter((line) => line.count > 0 || Number(line.points) !== 0);
    const item = h('select', { id: 'objection-item', name: 'item', 'aria-describedby': 'objection-item-error' },
      h('option', { value: '', text: '请选择' }),
      counted.length ? h('optgroup', { label: '本明细中计分的' }, counted.map((line) => h('option', { value: line.kind, text: line.label }))) : null,
      h('optgroup', { label: counted.length ? '其他各项' : '各项' }, optionsOf(EVALUATION_OBJECTION_ITEMS)
        .filter((o) => !counted.some((line) => line.kind === o.value))
        .map((o) => h('option', { value: o.value, text: o.label }))));
    return h('form', { class: 'objection-form', 'data-objection-form': true, novalidate: true },
      h('div', { class: 'field' },
        h('label', { for: item.id }, '针对哪一项', h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })),
        item, h('p', { class: 'field-error', id: 'objection-item-error', 'data-error-for': 'item', hidden: true })),
      h('div', { class: 'field' },
        h('label', { for: 'objection-reason' }, '理由', h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })),
        h('textarea', { id: 'objection-reason', name: 'reason', rows: 4, maxlength: 500, placeholder: '如：6月在王杨乡轮值一次，明细中没有' }),
        h('p', { class: 'field-error', 'data-error-for': 'reason', hidden: true })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', text: '提出申诉' })));
  }

  async function load() {
    try {
      const page = await api.listEvaluationObjections({ year: e.year, committeeId: committee.id, memberId: e.memberId, size: LIST_SIZE });
      state.items = page.items;
      const answerable = Boolean(answer) && e.status === 'OPEN';
      list.replaceChildren(...(page.items.length
        ? page.items.map((o) => objectionItem(o, { committeeId: committee.id, named: false, answerable }))
        : [h('li', { class: 'hint objection-none', text: own ? `您还没有对 ${e.year} 年的考评提出申诉` : `${e.memberName}没有对 ${e.year} 年的考评提出申诉` })]));
    } catch (error) {
      reportProblem(error, { banner });
    }
  }

  async function file() {
    const item = form.elements.namedItem('item').value;
    const reason = form.elements.namedItem('reason').value.trim();
    const missing = [];
    if (!item) missing.push({ field: 'item', label: '针对哪一项', message: '请选择针对哪一项' });
    if (!reason) missing.push({ field: 'reason', label: '理由', message: '请填写理由' });
    if (reportMissing(missing, { banner, form })) return;
    const button = form.querySelector('[type="submit"]');
    button.disabled = true;
    notice.textContent = '';
    try {
      const filed = await api.createEvaluationObjection({ year: e.year, item, reason }, state.key);
      state.key = api.newIdempotencyKey();
      form.reset();
      await load();
      notice.textContent = `已提出申诉（${filed.itemLabel}），委员工作处答复后在这里显示`;
    } catch (error) {
      reportProblem(error, { banner, form, subject: '申诉', verb: '提出' });
    } finally {
      button.disabled = false;
    }
  }

  if (form) clearErrorsOnEdit(form, banner);
  panel.addEventListener('submit', (event) => {
    if (event.target === form) { event.preventDefault(); file(); }
  });
  panel.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action="answer-objection"]');
    const objection = target && state.items.find((o) => String(o.id) === target.dataset.id);
    if (objection) answer.open(objection);
  });

  return { panel, load };
}
