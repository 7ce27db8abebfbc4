// 一次协商: where and when, who came (出席、请假、缺席) and who else sat at the table, the opinions it took up,
// and its outcomes (协商成果), each followed until implemented: 开始落实, 记录进展 with a date, 已落实 with the
// evidence (which resolves the linked opinions in the same step), or 放弃 with a reason.
import * as api from '../api.js';
import { h } from '../dom.js';
import { fillForm, formDialog, missingFields, readForm, setChoices } from '../form.js';
import { beijingDay, chineseDate, count } from '../format.js';
import {
  ATTENDANCES, CONSULTATION_KINDS, GUEST_KINDS, OPINION_STATUSES, OUTCOME_ACTIONS, OUTCOME_NEXT, OUTCOME_STATUSES, labelOf,
} from '../labels.js';
import { may } from '../permissions.js';
import { clearFieldErrors, hideBanner, reportMissing, reportProblem } from '../problems.js';
import { opinionHref } from './opinions.js';

/** The opinions implementing an outcome resolves: those accepted, assigned or being handled. */
const RESOLVABLE = ['ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'];
const today = () => ({ max: beijingDay() });

/** What each step asks for. */
const STEP_FIELDS = {
  START: [],
  PROGRESS: [
    { name: 'date', label: '进展日期', type: 'date', required: true, hint: '不能晚于今天', ...today() },
    { name: 'note', label: '进展情况', type: 'textarea', required: true, maxLength: 1000, hint: '如：已完成路基施工' }],
  IMPLEMENT: [
    { name: 'date', label: '落实日期', type: 'date', required: true, hint: '不能晚于今天', ...today() },
    { name: 'evidence', label: '落实情况', type: 'textarea', required: true, maxLength: 2000, hint: '如：2月28日 抗联食堂正式对外开放' }],
  DROP: [{ name: 'reason', label: '放弃的原因', type: 'textarea', required: true, maxLength: 500, hint: '如：经论证不具备实施条件' }],
};

const OUTCOME_FIELDS = [
  { name: 'number', label: '编号', type: 'number', min: 1, max: 1000, hint: '不填取下一个' },
  { name: 'text', label: '达成的共识', type: 'textarea', required: true, maxLength: 1000, hint: '如：抗联食堂二月底前对外开放' },
  { name: 'responsibleUnit', label: '责任单位', maxLength: 100, hint: '如：王杨乡人民政府' },
  { name: 'dueDate', label: '办理期限', type: 'date', hint: '不能早于协商日期；过期未落实的列入督办' },
  { name: 'opinionIds', label: '落实后即可解决的社情民意', type: 'checkboxes', numeric: true, search: '按标题查找',
    hint: '成果“已落实”时，其中已采用、已交办或办理中的社情民意在同一步骤中记为“已办结”' },
];

/** 落实中, with 逾期 beside it when past its due date and not implemented. */
export function outcomeBadge(outcome) {
  return h('span', { class: 'lines' },
    h('span', { class: `status outcome-${outcome.status.toLowerCase()}`, 'data-status': outcome.status, text: labelOf(OUTCOME_STATUSES, outcome.status) }),
    outcome.overdue ? h('span', { class: 'badge overdue', 'data-overdue': true, text: '逾期未落实' }) : null);
}

