// 一条社情民意: every field, where it was forwarded and what the higher committee instructed, and the
// 办理记录 (who did what, when and why). The buttons are exactly the `actions` the service says the
// signed-in person may take now; each asks for what its step needs (理由、承办单位和期限、办理结果…).
import * as api from '../api.js';
import { h } from '../dom.js';
import { fillForm, formDialog, missingFields, readForm } from '../form.js';
import { beijingDay, chineseDate, chineseDateTime } from '../format.js';
import { OPINION_ACTIONS, OPINION_FEEDBACKS, OPINION_SOURCES, OPINION_STATUSES, labelOf, optionsOf } from '../labels.js';
import { clearFieldErrors, hideBanner, reportMissing, reportProblem } from '../problems.js';
import { opinionHref, statusBadge } from './opinions.js';

const NOTE = { name: 'note', label: '说明', type: 'textarea', maxLength: 2000 };
const today = () => ({ max: beijingDay() });

/** What each step asks for, besides its name; fields may depend on the opinion (REOPEN keeps the unit). */
const ACTION_FIELDS = {
  SUBMIT: () => [NOTE],
  ACCEPT: () => [NOTE],
  REJECT: () => [{ name: 'reason', label: '不予采用的理由', type: 'textarea', required: true, maxLength: 500, hint: '如：属个人诉求，已引导通过信访渠道反映' }],
  ASSIGN: () => [
    { name: 'assignedUnit', label: '承办单位', required: true, maxLength: 100, hint: '如：铁力市交通运输局' },
    { name: 'dueDate', label: '办理期限', type: 'date', required: true },
    { ...NOTE, label: '交办意见' }],
  START: () => [NOTE],
  PROGRESS: () => [{ ...NOTE, label: '办理进展', required: true }],
  RESOLVE: () => [
    { name: 'resolution', label: '办理结果', type: 'textarea', required: true, maxLength: 2000, hint: '如：已完成 2.3 公里路面修补' },
    { name: 'resolvedOn', label: '办结日期', type: 'date', required: true, hint: '不能晚于今天', ...today() }],
  CLOSE: () => [
    { name: 'feedback', label: '群众评价', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(OPINION_FEEDBACKS) },
    { ...NOTE, label: '回访情况' }],
  REOPEN: () => [
    { ...NOTE, label: '重新交办的原因', required: true, hint: '新情况，或群众不满意的原因' },
    { name: 'assignedUnit', label: '承办单位', maxLength: 100, hint: '不改可保留原单位' },
    { name: 'dueDate', label: '办理期限', type: 'date' }],
  MERGE: () => [
    { name: 'mergeIntoId', label: '并入的社情民意编号', type: 'number', required: true, min: 1, hint: '从下方相似的社情民意中选择，或填写编号' },
    NOTE],
  FORWARD: () => [NOTE],
  ADOPT: () => [{ name: 'instruction', label: '上级批示', type: 'textarea', maxLength: 2000, hint: '如：请市交通运输局统筹解决' }, NOTE],
};

const PERSONAL_DATA_NOTE = '反映人信息已打码：只有委员工作处、系统管理员和提交的委员能看到完整的姓名和电话。';

