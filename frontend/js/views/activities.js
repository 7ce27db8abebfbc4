// 自选动作: research reports, trainings, volunteer work, school readings and business forums, each with
// the members who took part and the people it reached. Above the list, for the filters chosen, how many
// activities (次) and how many people they reached (人次).
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { setChoices } from '../form.js';
import { beijingDay, chineseDate, count } from '../format.js';
import { ACTIVITY_KINDS, labelOf, optionsOf } from '../labels.js';
import { currentCaller, may, mayChangeActivity } from '../permissions.js';

/** How many members a row names before it says 等 N 位. */
const NAMED_MEMBERS = 3;

const optionsFrom = (items) => items.map((item) => ({ value: String(item.id), label: item.name }));
const memberOption = (m) => ({ value: String(m.id), label: [m.name, m.groupName].filter(Boolean).join(' · ') });

function membersCell(activity) {
  const names = activity.members.map((m) => m.name);
  const shown = names.slice(0, NAMED_MEMBERS).join('、');
  const cell = h('span', { 'data-members': true, text: names.length > NAMED_MEMBERS ? `${shown}等 ${names.length} 位` : shown });
  if (names.length > NAMED_MEMBERS) cell.title = names.join('、');
  return cell;
}

function titleCell(activity) {
  return h('span', { class: 'lines' },
    h('span', { text: activity.title }),
    activity.description ? h('span', { class: 'meta-inline clipped', title: activity.description, text: activity.description }) : null);
}

export async function render(root, { committee, query }) {
  const caller = currentCaller();
  const scope = { committeeId: committee.id, size: 200, sort: 'name' };
  const groupLead = ['CONVENOR', 'LIAISON'].includes(caller.role) && caller.groupId;
  const [members, group] = await Promise.all([
    api.listMembers(scope), groupLead ? api.listMembers({ ...scope, groupId: caller.groupId }) : null]);
  // A convenor or liaison records and changes only activities of their group's members.
  const groupMemberIds = new Set((group?.items ?? []).map((m) => m.id));
  const choosable = group ? group.items : members.items;
  const memberFilter = optionsFrom(members.items);
  const askedMember = query.get('memberId');
  if (askedMember && !memberFilter.some((o) => o.value === askedMember)) {
    const member = await api.getMember(askedMember).catch(() => null);
    if (member) memberFilter.push({ value: String(member.id), label: member.name });
  }

  /** The members one may tick; a member's own name is ticked and locked, since they record their own activities. */
  function showMembers(form, activity) {
    const present = activity?.members ?? [];
    const options = [...choosable.map(memberOption),
      ...present.filter((m) => !choosable.some((c) => c.id === m.id)).map((m) => ({ value: String(m.id), label: m.name }))];
    const own = caller.role === 'MEMBER' && caller.memberId ? [String(caller.memberId)] : [];
    if (own.length && !options.some((o) => o.value === own[0])) options.unshift({ value: own[0], label: caller.displayName });
    const first = new Set([...own, ...present.map((m) => String(m.id))]);
    const ordered = [...options.filter((o) => first.has(o.value)), ...options.filter((o) => !first.has(o.value))];
    setChoices(form, 'memberIds', ordered, present.map((m) => m.id), own);
  }

  const summary = (page) => `共 ${count(page.total, '次')}自选动作，服务群众 ${count(page.peopleReached, '人次')}`;

  return mountCrud(root, {
    noun: '自选动作',
    createLabel: '记录自选动作',
    title: '自选动作',
    intro: '调研报告、培训、志愿服务、进校园读书、企业家座谈等履职活动。上方的次数和人次按当前筛选条件统计全部记录，不只是本页。',
    empty: may('createActivity') ? '还没有自选动作记录，点击“记录自选动作”添加' : '还没有自选动作记录',
    api: { list: api.listActivities, export: api.exportActivities, get: api.getActivity, create: api.createActivity, update: api.updateActivity, remove: api.deleteActivity },
    scope: { committeeId: committee.id },
    path: `/committees/${committee.id}/activities`,
    query,
    sort: '-date',
    summary,
    filters: [
      { name: 'kind', type: 'select', label: '类型', options: optionsOf(ACTIVITY_KINDS) },
      { name: 'memberId', type: 'select', label: '委员', options: memberFilter },
      { name: 'from', type: 'date', label: '日期自' },
      { name: 'to', type: 'date', label: '至' },
    ],
    columns: [
      { key: 'date', label: '日期', sort: 'date', cell: (a) => h('span', { class: 'nowrap', text: chineseDate(a.date) }) },
      { key: 'kind', label: '类型', cell: (a) => h('span', { class: 'nowrap', text: labelOf(ACTIVITY_KINDS, a.kind) }) },
      { key: 'title', label: '名称', cell: titleCell },
      { key: 'members', label: '参加委员', cell: membersCell },
      { key: 'peopleReached', label: '人次', sort: 'peopleReached', cell: (a) => h('span', { class: 'nowrap', text: count(a.peopleReached, '人次') }) },
    ],
    fields: [
      { name: 'kind', label: '类型', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(ACTIVITY_KINDS) },
      { name: 'date', label: '日期', type: 'date', required: true, hint: '不能晚于今天（北京时间）' },
      { name: 'title', label: '名称', required: true, maxLength: 200, hint: '如：关于林下经济发展情况的调研报告' },
      { name: 'memberIds', label: '参加的委员', type: 'checkboxes', required: true, numeric: true, search: '按姓名查找',
        hint: group ? '只列出本活动组的委员；至少一位' : '至少一位' },
      { name: 'peopleReached', label: '服务群众（人次）', type: 'number', required: true, min: 0, max: 100000 },
      { name: 'description', label: '内容', type: 'textarea', maxLength: 4000, hint: '做了什么、形成了什么成果' },
    ],
    defaults: () => ({ date: beijingDay(), peopleReached: 0 }),
    toForm: (activity) => ({ ...activity, memberIds: activity.members.map((m) => m.id) }),
    prepareForm(form, activity) {
      form.elements.namedItem('date').max = beijingDay();
      showMembers(form, activity);
    },
    toBody: (values) => ({ committeeId: committee.id, ...values }),
    may: {
      create: may('createActivity'),
      update: (activity) => mayChangeActivity('updateActivity', activity, groupMemberIds),
      remove: (activity) => mayChangeActivity('deleteActivity', activity, groupMemberIds),
    },
    nameOf: (activity) => `${chineseDate(activity.date)} ${activity.title}`,
  });
}
