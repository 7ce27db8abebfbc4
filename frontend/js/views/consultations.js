// 协商: the consultations held at the platforms and studios (季度协商, 请你来协商, 民情恳谈, 基层协商), each with
// the opinions it took up, the members invited and whether they came, and who else sat at the table. The office
// records them; the 一季一协商 screen and the 督办 list of outcomes open from here.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { setOptions } from '../form.js';
import { beijingDay, chineseDate, count } from '../format.js';
import { ATTENDANCES, CONSULTATION_KINDS, GUEST_KINDS, OPINION_STATUSES, labelOf, optionsOf } from '../labels.js';
import { may } from '../permissions.js';

const optionsFrom = (items) => items.map((item) => ({ value: String(item.id), label: item.name }));
/** The opinions a consultation usually takes up: those still being handled. */
const OPEN_OPINIONS = ['SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'];
const SEARCH_DELAY_MS = 300;

export const consultationHref = (committeeId, id) => `#/committees/${committeeId}/consultations/${id}`;

/** 出席 5 · 请假 1 · 缺席 0 */
export const attendanceText = (a) => `出席 ${a.present} · 请假 ${a.excused} · 缺席 ${a.absent}`;

/** Where it was held: the township, and the platform or studio in it. */
export function placeText(c) {
  return [c.townshipName, c.studioName, c.platformName && !c.studioName ? c.platformName : null].filter(Boolean).join(' · ');
}

