// 接待走访: studio reception days, household visits, inspections and public talks, each with its place,
// the members present and the people received. Above the list, the two figures the articles quote for
// the filters chosen: how many visits (次) and how many people they received (人次).
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { setChoices, setOptions } from '../form.js';
import { beijingDay, chineseDate, count } from '../format.js';
import { VISIT_KINDS, labelOf, optionsOf } from '../labels.js';
import { currentCaller, may, mayChangeVisit } from '../permissions.js';

/** How many members a row names before it says 等 N 位. */
const NAMED_MEMBERS = 3;

const optionsFrom = (items) => items.map((item) => ({ value: String(item.id), label: item.name }));
const memberOption = (m) => ({ value: String(m.id), label: [m.name, m.townshipName].filter(Boolean).join(' · ') });

function whenCell(visit) {
  return h('span', { class: 'lines nowrap' },
    h('span', { text: chineseDate(visit.date) }),
    h('span', { class: 'meta-inline', text: `${visit.startTime}–${visit.endTime}` }));
}

function placeCell(visit) {
  const where = [visit.townshipName, visit.villageName].filter(Boolean).join(' · ');
  const at = [visit.studioName, visit.platformName].filter(Boolean);
  return h('span', { class: 'lines' }, h('span', { text: where }), at.map((name) => h('span', { class: 'meta-inline', text: name })));
}

function membersCell(visit) {
  const names = visit.members.map((m) => m.name);
  const shown = names.slice(0, NAMED_MEMBERS).join('、');
  const cell = h('span', { 'data-members': true, text: names.length > NAMED_MEMBERS ? `${shown}等 ${names.length} 位` : shown });
  if (names.length > NAMED_MEMBERS) cell.title = names.join('、');
  return cell;
}

function topicCell(visit) {
  return h('span', { class: 'lines' },
    h('span', { text: visit.topic }),
    visit.notes ? h('span', { class: 'meta-inline clipped', title: visit.notes, text: visit.notes }) : null);
}

