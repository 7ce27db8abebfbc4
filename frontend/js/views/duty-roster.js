// 轮值 (一月一轮值): a platform's year, month by month: who is on duty, whether it was done, and what
// was done. The office plans the year (previewed, then saved), swaps two months, reassigns or deletes
// a month; whoever may record a turn records it here; a member sees their own turns first.
import * as api from '../api.js';
import { h } from '../dom.js';
import { hasBegun, recordCell, recordDialog, statusCell, turnConfirmDialog, turnName, undoDialog } from '../duty.js';
import { beijingDay, chineseMonth } from '../format.js';
import { DUTY_STATUSES, labelOf } from '../labels.js';
import { currentCaller, may, mayRecordTurn, mayUndoRecord } from '../permissions.js';
import { clearFieldErrors, hideBanner, reportProblem } from '../problems.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const OWN_TURNS = 6;

/** The rule the service plans by, as the office explains it to members. */
const ROSTER_RULE = '排班规则：在联系平台所在乡镇（街道）的在职委员中轮流安排，每月一位；'
  + '人人轮到一次之前不重复，轮值次数少的、久未轮值的优先，下一年接着上一年继续轮；'
  + '已排月份保持不变，只补空缺的月份；同一委员同一月已在别的平台轮值的不排。暂停履职和已撤销的委员不排。';

const yearMonth = (year, month) => `${year}-${String(month).padStart(2, '0')}`;

