// 委员工作室: where members receive the public, offline at an address, online through a channel, or both;
// its reception schedule (每周二、每月1日和15日), its resident members and their lead.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { checkedValues, setOptions, showField } from '../form.js';
import { count } from '../format.js';
import { STUDIO_MODES, WEEKDAYS, labelOf, optionsOf } from '../labels.js';
import { may } from '../permissions.js';

const optionsFrom = (items) => items.map((item) => ({ value: String(item.id), label: item.name }));
const MONTH_DAYS = Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

/** 1日和15日, 1日、10日和20日. */
function listed(words) {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join('、')}和${words.at(-1)}`;
}

/** 每周二、四、每月1日和15日: the schedule's days as people say them; empty when it names none. */
export function scheduleDays(schedule) {
  const weekdays = [...(schedule?.weekdays ?? [])].sort((a, b) => a - b);
  const monthDays = [...(schedule?.monthDays ?? [])].sort((a, b) => a - b);
  return [
    weekdays.length ? `每周${weekdays.map((d) => labelOf(WEEKDAYS, d)).join('、')}` : null,
    monthDays.length ? `每月${listed(monthDays.map((d) => `${d}日`))}` : null,
  ].filter(Boolean).join('、');
}

function scheduleCell(studio) {
  const days = scheduleDays(studio.schedule);
  const note = studio.schedule?.note;
  if (!days && !note) return h('span', { class: 'meta-inline', text: '未定' });
  return h('span', { class: 'schedule', 'data-schedule': true },
    days ? h('span', { text: days }) : null,
    note ? h('span', { class: 'meta-inline', text: note }) : null);
}

function placeCell(studio) {
  const lines = [
    studio.mode !== 'ONLINE' && studio.address ? studio.address : null,
    studio.mode !== 'OFFLINE' && studio.onlineAddress ? `线上：${studio.onlineAddress}` : null,
  ].filter(Boolean);
  return lines.length ? h('span', { class: 'lines' }, lines.map((line) => h('span', { text: line }))) : '—';
}

function residentsCell(studio) {
  return h('span', { class: 'lines' },
    h('span', { text: count(studio.residents.length, '名') }),
    studio.leadMemberName ? h('span', { class: 'meta-inline', text: `负责：${studio.leadMemberName}` }) : null);
}

export async function render(root, { committee }) {
  const scope = { committeeId: committee.id, size: 200, sort: 'name' };
  const [townships, platforms, members] = await Promise.all([
    api.listTownships(scope), api.listPlatforms(scope), api.listMembers(scope)]);
  const townshipOptions = optionsFrom(townships.items);
  const memberOptions = members.items.map((m) => ({ value: String(m.id), label: [m.name, m.townshipName].filter(Boolean).join(' · ') }));
  const memberNames = new Map(members.items.map((m) => [String(m.id), m.name]));
  const platformsIn = (townshipId) => optionsFrom(platforms.items.filter((p) => String(p.townshipId) === String(townshipId)));

  /** Address for OFFLINE and BOTH, the online channel for ONLINE and BOTH. */
  function showModeFields(form) {
    const mode = form.elements.namedItem('mode').value;
    showField(form, 'address', mode !== 'ONLINE');
    showField(form, 'onlineAddress', mode === 'ONLINE' || mode === 'BOTH');
  }

  /** The lead is one of the residents ticked. */
  function showLeadChoices(form, lead) {
    const residents = checkedValues(form, 'residentIds').map((id) => ({ value: id, label: memberNames.get(id) ?? `委员 ${id}` }));
    setOptions(form, 'leadMemberId', residents, lead ?? form.elements.namedItem('leadMemberId').value);
  }

  return mountCrud(root, {
    noun: '委员工作室',
    title: '委员工作室',
    intro: '委员在乡镇（街道）、社区设立的线上线下工作室：接待时间、驻室委员和负责委员；“接待记录”列出在该工作室的接待日。',
    empty: townshipOptions.length || !may('createStudio')
      ? `还没有委员工作室${may('createStudio') ? '，点击“新建委员工作室”添加' : ''}`
      : '还没有委员工作室。工作室设在乡镇（街道），请先在“乡镇（街道）”中添加乡镇。',
    api: { list: api.listStudios, export: api.exportStudios, get: api.getStudio, create: api.createStudio, update: api.updateStudio, remove: api.deleteStudio },
    scope: { committeeId: committee.id },
    sort: 'id',
    filters: [
      { name: 'q', type: 'search', label: '搜索', placeholder: '按名称或地址搜索' },
      { name: 'townshipId', type: 'select', label: '乡镇（街道）', options: townshipOptions },
      { name: 'mode', type: 'select', label: '形式', options: optionsOf(STUDIO_MODES) },
      { name: 'memberId', type: 'select', label: '驻室委员', options: optionsFrom(members.items) },
    ],
    columns: [
      { key: 'name', label: '工作室名称', sort: 'name' },
      { key: 'townshipName', label: '乡镇（街道）' },
      { key: 'mode', label: '形式', cell: (s) => labelOf(STUDIO_MODES, s.mode) },
      { key: 'address', label: '地址或线上渠道', cell: placeCell },
      { key: 'schedule', label: '接待安排', cell: scheduleCell },
      { key: 'residents', label: '驻室委员', cell: residentsCell },
    ],
    fields: [
      { name: 'name', label: '工作室名称', required: true, maxLength: 100, hint: '如：工农乡委员工作室；同一政协内不能重名' },
      { name: 'townshipId', label: '所在乡镇（街道）', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: townshipOptions },
      { name: 'platformId', label: '所属联系平台', type: 'select', numeric: true, options: [], hint: '只列出所选乡镇（街道）的联系平台' },
      { name: 'mode', label: '形式', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(STUDIO_MODES) },
      { name: 'address', label: '地址', required: true, maxLength: 200, hint: '线下接待的地点，如：铁力市工农乡人民政府一楼' },
      { name: 'onlineAddress', label: '线上渠道', required: true, maxLength: 200, hint: '微信群、网址或热线，如：微信群“葩金社区委员工作室”' },
      { name: 'weekdays', label: '每周接待日', type: 'checkboxes', numeric: true, compact: true, options: optionsOf(WEEKDAYS).map((o) => ({ ...o, label: `周${o.label}` })) },
      { name: 'monthDays', label: '每月接待日', type: 'checkboxes', numeric: true, compact: true, options: MONTH_DAYS },
      { name: 'scheduleNote', label: '接待时间说明', maxLength: 200, hint: '如：每周二上午、每月1日和15日全天' },
      { name: 'residentIds', label: '驻室委员', type: 'checkboxes', numeric: true, search: '按姓名或乡镇查找', options: memberOptions },
      { name: 'leadMemberId', label: '负责委员', type: 'select', numeric: true, blankLabel: '（未指定）', options: [], hint: '从驻室委员中选择' },
    ],
    toForm: (studio) => ({
      ...studio,
      weekdays: studio.schedule?.weekdays, monthDays: studio.schedule?.monthDays, scheduleNote: studio.schedule?.note,
      residentIds: studio.residents.map((m) => m.id),
    }),
    prepareForm(form, studio) {
      showModeFields(form);
      setOptions(form, 'platformId', platformsIn(form.elements.namedItem('townshipId').value), studio?.platformId);
      showLeadChoices(form, studio?.leadMemberId);
    },
    formChanged(form, input) {
      if (input.name === 'mode') showModeFields(form);
      else if (input.name === 'townshipId') setOptions(form, 'platformId', platformsIn(input.value));
      else if (input.name === 'residentIds.choice') showLeadChoices(form);
    },
    toBody: ({ weekdays, monthDays, scheduleNote, ...values }) => ({
      committeeId: committee.id,
      ...values,
      schedule: { weekdays, monthDays, ...(scheduleNote ? { note: scheduleNote } : {}) },
    }),
    may: { create: may('createStudio'), update: () => may('updateStudio'), remove: () => may('deleteStudio') },
    nameOf: (studio) => studio.name,
    rowActions: [
      { name: 'studio-visits', label: '接待记录', href: (s) => `#/committees/${committee.id}/visits?studioId=${s.id}` },
    ],
  });
}