export async function render(root, { committee, opinion: first }) {
  let opinion = first;
  // The visit it came from, by its date and topic, with every opinion of that visit one click away.
  const visit = opinion.visitId ? await api.getVisit(opinion.visitId).catch(() => null) : null;
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const heading = h('h2', { 'data-field': 'title' });
  const badge = h('span', { 'data-opinion-status': true });
  const actions = h('div', { class: 'toolbar', 'data-opinion-actions': true });
  const details = h('dl', { class: 'details', 'data-details': true });
  const content = h('p', { class: 'opinion-content', 'data-field': 'content' });
  const handling = h('dl', { class: 'details', 'data-handling': true });
  const forwarding = h('section', { class: 'panel', 'data-forwarding': true, hidden: true });
  const timeline = h('ol', { class: 'timeline', 'data-history': true });
  const steps = new Map();

  root.append(
    h('header', { class: 'view-head' }, heading, badge, actions,
      h('p', { class: 'meta' }, h('a', { href: `#/committees/${committee.id}/opinions`, 'data-link': 'opinions', text: '← 返回社情民意列表' }))),
    banner, notice,
    h('section', { class: 'panel' }, h('h3', { text: '基本信息' }), details),
    h('section', { class: 'panel' }, h('h3', { text: '反映的问题和建议' }), content),
    h('section', { class: 'panel' }, h('h3', { text: '办理情况' }), handling),
    forwarding,
    h('section', { class: 'panel' }, h('h3', { text: '办理记录' }), timeline));

  const row = ([label, value, extra]) => h('div', extra, h('dt', { text: label }), h('dd', {}, value || '—'));

  function showOpinion() {
    heading.textContent = opinion.title;
    badge.replaceChildren(statusBadge(opinion));
    actions.replaceChildren(...opinion.actions.map((a) => h('button', {
      type: 'button', class: ['REJECT', 'MERGE'].includes(a.action) ? 'danger' : 'primary', 'data-action': 'transition', 'data-transition': a.action, text: a.label,
    })));
    const source = [labelOf(OPINION_SOURCES, opinion.source),
      opinion.visitId ? h('a', {
        href: `#/committees/${committee.id}/opinions?visitId=${opinion.visitId}`, 'data-link': 'visit-opinions',
        title: '该次接待走访收集的全部社情民意',
        text: visit ? `（${chineseDate(visit.date)} ${visit.topic}）` : `（接待走访 ${opinion.visitId}）`,
      }) : null,
      opinion.dutyTurnId ? `（轮值 ${opinion.dutyTurnId}）` : null,
      opinion.studioName ? `（${opinion.studioName}）` : null];
    details.replaceChildren(...[
      ['编号', String(opinion.id)],
      ['类别', opinion.categoryName],
      ['收集日期', chineseDate(opinion.collectedOn)],
      ['地点', [opinion.townshipName, opinion.villageName].filter(Boolean).join(' · ')],
      ['来源', h('span', {}, source)],
      ['提交委员', opinion.submitters.map((m) => m.name).join('、')],
      ['反映人', opinion.raisedByName, { 'data-raised-by-name': true }],
      ['反映人电话', opinion.raisedByPhone, { 'data-raised-by-phone': true }],
      ['记录人', opinion.recordedBy],
      ['上报时间', chineseDateTime(opinion.submittedAt)],
      ['状态变更于', chineseDateTime(opinion.statusChangedAt)],
    ].map(row));
    if (opinion.personalDataMasked) {
      details.append(h('p', { class: 'hint personal-data-note', 'data-masked-note': true, text: PERSONAL_DATA_NOTE }));
    }
    content.textContent = opinion.content;
    const merged = opinion.mergedIntoId
      ? h('a', { href: opinionHref(committee.id, opinion.mergedIntoId), text: `社情民意 ${opinion.mergedIntoId}` }) : null;
    handling.replaceChildren(...[
      ['承办单位', opinion.assignedUnit],
      ['办理期限', opinion.dueDate ? `${chineseDate(opinion.dueDate)}${opinion.overdue ? '（已逾期）' : ''}` : null],
      ['办理结果', opinion.resolution],
      ['办结日期', chineseDate(opinion.resolvedOn)],
      ['群众评价', labelOf(OPINION_FEEDBACKS, opinion.feedback)],
      ['是否已解决', opinion.solved ? '已解决' : opinion.awaitingConfirmation ? '已办结，待群众评价确认' : '未解决'],
      opinion.rejectReason ? ['不予采用的理由', opinion.rejectReason] : null,
      merged ? ['已合并到', merged] : null,
    ].filter(Boolean).map(row));
    const f = opinion.forwarding;
    forwarding.hidden = !f;
    if (f) {
      forwarding.replaceChildren(h('h3', { text: '报送上级' }), h('dl', { class: 'details' }, ...[
        ['上级政协', f.committeeName],
        ['报送时间', chineseDateTime(f.forwardedAt)],
        ['上级采用', f.adopted ? `已采用（${chineseDateTime(f.adoptedAt)}）` : '尚未采用'],
        ['上级批示', f.instruction, { class: 'wide', 'data-instruction': true }],
      ].map(row)));
    }
  }

  async function showHistory() {
    const history = await api.listOpinionHistory(opinion.id);
    timeline.replaceChildren(...history.items.map((step) => {
      const moved = step.fromStatus && step.fromStatus !== step.toStatus
        ? `${labelOf(OPINION_STATUSES, step.fromStatus)} → ${labelOf(OPINION_STATUSES, step.toStatus)}` : labelOf(OPINION_STATUSES, step.toStatus);
      const facts = [
        step.assignedUnit ? `承办单位：${step.assignedUnit}` : null,
        step.dueDate ? `期限：${chineseDate(step.dueDate)}` : null,
        step.resolvedOn ? `办结：${chineseDate(step.resolvedOn)}` : null,
        step.feedback ? `评价：${labelOf(OPINION_FEEDBACKS, step.feedback)}` : null,
        step.mergedIntoId ? `并入社情民意 ${step.mergedIntoId}` : null,
      ].filter(Boolean);
      return h('li', { 'data-history-action': step.action },
        h('p', { class: 'timeline-head' },
          h('strong', { class: 'action', text: labelOf(OPINION_ACTIONS, step.action) }),
          h('span', { class: 'meta-inline', text: ` ${moved} · ${step.actor} · ${chineseDateTime(step.at)}` })),
        facts.length ? h('p', { class: 'timeline-facts', text: facts.join('；') }) : null,
        step.note ? h('p', { class: 'timeline-note', text: step.note }) : null);
    }));
  }

  async function reload() {
    opinion = await api.getOpinion(opinion.id);
    showOpinion();
    await showHistory();
  }

  /** The dialog of one step, made the first time it is asked for. */
  function stepDialog(action) {
    if (steps.has(action)) return steps.get(action);
    const fields = ACTION_FIELDS[action]?.() ?? [NOTE];
    const dialog = formDialog({ title: labelOf(OPINION_ACTIONS, action), fields, submitLabel: '确定' });
    dialog.dataset.transitionDialog = action;
    const form = dialog.querySelector('[data-form]');
    const similar = action === 'MERGE' ? h('div', { class: 'similar', 'data-merge-candidates': true }) : null;
    if (similar) form.elements.namedItem('mergeIntoId').closest('.field').after(similar);
    const step = { dialog, form, fields, similar, banner: form.querySelector('[data-banner]') };
    form.addEventListener('submit', (event) => { event.preventDefault(); send(action, step); });
    dialog.addEventListener('click', (event) => {
      const target = event.target.closest('[data-action]');
      if (!target) return;
      if (target.dataset.action === 'close-dialog') dialog.close();
      else if (target.dataset.action === 'reload') reload().then(() => openStep(action), () => {});
      else if (target.dataset.action === 'choose-merge') form.elements.namedItem('mergeIntoId').value = target.dataset.id;
    });
    root.append(dialog);
    steps.set(action, step);
    return step;
  }

  function openStep(action) {
    const step = stepDialog(action);
    const label = opinion.actions.find((a) => a.action === action)?.label ?? labelOf(OPINION_ACTIONS, action);
    step.dialog.querySelector('h2').textContent = `${label}：${opinion.title}`;
    hideBanner(step.banner);
    clearFieldErrors(step.form);
    const values = {
      resolvedOn: beijingDay(),
      ...(action === 'REOPEN' ? { assignedUnit: opinion.assignedUnit, dueDate: opinion.dueDate } : {}),
    };
    fillForm(step.form, step.fields, values);
    if (step.similar) showMergeCandidates(step.similar);
    if (!step.dialog.open) step.dialog.showModal();
    step.form.querySelector('input, select, textarea')?.focus();
  }

  /** For 合并: the same township's open opinions most like this one, to choose the one it joins. */
  async function showMergeCandidates(box) {
    box.replaceChildren(h('p', { class: 'hint', text: '正在查找相似的社情民意…' }));
    try {
      const found = await api.findSimilarOpinions({
        townshipId: opinion.townshipId, text: `${opinion.title} ${opinion.content}`.slice(0, 2000), excludeId: opinion.id,
      });
      box.replaceChildren(found.items.length
        ? h('ul', {}, found.items.map((o) => h('li', {},
          h('button', { type: 'button', class: 'link', 'data-action': 'choose-merge', 'data-id': o.id, text: '选用' }),
          h('a', { href: opinionHref(committee.id, o.id), target: '_blank', rel: 'noopener', text: `${o.id} ${o.title}` }),
          h('span', { class: 'meta-inline', text: ` ${labelOf(OPINION_STATUSES, o.status)} · 相似度 ${Math.round(o.score * 100)}%` }))))
        : h('p', { class: 'hint', text: '本乡镇（街道）没有相似的未办结社情民意，可直接填写编号。' }));
    } catch {
      box.replaceChildren();
    }
  }

  async function send(action, step) {
    if (reportMissing(missingFields(step.form, step.fields), { banner: step.banner, form: step.form })) return;
    const submit = step.form.querySelector('[type="submit"]');
    submit.disabled = true;
    hideBanner(step.banner);
    try {
      opinion = await api.transitionOpinion(opinion.id, { action, ...readForm(step.form, step.fields) }, opinion.version);
      step.dialog.close();
      notice.textContent = `已${labelOf(OPINION_ACTIONS, action)}：现为“${labelOf(OPINION_STATUSES, opinion.status)}”`;
      showOpinion();
      await showHistory();
    } catch (error) {
      // 409 names the steps allowed now: the buttons follow what the service says.
      reportProblem(error, { banner: step.banner, form: step.form, subject: '该社情民意', verb: labelOf(OPINION_ACTIONS, action) });
      if (error instanceof api.ApiError && error.status === 409) {
        api.getOpinion(opinion.id).then((fresh) => { opinion = fresh; showOpinion(); }, () => {});
      }
    } finally {
      submit.disabled = false;
    }
  }

  root.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action="transition"]');
    if (target && actions.contains(target)) {
      hideBanner(banner);
      notice.textContent = '';
      openStep(target.dataset.transition);
    }
  });

  showOpinion();
  try {
    await showHistory();
  } catch (error) {
    reportProblem(error, { banner });
  }
}