export async function render(root, { committee, query }) {
  const caller = currentCaller();
  const thisYear = Number(beijingDay().slice(0, 4));
  const platforms = (await api.listPlatforms({ committeeId: committee.id, size: 200, sort: 'name' })).items;
  // Convenors and liaisons record their group's members' turns: which members those are.
  const groupMembers = caller.groupId && ['CONVENOR', 'LIAISON'].includes(caller.role)
    ? new Set((await api.listMembers({ committeeId: committee.id, groupId: caller.groupId, size: 200 })).items.map((m) => m.id))
    : new Set();
  const groupOf = (turn) => (groupMembers.has(turn.memberId) ? caller.groupId : null);
  const mayRecord = (turn) => turn.status === 'SCHEDULED' && hasBegun(turn) && mayRecordTurn(turn, groupOf(turn));
  const office = may('planDutyRoster');

  const own = caller.memberId
    ? await api.listDutyTurns({ committeeId: committee.id, memberId: caller.memberId, sort: '-month', size: OWN_TURNS })
    : null;
  // A member's screen opens on the platform of their latest turn, unless the address names one.
  const chosenPlatform = Number(query.get('platformId')) || own?.items[0]?.platformId;
  const chosenYear = Number.parseInt(query.get('year'), 10);
  const state = {
    platformId: platforms.some((p) => p.id === chosenPlatform) ? chosenPlatform : platforms[0]?.id,
    year: chosenYear >= 2000 && chosenYear <= 2100 ? chosenYear : thisYear,
    turns: [],
    preview: null,
    saveKey: null,
    ticket: 0,
  };

  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const records = recordDialog();
  const undo = undoDialog();
  const swap = swapDialog();
  const reassign = reassignDialog(committee);
  const remover = deleteDialog();

  root.append(h('header', { class: 'view-head' },
    h('h2', { text: '一月一轮值' }),
    office ? h('div', { class: 'toolbar' }, h('a', { class: 'button-link', href: `#/committees/${committee.id}/duty/overdue`, 'data-link': 'overdue', text: '逾期未记录' })) : null,
    h('p', { class: 'meta', text: '委员每月轮流到联系平台值守，为群众宣传政策、收集社情民意、开展联谊活动；月份过后记录是否履职及所做的事。' })),
  banner, notice);

  let ownSection = own ? ownTurns(own) : null;
  if (ownSection) root.append(ownSection);

  if (platforms.length === 0) {
    root.append(h('p', { class: 'empty', text: may('createPlatform')
      ? '还没有联系平台。轮值在联系平台进行，请先在“联系平台”中添加。'
      : '还没有联系平台，暂无轮值。' }));
    return;
  }

  const platformSelect = h('select', { id: 'duty-platform', name: 'platformId' },
    platforms.map((p) => h('option', { value: String(p.id), text: p.name })));
  const yearSelect = h('select', { id: 'duty-year', name: 'year' },
    [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, thisYear + 2, state.year])].sort()
      .map((y) => h('option', { value: String(y), text: `${y}年` })));
  platformSelect.value = String(state.platformId);
  yearSelect.value = String(state.year);
  const toolbar = h('form', { class: 'toolbar', role: 'search', 'data-filters': true },
    h('label', { class: 'filter', for: platformSelect.id }, h('span', { text: '联系平台' }), platformSelect),
    h('label', { class: 'filter', for: yearSelect.id }, h('span', { text: '年份' }), yearSelect),
    h('span', { class: 'spacer' }),
    office ? h('button', { type: 'button', class: 'primary', 'data-action': 'plan', text: '生成轮值表' }) : null,
    office ? h('button', { type: 'button', 'data-action': 'swap', text: '调换' }) : null);
  const previewPanel = h('section', { class: 'panel roster-preview', 'data-preview': true, hidden: true });
  const caption = h('caption', { 'data-caption': true });
  const body = h('tbody', { 'data-rows': true });
  const table = h('table', { class: 'grid roster' }, caption,
    h('thead', {}, h('tr', {},
      ['月份', '轮值委员', '状态', '履职情况'].map((label) => h('th', { scope: 'col', text: label })),
      h('th', { scope: 'col', class: 'actions-col', text: '操作' }))),
    body);
  root.append(toolbar, previewPanel, table, records.dialog, undo.dialog, swap.dialog, reassign.dialog, remover.dialog);

  /** The platform and year in the address, so the screen can be reloaded or sent on. */
  function keepInAddress() {
    window.history.replaceState(null, '', `#/committees/${committee.id}/duty?platformId=${state.platformId}&year=${state.year}`);
  }

  async function load() {
    const ticket = ++state.ticket;
    keepInAddress();
    root.setAttribute('aria-busy', 'true');
    try {
      const page = await api.listDutyTurns({ committeeId: committee.id, platformId: state.platformId, year: state.year, size: 200 });
      if (ticket !== state.ticket) return;
      state.turns = page.items;
      show();
    } catch (error) {
      if (ticket === state.ticket) reportProblem(error, { banner });
    } finally {
      if (ticket === state.ticket) root.removeAttribute('aria-busy');
    }
  }

  function platformName() {
    return platforms.find((p) => p.id === state.platformId)?.name ?? '';
  }

  function show() {
    const byMonth = new Map(state.turns.map((t) => [t.month, t]));
    const planned = new Map((state.preview?.months ?? []).filter((m) => m.planned).map((m) => [m.month, m]));
    caption.textContent = `${platformName()} ${state.year}年轮值表${state.preview ? '（预览）' : ''}`;
    body.replaceChildren(...MONTHS.map((m) => {
      const month = yearMonth(state.year, m);
      return monthRow(month, byMonth.get(month), planned.get(month));
    }));
    const scheduled = state.turns.filter((t) => t.status === 'SCHEDULED').length;
    const swapButton = toolbar.querySelector('[data-action="swap"]');
    if (swapButton) swapButton.disabled = scheduled < 2 || Boolean(state.preview);
    const planButton = toolbar.querySelector('[data-action="plan"]');
    if (planButton) planButton.disabled = Boolean(state.preview);
  }

  function monthRow(month, turn, plan) {
    if (plan) {
      return h('tr', { class: 'planned', 'data-month': month },
        h('th', { scope: 'row', text: chineseMonth(month) }),
        h('td', {}, h('span', { 'data-member': true, text: plan.memberName })),
        h('td', {}, h('span', { class: 'status duty-planned', text: '拟排（未保存）' })),
        h('td', {}, h('span', { class: 'meta-inline', text: '—' })),
        h('td', { class: 'actions-col' }));
    }
    if (!turn) {
      return h('tr', { class: 'unassigned', 'data-month': month },
        h('th', { scope: 'row', text: chineseMonth(month) }),
        h('td', {}, h('span', { class: 'meta-inline', text: '未安排' })),
        h('td', {}, h('span', { class: 'meta-inline', text: '—' })),
        h('td', {}, h('span', { class: 'meta-inline', text: '—' })),
        h('td', { class: 'actions-col' }));
    }
    const name = turnName(turn);
    const action = (act, label, danger) => h('button', {
      type: 'button', class: danger ? 'link danger' : 'link', 'data-action': act, 'data-id': turn.id, 'aria-label': `${label}：${name}`, text: label,
    });
    const editable = turn.status === 'SCHEDULED' && office && !state.preview;
    return h('tr', { 'data-month': month, 'data-id': turn.id, class: turn.overdue ? 'overdue' : null },
      h('th', { scope: 'row', text: chineseMonth(month) }),
      h('td', {}, h('span', { 'data-member': true, text: turn.memberName })),
      h('td', {}, statusCell(turn)),
      h('td', {}, recordCell(turn)),
      h('td', { class: 'actions-col' },
        !state.preview && mayRecord(turn) ? action('record', '记录') : null,
        !state.preview && turn.status !== 'SCHEDULED' && mayUndoRecord() ? action('undo', '撤销记录') : null,
        editable ? action('reassign', '改派') : null,
        editable && may('deleteDutyTurn') ? action('delete', '删除', true) : null));
  }

  /** 生成轮值表: the service's plan for the empty months, shown before anything is saved. */
  async function plan(save) {
    hideBanner(banner);
    notice.textContent = '';
    const button = previewPanel.querySelector('[data-action="save-plan"]') ?? toolbar.querySelector('[data-action="plan"]');
    button.disabled = true;
    try {
      // Saving the plan shown keeps one key, so saving it again after a lost answer stores it once.
      const roster = await api.planDutyRoster({ platformId: state.platformId, year: state.year, save }, save ? state.saveKey : null);
      if (save) {
        state.preview = null;
        previewPanel.hidden = true;
        await load();
        notice.textContent = `已保存${roster.platformName} ${roster.year}年轮值表，新排 ${roster.created} 个月`;
      } else {
        state.preview = roster;
        state.saveKey = api.newIdempotencyKey();
        showPreview(roster);
        show();
      }
    } catch (error) {
      reportProblem(error, { banner, subject: `${platformName()}的轮值表`, verb: '生成' });
      show();
    } finally {
      button.disabled = false;
    }
  }

  function showPreview(roster) {
    const planned = roster.months.filter((m) => m.planned).length;
    const kept = roster.months.length - planned;
    const summary = planned === 0
      ? `${roster.year}年各月都已安排，没有需要补排的月份。`
      : `拟为 ${planned} 个月排班（可轮值的在职委员 ${roster.candidates} 名）${kept ? `，已排的 ${kept} 个月保持不变` : ''}。标为“拟排”的月份尚未保存，确认无误后点击“保存”。`;
    previewPanel.replaceChildren(
      h('h3', { text: `预览：${roster.platformName} ${roster.year}年轮值表` }),
      h('p', { 'data-preview-summary': true, text: summary }),
      h('p', { class: 'hint', text: ROSTER_RULE }),
      h('div', { class: 'actions' },
        planned ? h('button', { type: 'button', class: 'primary', 'data-action': 'save-plan', text: '保存' }) : null,
        h('button', { type: 'button', 'data-action': 'cancel-plan', text: planned ? '取消' : '关闭' })));
    previewPanel.hidden = false;
  }

  function cancelPreview() {
    state.preview = null;
    previewPanel.hidden = true;
    show();
  }

  /** After a record or its undoing: the year and the member's own turns as they are now. */
  async function afterRecord(turn) {
    if (ownSection) {
      const fresh = ownTurns(await api.listDutyTurns({ committeeId: committee.id, memberId: caller.memberId, sort: '-month', size: OWN_TURNS }));
      ownSection.replaceWith(fresh);
      ownSection = fresh;
    }
    if (platforms.length) await load();
    // Said once the lists show it, so the message never stands beside the rows it describes as they were.
    say(turn.status === 'SCHEDULED' ? `已撤销${turnName(turn)}的履职记录` : `已记录${turnName(turn)}的轮值：${statusLabel(turn)}`);
  }

  function say(text) {
    notice.textContent = text;
  }

  function turnById(id) {
    return state.turns.find((t) => String(t.id) === String(id));
  }

  root.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (!target || !root.contains(target) || target.closest('dialog')) return;
    const { action, id } = target.dataset;
    const turn = turnById(id);
    if (action === 'plan') plan(false);
    else if (action === 'save-plan') plan(true);
    else if (action === 'cancel-plan') cancelPreview();
    else if (action === 'swap') swap.open(state.turns.filter((t) => t.status === 'SCHEDULED'), afterSwap);
    else if (action === 'reload') load();
    else if (!turn) return;
    else if (action === 'record') {
      hideBanner(banner);
      records.open(turn, afterRecord);
    } else if (action === 'undo') {
      undo.open(turn, afterRecord);
    } else if (action === 'reassign') {
      reassign.open(turn, async (changed) => { await load(); say(`已将${chineseMonth(changed.month)}的轮值改派给${changed.memberName}`); }, load);
    } else if (action === 'delete') {
      remover.open(turn, async () => { await load(); say(`已删除${turnName(turn)}的轮值`); });
    }
  });

  async function afterSwap([first, second]) {
    await load();
    say(`已调换：${chineseMonth(first.month)}由${first.memberName}轮值，${chineseMonth(second.month)}由${second.memberName}轮值`);
  }

  toolbar.addEventListener('change', (event) => {
    if (event.target === platformSelect) state.platformId = Number(platformSelect.value);
    else if (event.target === yearSelect) state.year = Number(yearSelect.value);
    else return;
    state.preview = null;
    previewPanel.hidden = true;
    hideBanner(banner);
    notice.textContent = '';
    load();
  });
  toolbar.addEventListener('submit', (event) => event.preventDefault());

  /** 我的轮值: the signed-in member's own turns, newest month first, with the record action. */
  function ownTurns(page) {
    const list = h('tbody', { 'data-own-rows': true });
    const section = h('section', { class: 'panel own-turns', 'data-own-turns': true, 'aria-labelledby': 'own-turns-title' },
      h('h3', { id: 'own-turns-title', text: '我的轮值' }));
    if (page.total === 0) {
      section.append(h('p', { class: 'meta', text: '您还没有轮值安排。' }));
      return section;
    }
    list.replaceChildren(...page.items.map((turn) => h('tr', { 'data-id': turn.id },
      h('th', { scope: 'row', text: chineseMonth(turn.month) }),
      h('td', { text: turn.platformName }),
      h('td', {}, statusCell(turn)),
      h('td', {}, recordCell(turn)),
      h('td', { class: 'actions-col' }, mayRecord(turn)
        ? h('button', { type: 'button', class: 'link', 'data-own-action': 'record', 'data-id': turn.id, 'aria-label': `记录：${turnName(turn)}`, text: '记录' })
        : null))));
    // append() would write a left-out part as the text "null": only the parts there are.
    section.append(...[
      page.total > page.items.length ? h('p', { class: 'meta', text: `共 ${page.total} 次，列出最近的 ${page.items.length} 次` }) : null,
      h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, ['月份', '联系平台', '状态', '履职情况'].map((label) => h('th', { scope: 'col', text: label })),
          h('th', { scope: 'col', class: 'actions-col', text: '操作' }))),
        list),
    ].filter(Boolean));
    section.addEventListener('click', (event) => {
      const button = event.target.closest('[data-own-action="record"]');
      const turn = button && page.items.find((t) => String(t.id) === button.dataset.id);
      if (!turn) return;
      records.open(turn, afterRecord);
    });
    return section;
  }

  if (platforms.length) await load();
}