export async function render(root, { committee, query }) {
  const scope = { committeeId: committee.id, size: 200, sort: 'name' };
  const [townships, platforms, studios, members] = await Promise.all([
    api.listTownships(scope), api.listPlatforms(scope), api.listStudios(scope), api.listMembers(scope)]);
  const memberName = new Map(members.items.map((m) => [m.id, m.name]));
  const inTownship = (items, townshipId) => optionsFrom(items.filter((i) => String(i.townshipId) === String(townshipId)));
  const state = { opinionTicket: 0, opinionTimer: 0, chosenOpinions: new Map() };
  let parts = null;

  /** The parts of the dialog the plain fields cannot hold: opinions taken up, members with attendance, guests. */
  function mountParts(form) {
    if (parts) return parts;
    const error = (name) => h('p', { class: 'field-error', 'data-error-for': name, hidden: true });
    const opinionSearch = h('input', { type: 'search', 'data-opinion-search': true, placeholder: '按标题或内容查找本乡镇（街道）的社情民意', 'aria-label': '查找社情民意', autocomplete: 'off' });
    const opinionList = h('div', { class: 'choices picker', 'data-opinion-choices': true });
    const opinions = h('fieldset', { class: 'field checkboxes', name: 'opinionIds' },
      h('legend', { text: '协商的社情民意' }), opinionSearch, opinionList,
      h('p', { class: 'hint', text: '列出所选乡镇（街道）尚在办理的社情民意，可按关键词查找；已勾选的保留在最前' }), error('opinionIds'));
    const memberSearch = h('input', { type: 'search', 'data-member-search': true, placeholder: '按姓名查找', 'aria-label': '查找委员', autocomplete: 'off' });
    const memberSelect = h('select', { 'data-member-choice': true, 'aria-label': '选择委员' });
    const memberRows = h('tbody', { 'data-attendance-rows': true });
    const attendance = h('fieldset', { class: 'field', name: 'members' },
      h('legend', {}, '受邀委员及出席情况', h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })),
      h('div', { class: 'picker-row' }, memberSearch, memberSelect, h('button', { type: 'button', 'data-action': 'add-member', text: '添加委员' })),
      h('table', { class: 'mini' }, h('thead', {}, h('tr', {}, h('th', { text: '委员' }), h('th', { text: '出席情况' }), h('th', {}))), memberRows),
      h('p', { class: 'hint', 'data-attendance-count': true }), error('members'));
    const guestRows = h('tbody', { 'data-guest-rows': true });
    const guests = h('fieldset', { class: 'field', name: 'guests' },
      h('legend', { text: '列席人员' }),
      h('table', { class: 'mini' }, h('thead', {}, h('tr', {}, h('th', { text: '姓名' }), h('th', { text: '身份' }), h('th', { text: '单位' }), h('th', {}))), guestRows),
      h('div', {}, h('button', { type: 'button', 'data-action': 'add-guest', text: '添加列席人员' })),
      h('p', { class: 'hint', text: '村（居）民代表、网格员、部门负责人等，写明单位，如：建设村村民委员会' }), error('guests'));
    form.querySelector('.actions').before(opinions, attendance, guests);
    parts = { opinionSearch, opinionList, memberSearch, memberSelect, memberRows, guestRows, attendanceCount: attendance.querySelector('[data-attendance-count]') };

    form.addEventListener('click', (event) => {
      const target = event.target.closest('[data-action]');
      if (!target) return;
      if (target.dataset.action === 'add-member') addMember(memberSelect.value);
      else if (target.dataset.action === 'add-guest') {
        const row = guestRow({});
        parts.guestRows.append(row);
        row.querySelector('input').focus();
      } else if (target.dataset.action === 'remove-row') { target.closest('tr').remove(); countAttendance(); showMemberChoices(); }
    });
    form.addEventListener('input', (event) => {
      if (event.target === memberSearch) showMemberChoices();
      else if (event.target === opinionSearch) {
        clearTimeout(state.opinionTimer);
        state.opinionTimer = setTimeout(() => findOpinions(form), SEARCH_DELAY_MS);
      }
    });
    form.addEventListener('change', (event) => {
      if (event.target.matches('[data-opinion-choices] input')) {
        const { value, checked } = event.target;
        if (checked) state.chosenOpinions.set(value, event.target.dataset.title);
        else state.chosenOpinions.delete(value);
      } else if (event.target.matches('[data-attendance-rows] select')) countAttendance();
    });
    return parts;
  }

  function showMemberChoices() {
    const text = parts.memberSearch.value.trim();
    const taken = new Set([...parts.memberRows.children].map((tr) => tr.dataset.memberId));
    const options = members.items.filter((m) => !taken.has(String(m.id)) && (!text || m.name.includes(text)))
      .map((m) => h('option', { value: String(m.id), text: [m.name, m.townshipName].filter(Boolean).join(' · ') }));
    parts.memberSelect.replaceChildren(h('option', { value: '', text: options.length ? '请选择委员' : '没有符合的委员' }), ...options);
  }

  function memberRow({ id, name, attendance = 'PRESENT' }) {
    const select = h('select', { 'aria-label': `${name}的出席情况`, 'data-attendance': true },
      optionsOf(ATTENDANCES).map((o) => h('option', { value: o.value, text: o.label })));
    select.value = attendance;
    return h('tr', { 'data-member-id': String(id) }, h('td', { text: name }), h('td', {}, select),
      h('td', {}, h('button', { type: 'button', class: 'link danger', 'data-action': 'remove-row', 'aria-label': `移除${name}`, text: '移除' })));
  }

  function addMember(id) {
    if (!id) return;
    parts.memberRows.append(memberRow({ id, name: memberName.get(Number(id)) ?? `委员 ${id}` }));
    parts.memberSearch.value = '';
    showMemberChoices();
    countAttendance();
  }

  function countAttendance() {
    const counts = { PRESENT: 0, EXCUSED: 0, ABSENT: 0 };
    for (const select of parts.memberRows.querySelectorAll('select')) counts[select.value]++;
    const n = parts.memberRows.children.length;
    parts.attendanceCount.textContent = n ? `共 ${n} 位：出席 ${counts.PRESENT}、请假 ${counts.EXCUSED}、缺席 ${counts.ABSENT}` : '至少一位委员';
  }

  function guestRow({ name = '', kind = 'VILLAGE_REP', unit = '' }) {
    const kindSelect = h('select', { 'aria-label': '列席人员身份', 'data-guest-kind': true }, optionsOf(GUEST_KINDS).map((o) => h('option', { value: o.value, text: o.label })));
    kindSelect.value = kind;
    const nameInput = h('input', { type: 'text', maxlength: 50, 'aria-label': '列席人员姓名', 'data-guest-name': true, autocomplete: 'off' });
    nameInput.value = name;
    const unitInput = h('input', { type: 'text', maxlength: 100, 'aria-label': '列席人员单位', 'data-guest-unit': true, autocomplete: 'off' });
    unitInput.value = unit ?? '';
    return h('tr', { 'data-guest': true }, h('td', {}, nameInput), h('td', {}, kindSelect), h('td', {}, unitInput),
      h('td', {}, h('button', { type: 'button', class: 'link danger', 'data-action': 'remove-row', 'aria-label': '移除该列席人员', text: '移除' })));
  }

  /** The township's open opinions matching the search, after the ones already chosen. */
  async function findOpinions(form) {
    const townshipId = form.elements.namedItem('townshipId').value;
    const q = parts.opinionSearch.value.trim();
    const ticket = ++state.opinionTicket;
    let found = [];
    if (townshipId || q) {
      try {
        const page = await api.listOpinions({
          committeeId: committee.id, townshipId, q: q || undefined, status: q ? undefined : OPEN_OPINIONS, size: 50, sort: '-collectedOn',
        });
        found = page.items.filter((o) => o.status !== 'MERGED' && o.status !== 'DRAFT');
      } catch { /* the chosen ones still show */ }
    }
    if (ticket !== state.opinionTicket) return;
    const chosen = [...state.chosenOpinions].map(([id, title]) => ({ id, title, checked: true }));
    const rest = found.filter((o) => !state.chosenOpinions.has(String(o.id)))
      .map((o) => ({ id: String(o.id), title: o.title, detail: `${chineseDate(o.collectedOn)} · ${labelOf(OPINION_STATUSES, o.status)}` }));
    parts.opinionList.replaceChildren(...[...chosen, ...rest].map((o) => h('label', { class: 'choice', 'data-choice': o.id },
      h('input', { type: 'checkbox', value: o.id, checked: o.checked, 'data-title': o.title }),
      h('span', { text: o.title }), o.detail ? h('span', { class: 'meta-inline', text: ` ${o.detail}` }) : null)));
    if (!parts.opinionList.children.length) parts.opinionList.append(h('p', { class: 'hint', text: townshipId ? '没有找到社情民意' : '先选择乡镇（街道）' }));
  }

  /** The township's platforms and studios; a township with one platform has it chosen. */
  function showPlaces(form, chosen = {}) {
    const townshipId = form.elements.namedItem('townshipId').value;
    const here = inTownship(platforms.items, townshipId);
    const platformId = chosen.platformId ?? (chosen.fresh && here.length === 1 ? here[0].value : null);
    setOptions(form, 'platformId', here, platformId);
    setOptions(form, 'studioId', inTownship(studios.items, townshipId), chosen.studioId);
  }

  function fillParts(form, record) {
    state.chosenOpinions = new Map((record?.opinions ?? []).map((o) => [String(o.id), o.title]));
    parts.opinionSearch.value = '';
    parts.memberRows.replaceChildren(...(record?.members ?? []).map((m) => memberRow(m)));
    parts.guestRows.replaceChildren(...(record?.guests ?? []).map((g) => guestRow(g)));
    parts.memberSearch.value = '';
    showMemberChoices();
    countAttendance();
    findOpinions(form);
  }

  function readParts() {
    return {
      opinionIds: [...state.chosenOpinions.keys()].map(Number),
      members: [...parts.memberRows.children].map((tr) => ({ memberId: Number(tr.dataset.memberId), attendance: tr.querySelector('select').value })),
      guests: [...parts.guestRows.children].map((tr) => {
        const unit = tr.querySelector('[data-guest-unit]').value.trim();
        return { name: tr.querySelector('[data-guest-name]').value.trim(), kind: tr.querySelector('[data-guest-kind]').value, ...(unit ? { unit } : {}) };
      }),
    };
  }

  const shortcuts = h('div', { class: 'shortcuts' },
    h('a', { class: 'button-link', href: `#/committees/${committee.id}/consultations/compliance`, 'data-link': 'compliance', text: '一季一协商' }),
    h('a', { class: 'button-link', href: `#/committees/${committee.id}/outcomes?overdue=true`, 'data-link': 'outcomes', text: '协商成果督办' }));

  return mountCrud(root, {
    noun: '协商活动',
    createLabel: '记录协商活动',
    title: '协商',
    intro: '在联系平台和委员工作室开展的季度协商、请你来协商、民情恳谈和基层协商：议题、协商的社情民意、受邀委员的出席情况和列席人员。点击议题查看详情和协商成果。',
    empty: may('createConsultation') ? '还没有协商活动，点击“记录协商活动”添加' : '还没有协商活动',
    api: { list: api.listConsultations, export: api.exportConsultations, get: api.getConsultation, create: api.createConsultation, update: api.updateConsultation, remove: api.deleteConsultation },
    scope: { committeeId: committee.id },
    path: `/committees/${committee.id}/consultations`,
    query,
    sort: '-date',
    summary: (page) => `共 ${count(page.total, '场')}协商活动`,
    tools: [shortcuts],
    filters: [
      { name: 'kind', type: 'select', label: '类型', options: optionsOf(CONSULTATION_KINDS) },
      { name: 'townshipId', type: 'select', label: '乡镇（街道）', options: optionsFrom(townships.items) },
      { name: 'platformId', type: 'select', label: '联系平台', options: optionsFrom(platforms.items) },
      { name: 'memberId', type: 'select', label: '受邀委员', options: optionsFrom(members.items) },
      { name: 'from', type: 'date', label: '日期自' },
      { name: 'to', type: 'date', label: '至' },
    ],
    columns: [
      { key: 'date', label: '日期', sort: 'date', cell: (c) => h('span', { class: 'nowrap', text: chineseDate(c.date) }) },
      { key: 'kind', label: '类型', cell: (c) => h('span', { class: `consultation-kind kind-${c.kind.toLowerCase()}`, text: labelOf(CONSULTATION_KINDS, c.kind) }) },
      { key: 'topic', label: '议题', cell: (c) => h('span', { class: 'lines' },
        h('a', { href: consultationHref(committee.id, c.id), 'data-consultation-link': c.id, text: c.topic }),
        h('span', { class: 'meta-inline', text: placeText(c) })) },
      { key: 'attendance', label: '受邀委员', cell: (c) => h('span', { class: 'nowrap', 'data-attendance': true, text: attendanceText(c.attendance) }) },
      { key: 'guests', label: '列席', cell: (c) => count(c.guests.length, '人') },
      { key: 'opinions', label: '社情民意', cell: (c) => count(c.opinions.length, '条') },
      { key: 'outcomeCount', label: '成果', cell: (c) => count(c.outcomeCount, '项') },
    ],
    fields: [
      { name: 'kind', label: '类型', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(CONSULTATION_KINDS) },
      { name: 'date', label: '日期', type: 'date', required: true, hint: '只能记录已经举行的协商，不能晚于今天' },
      { name: 'townshipId', label: '乡镇（街道）', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: optionsFrom(townships.items) },
      { name: 'platformId', label: '联系平台', type: 'select', numeric: true, blankLabel: '（无）', options: [], hint: '平台或工作室至少选一个；在工作室举行的计入其所属平台的“一季一协商”' },
      { name: 'studioId', label: '委员工作室', type: 'select', numeric: true, blankLabel: '（无）', options: [] },
      { name: 'topic', label: '议题', required: true, maxLength: 200, hint: '如：抗联食堂对外开放与村集体增收' },
      { name: 'summary', label: '协商纪要', type: 'textarea', maxLength: 4000, hint: '与会各方达成的共识，成果可在详情页逐项记录' },
    ],
    defaults: () => ({ kind: 'QUARTERLY', date: beijingDay(), townshipId: query.get('townshipId') ?? '' }),
    prepareForm(form, record) {
      form.closest('dialog').classList.add('wide-dialog');
      form.elements.namedItem('date').max = beijingDay();
      mountParts(form);
      showPlaces(form, record ?? { fresh: true });
      fillParts(form, record);
    },
    formChanged(form, input) {
      if (input.name === 'townshipId') { showPlaces(form, { fresh: true }); findOpinions(form); }
    },
    toBody: (values) => ({ committeeId: committee.id, ...values, ...readParts() }),
    may: { create: may('createConsultation'), update: () => may('updateConsultation'), remove: () => may('deleteConsultation') },
    nameOf: (c) => `${chineseDate(c.date)} ${c.topic}`,
    moreMenu: true,
    rowActions: [
      { name: 'consultation-detail', label: '详情和成果', href: (c) => consultationHref(committee.id, c.id) },
    ],
  });
}
