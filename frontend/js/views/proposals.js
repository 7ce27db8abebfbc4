// 提案: the proposals members file, with their lead and co-signers, and their handling by the office
// through 办理: registered as a case (立案) or not, answered by the handling unit, closed.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { setChoices, setOptions } from '../form.js';
import { beijingDay, chineseDate, count } from '../format.js';
import { PROPOSAL_CATEGORIES, PROPOSAL_STATUSES, PROPOSAL_STEPS, labelOf, optionsOf } from '../labels.js';
import { currentCaller, may, mayChangeProposal } from '../permissions.js';
import { clearFieldErrors, hideBanner, reportProblem } from '../problems.js';

/** The years the year filter offers: this one and the four before it. */
const YEARS = 5;

const optionsFrom = (items) => items.map((item) => ({ value: String(item.id), label: item.name }));

function titleCell(proposal) {
  return h('span', { class: 'lines' },
    h('span', { text: proposal.title }),
    h('span', { class: 'meta-inline', text: labelOf(PROPOSAL_CATEGORIES, proposal.category) }));
}

function membersCell(proposal) {
  const others = proposal.coSigners.length;
  const cell = h('span', { class: 'lines' },
    h('span', { text: proposal.leadMember.name }),
    others ? h('span', { class: 'meta-inline', text: `联名 ${count(others, '位')}` }) : null);
  if (others) cell.title = `联名：${proposal.coSigners.map((m) => m.name).join('、')}`;
  return cell;
}

function statusCell(proposal) {
  const label = h('span', { class: `status status-${proposal.status.toLowerCase()}`, 'data-status': proposal.status, text: labelOf(PROPOSAL_STATUSES, proposal.status) });
  if (proposal.status === 'NOT_ACCEPTED') label.title = proposal.notAcceptedReason;
  if (proposal.answer) label.title = `${chineseDate(proposal.answeredOn)} 答复：${proposal.answer}`;
  return label;
}