export async function render(root, { committee, consultation: first }) {
  let consultation = first;
  let outcomes = [];
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const heading = h('h2', { 'data-field': 'topic' });
  const details = h('dl', { class: 'details', 'data-details': true });
  const attendance = h('div', { 'data-attendance': true });
  const guests = h('div', { 'data-guests': true });
  const opinions = h('ul', { class: 'links', 'data-opinions': true });
  const outcomeList = h('ol', { class: 'outcomes', 'data-outcomes': true });
  const addButton = may('createOutcome') ? h('button', { type: 'button', class: 'primary', 'data-action': 'add-outcome', text: '记录协商成果' }) : null;

  const editor = formDialog({ title: '记录协商成果', fields: OUTCOME_FIELDS });
  editor.dataset.outcomeDialog = '';
  const editorForm = editor.querySelector('[data-form]');
  const confirmer = formDialog({ title: '删除协商成果', fields: [], submitLabel: '删除' });
  confirmer.querySelector('[type="submit"]').className = 'danger';
  confirmer.querySelector('[data-form]').insertBefore(h('p', { 'data-confirm-text': true }), confirmer.querySelector('.actions'));
  const steps = new Map();
  const state = { editing: null, createKey: null, deleting: null };

  root.append(
    h('header', { class: 'view-head' }, heading,
      h('p', { class: 'meta' }, h('a', { href: `#/committees/${committee.id}/consultations`, 'data-link': 'consultations', text: '← 返回协商列表' }))),
    banner, notice,
    h('section', { class: 'panel' }, h('h3', { text: '基本信息' }), details),
    h('section', { class: 'panel' }, h('h3', { text: '受邀委员及出席情况' }), attendance),
    h('section', { class: 'panel' }, h('h3', { text: '列席人员' }), guests),
    h('section', { class: 'panel' }, h('h3', { text: '协商的社情民意' }), opinions),
    h('section', { class: 'panel', 'data-outcome-panel': true },
      h('div', { class: 'panel-head' }, h('h3', { text: '协商成果' }), addButton),
      h('p', { class: 'hint', text: '逐项记录达成的共识，跟踪到落实。成果“已落实”时，关联的社情民意在同一步骤中记为“已办结”。' }),
      outcomeList),
    editor, confirmer);

  const row = ([label, value]) => h('div', {}, h('dt', { text: label }), h('dd', {}, value || '—'));

  function showConsultation() {
    heading.textContent = consultation.topic;
    details.replaceChildren(...[
      ['类型', labelOf(CONSULTATION_KINDS, consultation.kind)],
      ['日期', chineseDate(consultation.date)],
      ['乡镇（街道）', consultation.townshipName],
      ['联系平台', consultation.platformName],
      ['委员工作室', consultation.studioName],
      ['记录人', consultation.recordedBy],
    ].map(row), h('div', { class: 'wide' }, h('dt', { text: '协商纪要' }), h('dd', { class: 'opinion-content', text: consultation.summary || '—' })));
    const a = consultation.attendance;
    attendance.replaceChildren(
      h('dl', { class: 'figures attendance-figures', 'data-attendance-figures': true },
        ...[['出席', a.present], ['请假', a.excused], ['缺席', a.absent]].map(([label, n]) => h('div', { 'data-figure': label },
          h('dt', { text: label }), h('dd', { text: count(n, '人') })))),
      consultation.members.length
        ? h('ul', { class: 'attendees' }, consultation.members.map((m) => h('li', { 'data-attendee': m.id },
          h('span', { text: m.name }), h('span', { class: `attendance attendance-${m.attendance.toLowerCase()}`, text: labelOf(ATTENDANCES, m.attendance) }))))
        : h('p', { class: 'hint', text: '没有受邀委员' }));
    guests.replaceChildren(consultation.guests.length
      ? h('table', { class: 'grid mini' }, h('thead', {}, h('tr', {}, h('th', { text: '姓名' }), h('th', { text: '身份' }), h('th', { text: '单位' }))),
        h('tbody', {}, consultation.guests.map((g) => h('tr', { 'data-guest': true },
          h('td', { text: g.name }), h('td', { text: labelOf(GUEST_KINDS, g.kind) }), h('td', { text: g.unit || '—' })))))
      : h('p', { class: 'hint', text: '没有列席人员' }));
    opinions.replaceChildren(...(consultation.opinions.length
      ? consultation.opinions.map((o) => h('li', {}, h('a', { href: opinionHref(committee.id, o.id), 'data-opinion-link': o.id, text: o.title }),
        h('span', { class: 'meta-inline', text: ` ${labelOf(OPINION_STATUSES, o.status)}` })))
      : [h('li', { class: 'hint', text: '没有关联社情民意' })]));
  }

  function outcomeItem(o) {
    const buttons = may('transitionOutcome') ? (OUTCOME_NEXT[o.status] ?? []).map((action) => h('button', {
      type: 'button', class: action === 'DROP' ? 'danger' : action === 'IMPLEMENT' ? 'primary' : null,
      'data-action': 'outcome-step', 'data-step': action, 'data-id': o.id, text: labelOf(OUTCOME_ACTIONS, action),
    })) : [];
    const open = o.status === 'AGREED' || o.status === 'IN_PROGRESS';
    return h('li', { class: 'outcome', 'data-outcome': o.id },
      h('div', { class: 'outcome-head' },
        h('strong', { class: 'outcome-number', text: `第 ${o.number} 项` }),
        h('span', { class: 'outcome-text', 'data-outcome-text': true, text: o.text }),
        h('span', { 'data-outcome-status': true }, outcomeBadge(o))),
      h('p', { class: 'meta-inline' }, [
        `责任单位：${o.responsibleUnit || '—'}`,
        `办理期限：${o.dueDate ? chineseDate(o.dueDate) : '—'}`,
      ].join('　')),
      o.opinions.length ? h('p', { class: 'outcome-opinions' }, '关联社情民意：', ...o.opinions.flatMap((op, i) => [
        i ? '、' : '',
        h('a', { href: opinionHref(committee.id, op.id), 'data-opinion-link': op.id, text: op.title }),
        h('span', { class: 'meta-inline', 'data-opinion-status': op.id, text: `（${labelOf(OPINION_STATUSES, op.status)}）` })])) : null,
      o.progress.length ? h('ol', { class: 'timeline', 'data-progress': true }, o.progress.map((p) => h('li', {},
        h('p', { class: 'timeline-head' }, h('strong', { text: chineseDate(p.date) }), h('span', { class: 'meta-inline', text: ` ${p.recordedBy}` })),
        h('p', { class: 'timeline-note', text: p.note })))) : null,
      o.status === 'IMPLEMENTED' ? h('p', { class: 'evidence', 'data-evidence': true }, h('strong', { text: `${chineseDate(o.implementedOn)}落实：` }), o.evidence) : null,
      o.status === 'DROPPED' ? h('p', { class: 'dropped', 'data-drop-reason': true }, h('strong', { text: '放弃原因：' }), o.dropReason) : null,
      h('div', { class: 'toolbar outcome-actions' },
        ...buttons,
        open && may('updateOutcome') ? h('button', { type: 'button', class: 'link', 'data-action': 'edit-outcome', 'data-id': o.id, text: '修改' }) : null,
        o.status === 'AGREED' && may('deleteOutcome') ? h('button', { type: 'button', class: 'link danger', 'data-action': 'delete-outcome', 'data-id': o.id, text: '删除' }) : null));
  }

  async function showOutcomes() {
    outcomes = (await api.listConsultationOutcomes(consultation.id)).items;
    outcomeList.replaceChildren(...(outcomes.length ? outcomes.map(outcomeItem)
      : [h('li', { class: 'hint', 'data-no-outcomes': true, text: may('createOutcome') ? '还没有协商成果，点击“记录协商成果”添加' : '还没有协商成果' })]));
  }

  async function reload() {
    consultation = await api.getConsultation(consultation.id);
    showConsultation();
    await showOutcomes();
  }

  /** The opinions an outcome may answer: the consultation's, then the township's still being handled. */
  async function opinionChoices(outcome) {
    const page = await api.listOpinions({ committeeId: committee.id, townshipId: consultation.townshipId, status: RESOLVABLE, size: 100, sort: '-collectedOn' })
      .catch(() => ({ items: [] }));
    const seen = new Set();
    const options = [];
    for (const o of [...(outcome?.opinions ?? []), ...consultation.opinions, ...page.items]) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      options.push({ value: String(o.id), label: `${o.title}（${labelOf(OPINION_STATUSES, o.status)}）` });
    }
    return options;
  }

  async function openEditor(outcome) {
    hideBanner(banner);
    state.editing = outcome ? { id: outcome.id, version: outcome.version } : null;
    // One key per new outcome's dialog, so a retry or a double click records it once.
    state.createKey = outcome ? null : api.newIdempotencyKey();
    editor.querySelector('h2').textContent = outcome ? `修改第 ${outcome.number} 项协商成果` : '记录协商成果';
    hideBanner(editorForm.querySelector('[data-banner]'));
    clearFieldErrors(editorForm);
    fillForm(editorForm, OUTCOME_FIELDS, outcome ? { ...outcome, opinionIds: [] } : {});
    editorForm.elements.namedItem('dueDate').min = consultation.date;
    setChoices(editorForm, 'opinionIds', await opinionChoices(outcome), (outcome?.opinions ?? []).map((o) => o.id));
    if (!editor.open) editor.showModal();
    editorForm.elements.namedItem('text').focus();
  }

  async function saveOutcome() {
    if (reportMissing(missingFields(editorForm, OUTCOME_FIELDS), { banner: editorForm.querySelector('[data-banner]'), form: editorForm })) return;
    const fields = readForm(editorForm, OUTCOME_FIELDS);
    const submit = editorForm.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const saved = state.editing
        ? await api.updateOutcome(state.editing.id, fields, state.editing.version)
        : await api.createOutcome(consultation.id, fields, state.createKey);
      editor.close();
      notice.textContent = `${state.editing ? '已保存' : '已记录'}第 ${saved.number} 项协商成果`;
      await reload();
    } catch (error) {
      reportProblem(error, { banner: editorForm.querySelector('[data-banner]'), form: editorForm, subject: '协商成果' });
    } finally {
      submit.disabled = false;
    }
  }

  function stepDialog(action) {
    if (steps.has(action)) return steps.get(action);
    const fields = STEP_FIELDS[action];
    const dialog = formDialog({ title: labelOf(OUTCOME_ACTIONS, action), fields, submitLabel: '确定' });
    dialog.dataset.stepDialog = action;
    const form = dialog.querySelector('[data-form]');
    const explain = h('p', { class: 'hint step-explain', 'data-step-explain': true });
    form.querySelector('[data-banner]').after(explain);
    const step = { dialog, form, fields, explain, banner: form.querySelector('[data-banner]') };
    form.addEventListener('submit', (event) => { event.preventDefault(); send(action, step); });
    dialog.addEventListener('click', (event) => {
      const target = event.target.closest('[data-action]');
      if (target?.dataset.action === 'close-dialog') dialog.close();
      else if (target?.dataset.action === 'reload') reload().then(() => openStep(action, step.outcomeId), () => {});
    });
    root.append(dialog);
    steps.set(action, step);
    return step;
  }

  function openStep(action, id) {
    const outcome = outcomes.find((o) => o.id === Number(id));
    if (!outcome) return;
    const step = stepDialog(action);
    step.outcomeId = outcome.id;
    step.version = outcome.version;
    step.dialog.querySelector('h2').textContent = `${labelOf(OUTCOME_ACTIONS, action)}：第 ${outcome.number} 项 ${outcome.text}`;
    const resolvable = outcome.opinions.filter((o) => RESOLVABLE.includes(o.status));
    step.explain.textContent = {
      START: '成果转为“落实中”，之后可逐次记录进展。',
      PROGRESS: '记一条带日期的进展，状态不变。',
      IMPLEMENT: resolvable.length
        ? `成果记为“已落实”，同时关联的 ${resolvable.length} 条社情民意（${resolvable.map((o) => o.title).join('、')}）记为“已办结”，办结日期即落实日期，落实情况记入其办理记录。`
        : '成果记为“已落实”；没有待办结的关联社情民意。',
      DROP: '成果记为“已放弃”，不再推进；关联的社情民意不受影响。',
    }[action];
    hideBanner(step.banner);
    clearFieldErrors(step.form);
    fillForm(step.form, step.fields, { date: beijingDay() });
    if (!step.dialog.open) step.dialog.showModal();
    (step.form.querySelector('textarea, input') ?? step.form.querySelector('[type="submit"]')).focus();
  }

  async function send(action, step) {
    if (reportMissing(missingFields(step.form, step.fields), { banner: step.banner, form: step.form })) return;
    const submit = step.form.querySelector('[type="submit"]');
    submit.disabled = true;
    hideBanner(step.banner);
    try {
      const saved = await api.transitionOutcome(step.outcomeId, { action, ...readForm(step.form, step.fields) }, step.version);
      step.dialog.close();
      const resolved = action === 'IMPLEMENT' ? saved.opinions.filter((o) => o.status === 'RESOLVED').length : 0;
      notice.textContent = `第 ${saved.number} 项协商成果已${labelOf(OUTCOME_ACTIONS, action)}：现为“${labelOf(OUTCOME_STATUSES, saved.status)}”`
        + (resolved ? `，关联的 ${resolved} 条社情民意已办结` : '');
      await reload();
    } catch (error) {
      // 409: someone moved it meanwhile; the service says why and which steps remain, and the buttons follow.
      reportProblem(error, { banner: step.banner, form: step.form, subject: '该协商成果', verb: labelOf(OUTCOME_ACTIONS, action) });
      if (error instanceof api.ApiError && error.status === 409 && error.kind !== 'stale-version') showOutcomes().catch(() => {});
    } finally {
      submit.disabled = false;
    }
  }

  function askToDelete(id) {
    const outcome = outcomes.find((o) => o.id === Number(id));
    if (!outcome) return;
    state.deleting = outcome;
    const form = confirmer.querySelector('[data-form]');
    hideBanner(form.querySelector('[data-banner]'));
    form.querySelector('[data-confirm-text]').textContent = `确定删除第 ${outcome.number} 项协商成果“${outcome.text}”吗？删除后不能恢复。`;
    confirmer.showModal();
  }

  async function removeOutcome() {
    const form = confirmer.querySelector('[data-form]');
    try {
      await api.deleteOutcome(state.deleting.id);
      confirmer.close();
      notice.textContent = `已删除第 ${state.deleting.number} 项协商成果`;
      await reload();
    } catch (error) {
      reportProblem(error, { banner: form.querySelector('[data-banner]'), subject: '该协商成果' });
    }
  }

  root.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (!target || !root.contains(target)) return;
    const { action, id } = target.dataset;
    if (target.closest('dialog')) {
      if (action === 'close-dialog' && (editor.contains(target) || confirmer.contains(target))) target.closest('dialog').close();
      else if (action === 'reload' && editor.contains(target)) reload().then(() => openEditor(outcomes.find((o) => o.id === state.editing?.id)), () => {});
      return;
    }
    hideBanner(banner);
    notice.textContent = '';
    if (action === 'add-outcome') openEditor(null);
    else if (action === 'edit-outcome') openEditor(outcomes.find((o) => o.id === Number(id)));
    else if (action === 'delete-outcome') askToDelete(id);
    else if (action === 'outcome-step') openStep(target.dataset.step, id);
  });
  editorForm.addEventListener('submit', (event) => { event.preventDefault(); saveOutcome(); });
  confirmer.querySelector('[data-form]').addEventListener('submit', (event) => { event.preventDefault(); removeOutcome(); });

  showConsultation();
  try {
    await showOutcomes();
  } catch (error) {
    reportProblem(error, { banner });
  }
}