export async function render(root, { committee, query }) {
  const caller = currentCaller();
  const scope = { committeeId: committee.id, size: 200, sort: 'name' };
  const groupLead = ['CONVENOR', 'LIAISON'].includes(caller.role) && caller.groupId;
  const [townships, studios, platforms, members, group] = await Promise.all([
    api.listTownships(scope), api.listStudios(scope), api.listPlatforms(scope), api.listMembers(scope),
    groupLead ? api.listMembers({ ...scope, groupId: caller.groupId }) : null]);
  // A convenor or liaison records and changes only visits of their group's members.
  const groupMemberIds = new Set((group?.items ?? []).map((m) => m.id));
  const choosable = group ? group.items : members.items;
  // The member the address names may be beyond the first 200: it is added to the filter so it shows.
  const memberFilter = optionsFrom(members.items);
  const askedMember = query.get('memberId');
  if (askedMember && !memberFilter.some((o) => o.value === askedMember)) {
    const member = await api.getMember(askedMember).catch(() => null);
    if (member) memberFilter.push({ value: String(member.id), label: member.name });
  }
  const villagesOf = new Map();
  const inTownship = (items, townshipId) => optionsFrom(items.filter((i) => String(i.townshipId) === String(townshipId)));

  /** The township's villages, studios and platforms, keeping the chosen ones that are still there. */
  async function showPlaces(form, chosen = {}) {
    const townshipId = form.elements.namedItem('townshipId').value;
    setOptions(form, 'studioId', inTownship(studios.items, townshipId), chosen.studioId);
    setOptions(form, 'platformId', inTownship(platforms.items, townshipId), chosen.platformId);
    setOptions(form, 'villageId', [], null);
    if (!townshipId) return;
    if (!villagesOf.has(townshipId)) {
      villagesOf.set(townshipId, api.listVillages({ townshipId, size: 200, sort: 'name' }).then((p) => optionsFrom(p.items)));
    }
    const villages = await villagesOf.get(townshipId).catch(() => []);
    if (form.elements.namedItem('townshipId').value === townshipId) setOptions(form, 'villageId', villages, chosen.villageId);
  }

  /** The members one may tick; a member's own name is ticked and locked, since they record their own visits. */
  function showMembers(form, visit) {
    const present = visit?.members ?? [];
    const options = [...choosable.map(memberOption),
      ...present.filter((m) => !choosable.some((c) => c.id === m.id)).map((m) => ({ value: String(m.id), label: m.name }))];
    const own = caller.role === 'MEMBER' && caller.memberId ? [String(caller.memberId)] : [];
    if (own.length && !options.some((o) => o.value === own[0])) options.unshift({ value: own[0], label: caller.displayName });
    // One's own name and those already present head the list, so they are seen without scrolling.
    const first = new Set([...own, ...present.map((m) => String(m.id))]);
    const ordered = [...options.filter((o) => first.has(o.value)), ...options.filter((o) => !first.has(o.value))];
    setChoices(form, 'memberIds', ordered, present.map((m) => m.id), own);
  }

  /** A reception day is held at a studio: the studio is asked for only then. */
  function showStudioNeed(form) {
    const select = form.elements.namedItem('studioId');
    const needed = form.elements.namedItem('kind').value === 'RECEPTION_DAY';
    select.required = needed;
    select.closest('.field').querySelector('label .required')?.remove();
    if (needed) select.closest('.field').querySelector('label').append(h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' }));
  }

  const summary = (page) => `共 ${count(page.total, '次')}接待走访，接待群众 ${count(page.peopleReceived, '人次')}，委员参与 ${count(page.membersPresent, '人次')}`;

  return mountCrud(root, {
    noun: '接待走访',
    createLabel: '记录接待走访',
    title: '接待走访',
    intro: '委员工作室接待日、下户走访、视察和民情恳谈会的记录。上方的次数和人次按当前筛选条件统计全部记录，不只是本页。',
    empty: may('createVisit') ? '还没有接待走访记录，点击“记录接待走访”添加' : '还没有接待走访记录',
    api: { list: api.listVisits, export: api.exportVisits, get: api.getVisit, create: api.createVisit, update: api.updateVisit, remove: api.deleteVisit },
    scope: { committeeId: committee.id },
    path: `/committees/${committee.id}/visits`,
    query,
    sort: '-date',
    summary,
    filters: [
      { name: 'kind', type: 'select', label: '类型', options: optionsOf(VISIT_KINDS) },
      { name: 'townshipId', type: 'select', label: '乡镇（街道）', options: optionsFrom(townships.items) },
      { name: 'studioId', type: 'select', label: '工作室', options: optionsFrom(studios.items) },
      { name: 'memberId', type: 'select', label: '委员', options: memberFilter },
      { name: 'from', type: 'date', label: '日期自' },
      { name: 'to', type: 'date', label: '至' },
    ],
    columns: [
      { key: 'date', label: '日期和时间', sort: 'date', cell: whenCell },
      { key: 'kind', label: '类型', cell: (v) => h('span', { class: `visit-kind kind-${v.kind.toLowerCase()}`, text: labelOf(VISIT_KINDS, v.kind) }) },
      { key: 'place', label: '地点', cell: placeCell },
      { key: 'members', label: '参加委员', cell: membersCell },
      { key: 'peopleReceived', label: '人次', sort: 'peopleReceived', cell: (v) => h('span', { class: 'nowrap', text: count(v.peopleReceived, '人次') }) },
      { key: 'topic', label: '主题', cell: topicCell },
    ],
    fields: [
      { name: 'kind', label: '类型', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(VISIT_KINDS) },
      { name: 'date', label: '日期', type: 'date', required: true, hint: '不能晚于今天（北京时间）' },
      { name: 'startTime', label: '开始时间', type: 'time', required: true },
      { name: 'endTime', label: '结束时间', type: 'time', required: true, hint: '须晚于开始时间；同一委员同一时间只能在一处' },
      { name: 'townshipId', label: '乡镇（街道）', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: optionsFrom(townships.items) },
      { name: 'villageId', label: '村（社区）', type: 'select', numeric: true, blankLabel: '（不指定）', options: [] },
      { name: 'studioId', label: '委员工作室', type: 'select', numeric: true, blankLabel: '（无）', options: [], hint: '接待日须选择所在乡镇（街道）的工作室' },
      { name: 'platformId', label: '联系平台', type: 'select', numeric: true, blankLabel: '（无）', options: [] },
      { name: 'memberIds', label: '参加的委员', type: 'checkboxes', required: true, numeric: true, search: '按姓名或乡镇查找',
        hint: group ? '只列出本活动组的委员；至少一位' : '至少一位' },
      { name: 'peopleReceived', label: '接待群众（人次）', type: 'number', required: true, min: 0, max: 100000 },
      { name: 'topic', label: '主题', required: true, maxLength: 200, hint: '如：下户走访：友谊小学门前增设减速带' },
      { name: 'notes', label: '记录', type: 'textarea', maxLength: 4000, hint: '群众反映的情况、处理情况' },
    ],
    defaults: () => ({ date: beijingDay() }),
    toForm: (visit) => ({ ...visit, memberIds: visit.members.map((m) => m.id) }),
    prepareForm(form, visit) {
      form.elements.namedItem('date').max = beijingDay();
      showStudioNeed(form);
      showMembers(form, visit);
      showPlaces(form, visit ?? {});
    },
    formChanged(form, input) {
      if (input.name === 'kind') showStudioNeed(form);
      else if (input.name === 'townshipId') showPlaces(form);
    },
    toBody: (values) => ({ committeeId: committee.id, ...values }),
    may: {
      create: may('createVisit'),
      update: (visit) => mayChangeVisit('updateVisit', visit, groupMemberIds),
      remove: (visit) => mayChangeVisit('deleteVisit', visit, groupMemberIds),
    },
    nameOf: (visit) => `${chineseDate(visit.date)} ${visit.topic}`,
    rowActions: [
      { name: 'visit-opinions', label: '社情民意', href: (v) => `#/committees/${committee.id}/opinions?visitId=${v.id}` },
    ],
  });
}