const statusLabel = (turn) => labelOf(DUTY_STATUSES, turn.status);

/** 调换: two scheduled months of the year trade their members; a refusal (409) says why. */
function swapDialog() {
  const heading = h('h2', { id: 'duty-swap-title', text: '调换两个月的轮值委员' });
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const select = (name, label) => {
    const input = h('select', { id: `duty-swap-${name}`, name, required: true, 'aria-describedby': `duty-swap-${name}-error` });
    return [input, h('div', { class: 'field' }, h('label', { for: input.id, text: label }), input,
      h('p', { class: 'field-error', id: `${input.id}-error`, 'data-error-for': name, hidden: true }))];
  };
  const [first, firstField] = select('firstId', '月份一');
  const [second, secondField] = select('secondId', '月份二');
  const submit = h('button', { type: 'submit', class: 'primary', text: '调换' });
  const form = h('form', { 'data-swap-form': true, novalidate: true },
    heading, banner,
    h('p', { class: 'meta', text: '两个尚未记录的月份互换轮值委员，例如委员因事与他人对调月份；已记录的月份不能调换。' }),
    firstField, secondField,
    h('div', { class: 'actions' }, submit, h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' })));
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': heading.id, 'data-swap-dialog': true }, form);
  let done = null;

  function open(turns, onSwapped) {
    done = onSwapped;
    const options = () => turns.map((t) => h('option', { value: String(t.id), text: `${chineseMonth(t.month)} · ${t.memberName}` }));
    first.replaceChildren(...options());
    second.replaceChildren(...options());
    if (turns.length > 1) second.value = String(turns[1].id);
    hideBanner(banner);
    clearFieldErrors(form);
    dialog.showModal();
    first.focus();
  }

  dialog.addEventListener('click', (event) => {
    if (event.target.closest('[data-action="close-dialog"]')) dialog.close();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    hideBanner(banner);
    clearFieldErrors(form);
    if (first.value === second.value) {
      banner.replaceChildren(h('p', { text: '请选择两个不同的月份。' }));
      banner.hidden = false;
      return;
    }
    submit.disabled = true;
    try {
      const swapped = await api.swapDutyTurns({ firstId: Number(first.value), secondId: Number(second.value) });
      dialog.close();
      await done?.(swapped);
    } catch (error) {
      // A refusal names the member who would serve twice in a month: the whole sentence belongs in the banner.
      reportProblem(error, { banner, form: error.status === 409 ? undefined : form, subject: '这两个月的轮值', verb: '调换' });
    } finally {
      submit.disabled = false;
    }
  });

  return { dialog, open };
}

/** 改派: a scheduled month goes to another active member of the committee, based on the version read. */
function reassignDialog(committee) {
  const heading = h('h2', { id: 'duty-reassign-title' });
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const member = h('select', { id: 'duty-reassign-memberId', name: 'memberId', required: true, 'aria-describedby': 'duty-reassign-memberId-error' });
  const submit = h('button', { type: 'submit', class: 'primary', text: '保存' });
  const form = h('form', { 'data-reassign-form': true, novalidate: true },
    heading, banner,
    h('div', { class: 'field' },
      h('label', { for: member.id }, '改派给', h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' })), member,
      h('p', { class: 'hint', text: '只列出在职委员（前 200 名，按姓名排列）；同一委员同一月只能轮值一次。' }),
      h('p', { class: 'field-error', id: `${member.id}-error`, 'data-error-for': 'memberId', hidden: true })),
    h('div', { class: 'actions' }, submit, h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' })));
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': heading.id, 'data-reassign-dialog': true }, form);
  let members = null;
  let turn = null;
  let done = null;
  let stale = null;

  async function open(chosen, onChanged, onStale) {
    turn = chosen;
    done = onChanged;
    stale = onStale;
    heading.textContent = `改派${chineseMonth(turn.month)}的轮值`;
    hideBanner(banner);
    clearFieldErrors(form);
    try {
      members ??= (await api.listMembers({ committeeId: committee.id, status: 'ACTIVE', size: 200, sort: 'name' })).items;
    } catch (error) {
      members = null;
      reportProblem(error, { banner });
    }
    member.replaceChildren(...(members ?? []).map((m) => h('option', {
      value: String(m.id), text: [m.name, m.townshipName, m.sectorName].filter(Boolean).join(' · '),
    })));
    member.value = String(turn.memberId);
    if (!dialog.open) dialog.showModal();
    member.focus();
  }

  dialog.addEventListener('click', async (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'close-dialog') dialog.close();
    else if (action === 'reload') {
      // Someone changed the turn meanwhile: read it again, so the next try carries its new version.
      try {
        await open(await api.getDutyTurn(turn.id), done, stale);
        banner.replaceChildren(h('p', { text: '该轮值已被他人修改，已载入最新安排，请重新选择后保存。' }));
        banner.hidden = false;
      } catch (error) {
        reportProblem(error, { banner });
      }
      stale?.();
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const changed = await api.updateDutyTurn(turn.id,
        { platformId: turn.platformId, memberId: Number(member.value), month: turn.month }, turn.version);
      dialog.close();
      await done?.(changed);
    } catch (error) {
      reportProblem(error, { banner, form, subject: `${turnName(turn)}的轮值`, verb: '改派' });
    } finally {
      submit.disabled = false;
    }
  });

  return { dialog, open };
}

/** 删除 a scheduled month, after confirming. */
const deleteDialog = () => turnConfirmDialog({
  title: '删除轮值',
  verb: '删除',
  question: (turn) => `确定删除${turnName(turn)}的轮值吗？该月将空出，可重新生成轮值表补排。`,
  act: (turn) => api.deleteDutyTurn(turn.id),
  refusal: { subject: (turn) => `${turnName(turn)}的轮值` },
});