export async function render(root, { committee, query }) {
  const caller = currentCaller();
  const members = await api.listMembers({ committeeId: committee.id, size: 200, sort: 'name' });
  const memberFilter = optionsFrom(members.items);
  const askedMember = query.get('memberId');
  if (askedMember && !memberFilter.some((o) => o.value === askedMember)) {
    const member = await api.getMember(askedMember).catch(() => null);
    if (member) memberFilter.push({ value: String(member.id), label: member.name });
  }
  // A member files only proposals they lead: the lead is themselves.
  const ownLead = caller.role === 'MEMBER' && caller.memberId;
  const leadOptions = ownLead ? [{ value: String(caller.memberId), label: caller.displayName }] : memberFilter;
  const thisYear = Number(beijingDay().slice(0, 4));
  const years = Array.from({ length: YEARS }, (_, i) => ({ value: String(thisYear - i), label: `${thisYear - i}年` }));
  const handling = handlingDialog();

  /** The co-signers one may tick: the committee's members, those already signed first. */
  function showCoSigners(form, proposal) {
    const signed = proposal?.coSigners ?? [];
    const options = [...signed.filter((m) => !members.items.some((c) => c.id === m.id)).map((m) => ({ value: String(m.id), label: m.name })),
      ...optionsFrom(members.items)];
    const first = new Set(signed.map((m) => String(m.id)));
    setChoices(form, 'coSignerIds', [...options.filter((o) => first.has(o.value)), ...options.filter((o) => !first.has(o.value))],
      signed.map((m) => m.id));
  }

  return mountCrud(root, {
    noun: '提案',
    createLabel: '提交提案',
    title: '提案',
    intro: '委员领衔或联名提交的提案，及其立案、答复和办结。列表下方的件数按当前筛选条件统计全部提案。',
    empty: may('createProposal') ? '还没有提案，点击“提交提案”添加' : '还没有提案',
    api: { list: api.listProposals, export: api.exportProposals, get: api.getProposal, create: api.createProposal, update: api.updateProposal, remove: api.deleteProposal },
    scope: { committeeId: committee.id },
    path: `/committees/${committee.id}/proposals`,
    query,
    sort: '-filedOn',
    summary: (page) => `共 ${count(page.total, '件')}提案`,
    filters: [
      { name: 'q', type: 'search', label: '搜索', placeholder: '案由、案号或承办单位' },
      { name: 'status', type: 'select', label: '状态', options: optionsOf(PROPOSAL_STATUSES) },
      { name: 'category', type: 'select', label: '类别', options: optionsOf(PROPOSAL_CATEGORIES) },
      { name: 'memberId', type: 'select', label: '委员', options: memberFilter },
      { name: 'year', type: 'select', label: '年份', options: years },
    ],
    columns: [
      { key: 'filedOn', label: '提交日期', sort: 'filedOn', cell: (p) => h('span', { class: 'nowrap', text: chineseDate(p.filedOn) }) },
      { key: 'caseNumber', label: '案号', sort: 'caseNumber', cell: (p) => h('span', { class: 'nowrap', text: p.caseNumber || '—' }) },
      { key: 'title', label: '案由', cell: titleCell },
      { key: 'members', label: '领衔委员', cell: membersCell },
      { key: 'handlingUnit', label: '承办单位', cell: (p) => p.handlingUnit || '—' },
      { key: 'status', label: '状态', cell: statusCell },
    ],
    fields: [
      { name: 'title', label: '案由', required: true, maxLength: 200, hint: '如：关于加快农产品品牌建设的提案' },
      { name: 'category', label: '类别', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(PROPOSAL_CATEGORIES) },
      { name: 'filedOn', label: '提交日期', type: 'date', required: true, hint: '不能晚于今天（北京时间）' },
      { name: 'leadMemberId', label: '领衔委员', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: leadOptions },
      { name: 'coSignerIds', label: '联名委员', type: 'checkboxes', numeric: true, search: '按姓名查找', hint: '不含领衔委员，最多 50 位' },
      { name: 'caseNumber', label: '案号', maxLength: 50, hint: '立案时编定，同一政协内不重复' },
      { name: 'handlingUnit', label: '承办单位', maxLength: 100, hint: '如：铁力市农业农村局' },
    ],
    defaults: () => ({ filedOn: beijingDay(), leadMemberId: ownLead ? caller.memberId : '' }),
    toForm: (proposal) => ({ ...proposal, leadMemberId: proposal.leadMember.id, coSignerIds: proposal.coSigners.map((m) => m.id) }),
    prepareForm(form, proposal) {
      form.elements.namedItem('filedOn').max = beijingDay();
      if (proposal && !leadOptions.some((o) => o.value === String(proposal.leadMember.id))) {
        setOptions(form, 'leadMemberId', [...leadOptions, { value: String(proposal.leadMember.id), label: proposal.leadMember.name }], proposal.leadMember.id);
      }
      showCoSigners(form, proposal);
    },
    toBody: (values) => ({ committeeId: committee.id, coSignerIds: [], ...values }),
    may: {
      create: may('createProposal'),
      update: (proposal) => mayChangeProposal('updateProposal', proposal),
      remove: (proposal) => mayChangeProposal('deleteProposal', proposal),
    },
    nameOf: (proposal) => proposal.title,
    rowActions: [
      { name: 'handle', label: '办理', shows: (p) => may('changeProposalStatus') && p.nextStatuses.length > 0, run: handling.open },
    ],
    extras: [handling.dialog],
  });
}

