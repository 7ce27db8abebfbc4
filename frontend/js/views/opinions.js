// 社情民意: the problems and wishes of the public that members record, with the figures the articles
// quote for the filters chosen (收集、已解决、待确认、逾期、报送上级、被采用). Recording one looks for likely
// duplicates in the same township while the member types; the list engine's Idempotency-Key, one per dialog,
// makes a double click or a retry record it once.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h, saveBlob } from '../dom.js';
import { setChoices, setOptions, showField } from '../form.js';
import { beijingDay, chineseDate, chineseMonth, count } from '../format.js';
import { OPINION_FIGURES, OPINION_SOURCES, OPINION_STATUSES, OPINION_STATUS_GROUPS, VISIT_KINDS, labelOf, optionsOf } from '../labels.js';
import { currentCaller, may, mayChangeOpinion } from '../permissions.js';
import { reportProblem } from '../problems.js';

const SIMILAR_DELAY_MS = 400;
const optionsFrom = (items) => items.map((item) => ({ value: String(item.id), label: item.name }));
const memberOption = (m) => ({ value: String(m.id), label: [m.name, m.townshipName].filter(Boolean).join(' · ') });
const BOOLEAN_OPTIONS = [{ value: 'true', label: '是' }, { value: 'false', label: '否' }];
/** What each figure counts, shown on hover; the summary and the list with figure= count alike. */
const FIGURE_HINTS = {
  COLLECTED: '期间内收集且已上报的（草稿和被合并的不计）',
  ACCEPTED: '期间内委员工作处采用的',
  RESOLVED: '办结日期在期间内的',
  SOLVED: (days) => `期间内群众评价满意或基本满意，或办结录入后 ${days} 天无评价的`,
  AWAITING_CONFIRMATION: '期末已办结、尚待群众确认的',
  OVERDUE: '期末已过办理期限仍未办结的',
  OPEN: '期末已上报、尚未办结的',
  FORWARDED: '期间内报送上级的',
  ADOPTED: '期间内被上级采用的',
};
const SUMMARY_FIELDS = {
  COLLECTED: 'collected', ACCEPTED: 'accepted', RESOLVED: 'resolved', SOLVED: 'solved',
  AWAITING_CONFIRMATION: 'awaitingConfirmation', OVERDUE: 'overdue', OPEN: 'open', FORWARDED: 'forwarded', ADOPTED: 'adopted',
};
/** The record a source names: a visit, a duty turn or a studio. */
const SOURCE_FIELDS = { VISIT: 'visitId', DUTY_TURN: 'dutyTurnId', STUDIO: 'studioId' };

/** The list's filters as listOpinions reads them: a grouped status becomes its states, repeated. */
export function opinionQuery(chosen) {
  const { status, ...rest } = chosen;
  return status ? { ...rest, status: status.split(',') } : rest;
}

export const opinionHref = (committeeId, id) => `#/committees/${committeeId}/opinions/${id}`;

/** 已交办, with 逾期 beside it when past its due date. */
export function statusBadge(opinion) {
  return h('span', { class: 'lines' },
    h('span', { class: `status opinion-${opinion.status.toLowerCase()}`, 'data-status': opinion.status, text: labelOf(OPINION_STATUSES, opinion.status) }),
    opinion.overdue ? h('span', { class: 'badge overdue', text: '逾期' }) : null,
    opinion.solved ? h('span', { class: 'badge solved', text: '已解决' }) : null,
    opinion.awaitingConfirmation ? h('span', { class: 'badge awaiting', text: '待确认' }) : null,
    opinion.forwarding ? h('span', { class: 'badge forwarded', text: opinion.forwarding.adopted ? '上级已采用' : '已报送上级' }) : null);
}

