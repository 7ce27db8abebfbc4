// 一月一轮值, shared by its screens: how a duty turn reads (status, what was done) and the dialogs that
// record a turn as done or missed and undo a record.
import * as api from './api.js';
import { h } from './dom.js';
import { beijingMonth, chineseMonth } from './format.js';
import { DUTY_STATUSES, labelOf } from './labels.js';
import { clearFieldErrors, hideBanner, reportProblem } from './problems.js';

/** 王茜 · 2026年3月, how messages name a turn. */
export const turnName = (turn) => `${turn.memberName} ${chineseMonth(turn.month)}`;

/** Whether the turn's month has come, in Beijing time: only then can it be recorded. */
export const hasBegun = (turn) => turn.month <= beijingMonth();

/** 已排班 / 已履职 / 未履职, or 逾期未记录 in the warning style when the month passed unrecorded. */
export function statusCell(turn) {
  if (turn.overdue) return h('span', { class: 'status duty-overdue', 'data-status': 'overdue', text: '逾期未记录' });
  return h('span', { class: `status duty-${turn.status.toLowerCase()}`, 'data-status': turn.status.toLowerCase(), text: labelOf(DUTY_STATUSES, turn.status) });
}

/** What the record says: 宣讲政策 · 收集社情民意 3 条 · 活动 1 次 · 接触群众 46 人次, or why the turn was missed. */
export function recordCell(turn) {
  if (turn.status === 'MISSED') {
    return h('span', { class: 'duty-record' }, h('span', { text: `原因：${turn.missedReason || '—'}` }));
  }
  if (turn.status !== 'DONE') return h('span', { class: 'meta-inline', text: '—' });
  const done = [
    turn.policyExplained ? '宣讲政策' : null,
    turn.opinionsCollected != null ? `收集社情民意 ${turn.opinionsCollected} 条` : null,
    turn.eventsHeld != null ? `活动 ${turn.eventsHeld} 次` : null,
    turn.peopleReached != null ? `接触群众 ${turn.peopleReached} 人次` : null,
  ].filter(Boolean);
  return h('span', { class: 'duty-record' },
    h('span', { text: done.join(' · ') || '已履职' }),
    turn.note ? h('span', { class: 'duty-note', text: turn.note }) : null);
}