/** The 办理 dialog: the steps the proposal may take now, each with the fields it needs. */
function handlingDialog() {
  const heading = h('h2', { id: 'proposal-status-title' });
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const current = h('p', { class: 'meta' });
  const input = (tag, name, props = {}) => h(tag, { id: `proposal-status-${name}`, name, 'aria-describedby': `proposal-status-${name}-error`, ...props });
  const inputs = {
    status: input('select', 'status', { required: true }),
    caseNumber: input('input', 'caseNumber', { maxlength: 50, autocomplete: 'off' }),
    reason: input('textarea', 'reason', { maxlength: 500, rows: 3 }),
    answeredOn: input('input', 'answeredOn', { type: 'date' }),
    answer: input('textarea', 'answer', { maxlength: 2000, rows: 4 }),
    handlingUnit: input('input', 'handlingUnit', { maxlength: 100, autocomplete: 'off' }),
  };
  /** Which fields each step takes, as the contract's ProposalStatusChange says. */
  const FIELDS = { ACCEPTED: ['caseNumber', 'handlingUnit'], NOT_ACCEPTED: ['reason'], ANSWERED: ['answeredOn', 'answer', 'handlingUnit'], CLOSED: [] };
  const field = (name, label, hint) => h('div', { class: 'field', 'data-step-field': name },
    h('label', { for: inputs[name].id, text: label }), inputs[name],
    hint ? h('p', { class: 'hint', text: hint }) : null,
    h('p', { class: 'field-error', id: `${inputs[name].id}-error`, 'data-error-for': name, hidden: true }));
  const submit = h('button', { type: 'submit', class: 'primary', text: '确定' });
  const form = h('form', { 'data-proposal-status-form': true, novalidate: true },
    heading, banner, current,
    field('status', '办理'),
    field('caseNumber', '案号', '可选，同一政协内不重复'),
    field('reason', '不予立案的理由', '必填，如：属于个人诉求，建议通过社情民意渠道反映'),
    field('answeredOn', '答复日期', '不能晚于今天，也不能早于提交日期'),
    field('answer', '答复摘要', '必填：承办单位答复的要点'),
    field('handlingUnit', '承办单位', '可选，如：铁力市农业农村局'),
    h('div', { class: 'actions' }, submit, h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' })));
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': heading.id, 'data-proposal-status-dialog': true }, form);
  let proposal = null;
  let screen = null;

  /** Shows only the fields the chosen step takes; hidden ones are not sent. */
  function showStepFields() {
    const shown = FIELDS[inputs.status.value] ?? [];
    for (const name of ['caseNumber', 'reason', 'answeredOn', 'answer', 'handlingUnit']) {
      const on = shown.includes(name);
      form.querySelector(`[data-step-field="${name}"]`).hidden = !on;
      inputs[name].disabled = !on;
    }
  }

  function open(chosen, crudScreen) {
    proposal = chosen;
    screen = crudScreen;
    heading.textContent = `办理提案“${proposal.title}”`;
    current.textContent = `当前状态：${labelOf(PROPOSAL_STATUSES, proposal.status)}`;
    inputs.status.replaceChildren(...proposal.nextStatuses.map((s) => h('option', { value: s, text: `${labelOf(PROPOSAL_STEPS, s)}（→ ${labelOf(PROPOSAL_STATUSES, s)}）` })));
    for (const name of ['caseNumber', 'reason', 'answer']) inputs[name].value = '';
    inputs.caseNumber.value = proposal.caseNumber ?? '';
    inputs.handlingUnit.value = proposal.handlingUnit ?? '';
    inputs.answeredOn.value = beijingDay();
    inputs.answeredOn.max = beijingDay();
    showStepFields();
    hideBanner(banner);
    clearFieldErrors(form);
    if (!dialog.open) dialog.showModal();
    inputs.status.focus();
  }

  form.addEventListener('change', (event) => {
    if (event.target === inputs.status) showStepFields();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const change = { status: inputs.status.value };
    for (const name of FIELDS[change.status] ?? []) {
      const value = inputs[name].value.trim();
      // An unchanged case number is the proposal's own: sending it again is harmless but says nothing.
      if (value && !(name === 'caseNumber' && value === proposal.caseNumber)) change[name] = value;
    }
    submit.disabled = true;
    try {
      const changed = await api.changeProposalStatus(proposal.id, change, proposal.version);
      dialog.close();
      screen.say(`提案“${changed.title}”已${labelOf(PROPOSAL_STEPS, changed.status)}`);
      await screen.reload();
    } catch (error) {
      reportProblem(error, { banner, form, subject: `提案“${proposal.title}”`, verb: '办理' });
      if (error.kind === 'stale-version' || error.kind === 'illegal-state') {
        // Someone handled it meanwhile: read it again so the steps offered are the ones allowed now.
        banner.querySelector('[data-action="reload"]')?.remove();
        try {
          open(await api.getProposal(proposal.id), screen);
          banner.replaceChildren(h('p', { text: '该提案已被他人办理，已载入最新状态，请重新选择后确定。' }));
          banner.hidden = false;
        } catch { /* the banner already tells what went wrong */ }
        screen.reload();
      }
    } finally {
      submit.disabled = false;
    }
  });

  return { dialog, open };
}