export async function render(root, { committee, query }) {
  const caller = currentCaller();
  const scope = { committeeId: committee.id, size: 200, sort: 'name' };
  const groupLead = ['CONVENOR', 'LIAISON'].includes(caller.role) && caller.groupId;
  const [categories, townships, members, studios, platforms, group] = await Promise.all([
    api.listOpinionCategories({ committeeId: committee.id, size: 200 }), api.listTownships(scope), api.listMembers(scope),
    api.listStudios(scope), api.listPlatforms(scope), groupLead ? api.listMembers({ ...scope, groupId: caller.groupId }) : null]);
  // The office (and reporting) of a committee reads what lower committees forward (报送) to it, to adopt it.
  const forwardedFilter = ['ADMIN', 'OFFICE', 'REPORTER'].includes(caller.role)
    ? [{ name: 'forwardedToId', type: 'select', label: '范围', allLabel: '本政协', options: [{ value: String(committee.id), label: '下级政协报送来的' }] }]
    : [];
  const groupMemberIds = new Set((group?.items ?? []).map((m) => m.id));
  const choosable = group ? group.items : members.items;
  const categoryOptions = optionsFrom(categories.items);
  const townshipOptions = optionsFrom(townships.items);

  // Filters the address names beyond the loaded choices (a member past the first 200, a visit) still show.
  const memberFilter = optionsFrom(members.items);
  const askedMember = query.get('memberId');
  if (askedMember && !memberFilter.some((o) => o.value === askedMember)) {
    memberFilter.push({ value: askedMember, label: askedMember === String(caller.memberId) ? caller.displayName : `委员 ${askedMember}` });
  }
  const askedVisit = query.get('visitId');
  const visitFilter = askedVisit ? [await visitChoice(askedVisit)] : null;

  const state = { editing: null, similarTimer: 0, similarTicket: 0 };
  const villagesOf = new Map();
  const visitsOf = new Map();
  let turns = null;

  // The figures for every filter chosen; each opens the list of what it counts (figure=), whose total is the figure.
  const figures = h('dl', { class: 'figures opinion-figures', 'data-opinion-summary': true, 'aria-live': 'polite' });
  async function showFigures(chosen) {
    const { figure: shown, ...filters } = chosen;
    try {
      const summary = await api.getOpinionSummary(ownOrForwarded(opinionQuery({ committeeId: committee.id, ...filters })));
      const href = (key) => `#/committees/${committee.id}/opinions?${new URLSearchParams({ ...filters, figure: key })}`;
      figures.replaceChildren(...Object.entries(OPINION_FIGURES).map(([key, label]) => {
        const hint = typeof FIGURE_HINTS[key] === 'function' ? FIGURE_HINTS[key](summary.confirmAfterDays) : FIGURE_HINTS[key];
        return h('div', { 'data-figure': label, title: hint, class: key === shown ? 'chosen' : null },
          h('dt', { text: label }),
          h('dd', {}, h('a', { href: href(key), 'data-figure-link': key, 'aria-current': key === shown ? 'true' : null,
            text: count(summary[SUMMARY_FIELDS[key]], '条') })));
      }));
    } catch {
      figures.replaceChildren();
    }
  }

  /** What the lower committees forwarded belongs to them: it is asked for by forwardedToId alone. */
  const ownOrForwarded = ({ committeeId, ...chosen }) => (chosen.forwardedToId ? chosen : { committeeId, ...chosen });

  async function listOpinions(listQuery) {
    const { page, size, sort, committeeId, ...chosen } = listQuery;
    const [answer] = await Promise.all([api.listOpinions(ownOrForwarded(opinionQuery(listQuery))), showFigures(chosen)]);
    return answer;
  }

  /** 导出: the CSV or Excel file of exactly the list's filters, fetched with the session's token and saved. */
  const exportButton = h('button', {
    type: 'button', 'data-action': 'export-opinions', text: '导出 CSV', title: '按当前筛选条件导出社情民意（CSV）',
  });
  const excelButton = h('button', {
    type: 'button', 'data-action': 'export-opinions-xlsx', text: '导出 Excel', title: '按当前筛选条件导出社情民意（Excel）',
  });
  async function exportFile(format) {
    const filters = root.querySelector('[data-filters]');
    const chosen = Object.fromEntries([...new FormData(filters)].filter(([, v]) => String(v).trim()));
    exportButton.disabled = true;
    excelButton.disabled = true;
    try {
      const blob = await api.exportOpinions(ownOrForwarded(opinionQuery({ committeeId: committee.id, ...chosen })), format);
      root.querySelector('[data-notice]').textContent = '已导出';
      saveBlob(blob, `社情民意-${beijingDay()}.${format}`);
    } catch (error) {
      reportProblem(error, { banner: root.querySelector('[data-banner]') });
    } finally {
      exportButton.disabled = false;
      excelButton.disabled = false;
    }
  }
  root.addEventListener('click', (event) => {
    if (event.target.closest('[data-action="export-opinions"]')) exportFile('csv');
    if (event.target.closest('[data-action="export-opinions-xlsx"]')) exportFile('xlsx');
    // A figure shows, in place, the list of what it counts: its 统计项 is chosen and the list reloads.
    const figureLink = event.target.closest('[data-figure-link]');
    const figureFilter = root.querySelector('#filter-figure');
    if (figureLink && figureFilter && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      figureFilter.value = figureLink.dataset.figureLink;
      figureFilter.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });

  const shortcuts = h('div', { class: 'shortcuts' },
    caller.memberId ? h('a', { class: 'button-link', href: `#/committees/${committee.id}/opinions?memberId=${caller.memberId}`, 'data-link': 'my-opinions', text: '我的社情民意' }) : null,
    may('createOpinionCategory') ? h('a', { class: 'button-link', href: `#/committees/${committee.id}/opinion-categories`, 'data-link': 'opinion-categories', text: '社情民意类别' }) : null);

  async function visitChoice(id) {
    const visit = await api.getVisit(id).catch(() => null);
    return { value: String(id), label: visit ? `${chineseDate(visit.date)} ${labelOf(VISIT_KINDS, visit.kind)}：${visit.topic}` : `接待走访 ${id}` };
  }

  /** The township's villages, and the visits, turns and studios a source may name there. */
  async function showPlaces(form, chosen = {}) {
    const townshipId = form.elements.namedItem('townshipId').value;
    setOptions(form, 'villageId', [], null);
    setOptions(form, 'studioId', optionsFrom(studios.items.filter((s) => String(s.townshipId) === townshipId)), chosen.studioId);
    setOptions(form, 'visitId', chosen.visitId ? [await visitChoice(chosen.visitId)] : [], chosen.visitId);
    setOptions(form, 'dutyTurnId', chosen.dutyTurnId ? [{ value: String(chosen.dutyTurnId), label: `轮值 ${chosen.dutyTurnId}` }] : [], chosen.dutyTurnId);
    if (!townshipId) return;
    if (!villagesOf.has(townshipId)) {
      villagesOf.set(townshipId, api.listVillages({ townshipId, size: 200, sort: 'name' }).then((p) => optionsFrom(p.items)));
    }
    if (!visitsOf.has(townshipId)) {
      visitsOf.set(townshipId, api.listVisits({ committeeId: committee.id, townshipId, size: 100, sort: '-date' })
        .then((p) => p.items.map((v) => ({ value: String(v.id), label: `${chineseDate(v.date)} ${labelOf(VISIT_KINDS, v.kind)}：${v.topic}` }))));
    }
    turns ??= api.listDutyTurns({ committeeId: committee.id, sort: '-month', size: 200 }).then((p) => p.items);
    const [villages, visits, allTurns] = await Promise.all([villagesOf.get(townshipId), visitsOf.get(townshipId), turns].map((p) => p.catch(() => [])));
    if (form.elements.namedItem('townshipId').value !== townshipId) return;
    const here = new Set(platforms.items.filter((p) => String(p.townshipId) === townshipId).map((p) => p.id));
    const turnOptions = allTurns.filter((t) => here.has(t.platformId))
      .map((t) => ({ value: String(t.id), label: `${chineseMonth(t.month)} ${t.memberName} · ${t.platformName}` }));
    const keep = (options, id) => (id && !options.some((o) => o.value === String(id)) ? [...options, { value: String(id), label: `编号 ${id}` }] : options);
    setOptions(form, 'villageId', villages, chosen.villageId);
    setOptions(form, 'visitId', keep(visits, chosen.visitId), chosen.visitId);
    setOptions(form, 'dutyTurnId', keep(turnOptions, chosen.dutyTurnId), chosen.dutyTurnId);
  }

  /** Only the record the chosen source needs is asked for. */
  function showSource(form) {
    const source = form.elements.namedItem('source').value;
    for (const [kind, name] of Object.entries(SOURCE_FIELDS)) showField(form, name, source === kind);
  }

  /** The members one may tick; a member's own name is ticked and locked, as they record their own. */
  function showMembers(form, opinion) {
    const present = opinion?.submitters ?? [];
    const options = [...choosable.map(memberOption),
      ...present.filter((m) => !choosable.some((c) => c.id === m.id)).map((m) => ({ value: String(m.id), label: m.name }))];
    const own = caller.role === 'MEMBER' && caller.memberId ? [String(caller.memberId)] : [];
    if (own.length && !options.some((o) => o.value === own[0])) options.unshift({ value: own[0], label: caller.displayName });
    const first = new Set([...own, ...present.map((m) => String(m.id))]);
    const ordered = [...options.filter((o) => first.has(o.value)), ...options.filter((o) => !first.has(o.value))];
    setChoices(form, 'memberIds', ordered, present.map((m) => m.id), own);
  }

  /** 可能重复: the same township's open opinions most like what is being typed, each a link to open beside. */
  function similarBox(form) {
    let box = form.querySelector('[data-similar]');
    if (!box) {
      box = h('div', { class: 'similar', 'data-similar': true, 'aria-live': 'polite', hidden: true });
      form.elements.namedItem('content').closest('.field').after(box);
    }
    return box;
  }

  function lookForSimilar(form) {
    clearTimeout(state.similarTimer);
    state.similarTimer = setTimeout(() => findSimilar(form), SIMILAR_DELAY_MS);
  }

  async function findSimilar(form) {
    const box = similarBox(form);
    const townshipId = form.elements.namedItem('townshipId').value;
    const text = `${form.elements.namedItem('title').value} ${form.elements.namedItem('content').value}`.trim().slice(0, 2000);
    const ticket = ++state.similarTicket;
    if (!townshipId || text.length < 2) { box.hidden = true; return; }
    try {
      const found = await api.findSimilarOpinions({ townshipId, text, excludeId: state.editing?.id });
      if (ticket !== state.similarTicket) return;
      box.hidden = found.items.length === 0;
      box.replaceChildren(
        h('p', {}, h('strong', { text: '可能重复：' }), '本乡镇（街道）尚未办结的社情民意中有相似的，请先看看是否同一件事，重复的可由委员工作处合并。'),
        h('ul', {}, found.items.map((o) => h('li', { 'data-similar-id': o.id },
          h('a', { href: opinionHref(committee.id, o.id), target: '_blank', rel: 'noopener', text: o.title }),
          h('span', { class: 'meta-inline', text: ` ${chineseDate(o.collectedOn)} · ${labelOf(OPINION_STATUSES, o.status)} · 相似度 ${Math.round(o.score * 100)}%` })))));
    } catch {
      if (ticket === state.similarTicket) box.hidden = true;
    }
  }

  /** A new opinion is recorded and submitted, or kept as a draft; an existing one is only saved. */
  function showSubmitButtons(form, opinion) {
    const [first, draft] = form.querySelectorAll('[type="submit"]');
    first.textContent = opinion ? '保存' : '记录并上报';
    draft.hidden = Boolean(opinion);
  }

  return mountCrud(root, {
    noun: '社情民意',
    createLabel: '记录社情民意',
    title: '社情民意',
    intro: '委员收集的群众问题和建议，从上报、采用、交办、办理到办结评价的全过程。上方的数字按全部筛选条件统计，不只是本页；点数字列出它所计的社情民意（统计项），日期按该项的日期筛选；点击标题查看详情和办理记录。',
    empty: may('createOpinion') ? '还没有社情民意，点击“记录社情民意”添加' : '还没有社情民意',
    api: {
      list: listOpinions,
      get: api.getOpinion,
      create: api.createOpinion,
      update: api.updateOpinion,
      remove: api.deleteOpinion,
    },
    scope: { committeeId: committee.id },
    path: `/committees/${committee.id}/opinions`,
    query,
    sort: '-collectedOn',
    lead: [figures],
    tools: [shortcuts, exportButton, excelButton],
    filters: [
      { name: 'q', type: 'search', label: '关键词', placeholder: '在标题和内容中查找' },
      { name: 'status', type: 'select', label: '状态', options: optionsOf(OPINION_STATUS_GROUPS) },
      { name: 'categoryId', type: 'select', label: '类别', options: categoryOptions },
      { name: 'townshipId', type: 'select', label: '乡镇（街道）', options: townshipOptions },
      { name: 'source', type: 'select', label: '来源', options: optionsOf(OPINION_SOURCES) },
      { name: 'memberId', type: 'select', label: '提交委员', options: memberFilter },
      ...(visitFilter ? [{ name: 'visitId', type: 'select', label: '接待走访', options: visitFilter }] : []),
      ...forwardedFilter,
      { name: 'overdue', type: 'select', label: '逾期', options: BOOLEAN_OPTIONS },
      { name: 'solved', type: 'select', label: '已解决', options: BOOLEAN_OPTIONS },
      { name: 'figure', type: 'select', label: '统计项', allLabel: '（不限，按收集日期）', options: optionsOf(OPINION_FIGURES) },
      { name: 'from', type: 'date', label: '日期自' },
      { name: 'to', type: 'date', label: '至' },
    ],
    columns: [
      { key: 'title', label: '标题', cell: (o) => h('span', { class: 'lines' },
        h('a', { href: opinionHref(committee.id, o.id), 'data-opinion-link': o.id, text: o.title }),
        h('span', { class: 'meta-inline', text: `${o.categoryName} · ${labelOf(OPINION_SOURCES, o.source)}` })) },
      { key: 'collectedOn', label: '收集日期', sort: 'collectedOn', cell: (o) => h('span', { class: 'nowrap', text: chineseDate(o.collectedOn) }) },
      { key: 'place', label: '地点', cell: (o) => [o.townshipName, o.villageName].filter(Boolean).join(' · ') },
      { key: 'submitters', label: '提交委员', cell: (o) => o.submitters.map((m) => m.name).join('、') },
      { key: 'raisedBy', label: '反映人', cell: (o) => [o.raisedByName, o.raisedByPhone].filter(Boolean).join(' ') || '—' },
      { key: 'status', label: '状态', cell: statusBadge },
      { key: 'dueDate', label: '承办单位和期限', sort: 'dueDate', cell: (o) => (o.assignedUnit
        ? h('span', { class: 'lines' }, h('span', { text: o.assignedUnit }), o.dueDate ? h('span', { class: 'meta-inline', text: `${chineseDate(o.dueDate)}前` }) : null)
        : '—') },
    ],
    fields: [
      { name: 'title', label: '标题', required: true, maxLength: 100, hint: '一句话说清问题，如：建设村通村道路破损' },
      { name: 'content', label: '内容', type: 'textarea', required: true, maxLength: 4000, hint: '反映的问题和建议' },
      { name: 'categoryId', label: '类别', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: categoryOptions },
      { name: 'collectedOn', label: '收集日期', type: 'date', required: true, hint: '不能晚于今天（北京时间）' },
      { name: 'townshipId', label: '乡镇（街道）', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: townshipOptions },
      { name: 'villageId', label: '村（社区）', type: 'select', numeric: true, blankLabel: '（不指定）', options: [] },
      { name: 'source', label: '来源', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(OPINION_SOURCES) },
      { name: 'visitId', label: '接待走访', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: [], hint: '所选乡镇（街道）最近的接待走访' },
      { name: 'dutyTurnId', label: '轮值', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: [], hint: '所选乡镇（街道）联系平台的轮值' },
      { name: 'studioId', label: '委员工作室', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: [] },
      { name: 'memberIds', label: '提交的委员', type: 'checkboxes', required: true, numeric: true, search: '按姓名或乡镇查找',
        hint: group ? '只列出本活动组的委员；1–20 位' : '1–20 位' },
      { name: 'raisedByName', label: '反映人姓名', maxLength: 50, hint: '个人信息，可不填；只有委员工作处和提交的委员能看到' },
      { name: 'raisedByPhone', label: '反映人电话', maxLength: 20, hint: '可不填，如 13812341234' },
    ],
    submitButtons: [{ label: '记录并上报', value: 'submit', primary: true }, { label: '存为草稿', value: 'draft' }],
    defaults: () => ({ collectedOn: beijingDay(), townshipId: query.get('townshipId') ?? '' }),
    toForm: (opinion) => ({ ...opinion, memberIds: opinion.submitters.map((m) => m.id) }),
    prepareForm(form, opinion) {
      state.editing = opinion ?? null;
      form.elements.namedItem('collectedOn').max = beijingDay();
      similarBox(form).hidden = true;
      showSubmitButtons(form, opinion);
      showSource(form);
      showMembers(form, opinion);
      showPlaces(form, opinion ?? {});
    },
    formChanged(form, input) {
      if (input.name === 'source') showSource(form);
      else if (input.name === 'townshipId') { showPlaces(form); lookForSimilar(form); }
    },
    formInput(form, input) {
      if (input.name === 'title' || input.name === 'content') lookForSimilar(form);
    },
    toBody: (values, { intent, editing }) => ({ committeeId: committee.id, ...values, ...(editing ? {} : { submit: intent !== 'draft' }) }),
    may: {
      create: may('createOpinion'),
      update: (opinion) => mayChangeOpinion('updateOpinion', opinion, groupMemberIds),
      remove: (opinion) => mayChangeOpinion('deleteOpinion', opinion, groupMemberIds),
    },
    nameOf: (opinion) => opinion.title,
    rowActions: [
      { name: 'opinion-detail', label: '办理', shows: (o) => o.actions.length > 0, href: (o) => opinionHref(committee.id, o.id) },
    ],
  });
}