function field(input, label, { hint, required } = {}) {
  return h('div', { class: 'field' },
    h('label', { for: input.id }, label, required ? h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' }) : null),
    input,
    hint ? h('p', { class: 'hint', text: hint }) : null,
    h('p', { class: 'field-error', id: `${input.id}-error`, 'data-error-for': input.name, hidden: true }));
}

const numberInput = (name, max) => h('input', {
  id: `duty-record-${name}`, name, type: 'number', min: 0, max, step: 1, inputmode: 'numeric', 'aria-describedby': `duty-record-${name}-error`,
});

/**
 * The 记录履职 dialog: 已履职 with what was done, or 未履职 with the reason (the service asks for it).
 * open(turn, done): done(recorded turn) runs after the service accepted the record.
 */
export function recordDialog() {
  const heading = h('h2', { id: 'duty-record-title' });
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const where = h('p', { class: 'meta' });
  const outcome = h('select', { id: 'duty-record-outcome', name: 'outcome', 'aria-describedby': 'duty-record-outcome-error' },
    h('option', { value: 'DONE', text: '已履职' }), h('option', { value: 'MISSED', text: '未履职' }));
  const policy = h('input', { id: 'duty-record-policyExplained', name: 'policyExplained', type: 'checkbox' });
  const opinions = numberInput('opinionsCollected', 10000);
  const events = numberInput('eventsHeld', 1000);
  const people = numberInput('peopleReached', 100000);
  const note = h('textarea', { id: 'duty-record-note', name: 'note', maxlength: 2000, rows: 3, 'aria-describedby': 'duty-record-note-error' });
  const reason = h('textarea', { id: 'duty-record-missedReason', name: 'missedReason', maxlength: 500, rows: 3, 'aria-describedby': 'duty-record-missedReason-error' });
  const doneFields = h('div', { class: 'duty-done-fields', 'data-done-fields': true },
    h('div', { class: 'field checkbox' }, h('label', { for: policy.id }, policy, '宣讲了政策'),
      h('p', { class: 'field-error', 'data-error-for': 'policyExplained', hidden: true })),
    h('div', { class: 'duty-figures' },
      field(opinions, '收集社情民意（条）'), field(events, '开展活动（次）'), field(people, '接触群众（人次）')),
    field(note, '说明', { hint: '如：入户宣讲惠农补贴政策，收集自来水关水阀等 3 条社情民意' }));
  const missedFields = h('div', { 'data-missed-fields': true },
    field(reason, '未履职原因', { required: true, hint: '如：外出学习，未能到平台值守' }));
  const submit = h('button', { type: 'submit', class: 'primary', text: '保存记录' });
  const form = h('form', { 'data-record-form': true, novalidate: true },
    heading, banner, where,
    field(outcome, '履职情况'),
    doneFields, missedFields,
    h('div', { class: 'actions' }, submit, h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' })));
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': heading.id, 'data-record-dialog': true }, form);
  let turn = null;
  let done = null;

  function showOutcome() {
    const isDone = outcome.value === 'DONE';
    doneFields.hidden = !isDone;
    missedFields.hidden = isDone;
  }

  /** Counts as numbers, blanks left out; a count that is not a whole number goes as typed for the service to name. */
  function count(input) {
    const text = input.value.trim();
    if (text === '') return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : text;
  }

  function body() {
    if (outcome.value === 'MISSED') {
      const missedReason = reason.value.trim();
      return { outcome: 'MISSED', ...(missedReason ? { missedReason } : {}) };
    }
    const record = {
      outcome: 'DONE', policyExplained: policy.checked,
      opinionsCollected: count(opinions), eventsHeld: count(events), peopleReached: count(people),
      note: note.value.trim() || undefined,
    };
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
  }

  function open(chosen, onRecorded) {
    turn = chosen;
    done = onRecorded;
    heading.textContent = `记录履职：${chineseMonth(turn.month)} · ${turn.memberName}`;
    where.textContent = `${turn.platformName}，${chineseMonth(turn.month)}轮值委员${turn.memberName}`;
    form.reset();
    outcome.value = 'DONE';
    showOutcome();
    hideBanner(banner);
    clearFieldErrors(form);
    if (!dialog.open) dialog.showModal();
    outcome.focus();
  }

  dialog.addEventListener('change', (event) => {
    if (event.target === outcome) {
      clearFieldErrors(form);
      showOutcome();
    }
  });

  dialog.addEventListener('click', (event) => {
    if (event.target.closest('[data-action="close-dialog"]')) dialog.close();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const recorded = await api.recordDutyTurn(turn.id, body());
      dialog.close();
      await done?.(recorded);
    } catch (error) {
      reportProblem(error, { banner, form, subject: `${turnName(turn)}的轮值`, verb: '记录' });
    } finally {
      submit.disabled = false;
    }
  });

  return { dialog, open };
}

/**
 * A confirmation for one turn: heading and button ({ title, verb }), the question it asks (turn) => text, what
 * confirming does (turn) => Promise, and how a refusal names the thing ({ subject: (turn) => text, verb }).
 * open(turn, done) shows it; done receives what act answered.
 */
export function turnConfirmDialog({ title, verb, question, act, refusal }) {
  const text = h('p', { 'data-confirm-text': true });
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const form = h('form', { 'data-confirm-form': true },
    h('h2', { text: title }), banner, text,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'danger', text: verb }),
      h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' })));
  const dialog = h('dialog', { class: 'dialog', 'data-confirm': true }, form);
  let turn = null;
  let done = null;

  function open(chosen, onDone) {
    turn = chosen;
    done = onDone;
    hideBanner(banner);
    text.textContent = question(turn);
    dialog.showModal();
  }

  dialog.addEventListener('click', (event) => {
    if (event.target.closest('[data-action="close-dialog"]')) dialog.close();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const answer = await act(turn);
      dialog.close();
      await done?.(answer);
    } catch (error) {
      reportProblem(error, { banner, subject: refusal.subject(turn), verb: refusal.verb });
    }
  });

  return { dialog, open };
}

/** 撤销记录 (the office): the turn goes back to 已排班, to be recorded again. */
export const undoDialog = () => turnConfirmDialog({
  title: '撤销履职记录',
  verb: '撤销记录',
  question: (turn) => `确定撤销${turnName(turn)}的履职记录（${labelOf(DUTY_STATUSES, turn.status)}）吗？撤销后该轮值回到“已排班”，可重新记录。`,
  act: (turn) => api.recordDutyTurn(turn.id, { outcome: 'SCHEDULED' }),
  refusal: { subject: (turn) => `${turnName(turn)}的记录`, verb: '撤销' },
});
