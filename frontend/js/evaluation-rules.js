// 考评细则 of a year, in the office's hands: the rule set as a form — name, base and full score, a row a scored kind
// (points each, per how many people for 接待群众人次, cap), the lead's share of a co-signed proposal, the minimum, the
// rating those below it may reach at most, and the three thresholds. 试算 posts the draft as it stands to the what-if
// and shows it beside the rules in force (evaluation-what-if.js); nothing is saved until 保存细则, which replaces the
// rules whole under the version read. Each input is named by its path in the contract (items[2].points,
// ratings.excellent), so every error of a 400 lands beside its input at once. A closed year's rules are shown, not
// changed.
import * as api from './api.js';
import { h } from './dom.js';
import { chineseDateTime } from './format.js';
import { plainNumber } from './evaluation-marks.js';
import { whatIfPanel } from './evaluation-what-if.js';
import {
  EVALUATION_ITEM_KINDS, EVALUATION_MINIMUM_KINDS, EVALUATION_RATINGS, labelOf, optionsOf,
} from './labels.js';
import { may } from './permissions.js';
import { clearErrorsOnEdit, clearFieldErrors, hideBanner, reportMissing, reportProblem } from './problems.js';

const PEOPLE = 'PEOPLE_RECEIVED';

/** An input with the line under it that shows its error. */
const errorLine = (name) => h('p', { class: 'field-error', 'data-error-for': name, hidden: true });

/** A labelled input of the form's head (name, scores, thresholds), named by its contract path. */
function field(name, label, input, hint) {
  input.id = `rules-${name.replace(/\W+/g, '-')}`;
  input.name = name;
  return h('div', { class: `field rules-field rules-${name.replace(/\W+/g, '-')}` },
    h('label', { for: input.id, text: label }), input, hint ? h('p', { class: 'hint', text: hint }) : null, errorLine(name));
}

const numberInput = (props) => h('input', { type: 'number', step: 'any', inputmode: 'decimal', autocomplete: 'off', ...props });
const choice = (options, props = {}) => h('select', props, options.map((o) => h('option', { value: o.value, text: o.label })));

/** The value of a number input as a number, or undefined when it is empty (an optional field left out). */
const numberOf = (input) => (input.value.trim() === '' ? undefined : Number(input.value));
const valueOf = (value) => (value === undefined || value === null ? '' : String(value));

/**
 * The rules panel for the office; changed() runs after the rules are saved, so the screen reads the year again.
 * show(evaluation, rules) gives it the year and its rules (null while there are none: the year panel offers a start).
 */
export function rulesPanel({ committee, changed }) {
  if (!may('updateEvaluationRules')) return { panel: null, show() {} };
  const scope = { committeeId: committee.id };
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const summary = h('p', { class: 'meta rules-summary', 'data-rules-summary': true });
  const toggle = h('button', { type: 'button', 'data-action': 'toggle-rules', 'aria-expanded': 'false', 'aria-controls': 'rules-form' });
  const itemRows = h('tbody', { 'data-rule-items': true });
  const minimumRows = h('tbody', { 'data-rule-minimum': true });
  const inputs = {
    name: h('input', { type: 'text', maxlength: 100, autocomplete: 'off', required: true }),
    baseScore: numberInput({ min: 0, max: 1000, required: true }),
    maxScore: numberInput({ min: 0, max: 10000, placeholder: '不设上限' }),
    proposalLeadShare: numberInput({ min: 0, max: 100, step: 1, inputmode: 'numeric', placeholder: '不分配' }),
    belowMinimumRating: choice([{ value: '', label: '不降低等次' }, ...optionsOf(EVALUATION_RATINGS)]),
    excellent: numberInput({ min: 0, max: 10000, required: true }),
    competent: numberInput({ min: 0, max: 10000, required: true }),
    basic: numberInput({ min: 0, max: 10000, required: true }),
  };
  const tryButton = h('button', { type: 'button', 'data-action': 'what-if', text: '试算' });
  const saveButton = h('button', { type: 'submit', class: 'primary', text: '保存细则' });
  const resetButton = h('button', { type: 'button', 'data-action': 'reset-rules', text: '放弃修改' });
  const editable = h('fieldset', { class: 'rules-fields', 'data-rules-fields': true },
    h('div', { class: 'rules-basics' },
      field('name', '细则名称', inputs.name),
      field('baseScore', '基础分', inputs.baseScore),
      field('maxScore', '满分（得分上限）', inputs.maxScore, '不填为不设上限'),
      field('proposalLeadShare', '提案领衔人所占百分比', inputs.proposalLeadShare, '有附议人的提案由领衔人得该百分比，其余附议人平分；不填时领衔人得全部，附议人每件另得附议分值')),
    h('fieldset', { class: 'rules-group' }, h('legend', { text: '计分项' }),
      h('p', { class: 'hint', text: '每项分值可为负数（扣分）；封顶为该类合计得分（扣分时为扣分）的上限，不填为不封顶；接待群众人次须填每多少人次计一次分。' }),
      h('div', { class: 'rules-table-wrap' },
        h('table', { class: 'mini rules-table', 'data-rules-items-table': true },
          h('thead', {}, h('tr', {}, ['类别', '每项分值', '每多少人次', '封顶', ''].map((text) => h('th', { scope: 'col', text })))),
          itemRows)),
      h('p', { class: 'rules-add' }, h('button', { type: 'button', class: 'link', 'data-action': 'add-item', text: '＋ 添加一类' })),
      errorLine('items')),
    h('fieldset', { class: 'rules-group' }, h('legend', { text: '最低要求' }),
      h('p', { class: 'hint', text: '每类工作一年至少几项；年中在任的按在任月数折算（四舍五入）。' }),
      h('div', { class: 'rules-table-wrap' },
        h('table', { class: 'mini rules-table rules-minimum', 'data-rules-minimum-table': true },
          h('thead', {}, h('tr', {}, ['类别', '至少几项', ''].map((text) => h('th', { scope: 'col', text })))),
          minimumRows)),
      h('p', { class: 'rules-add' }, h('button', { type: 'button', class: 'link', 'data-action': 'add-minimum', text: '＋ 添加最低要求' })),
      errorLine('minimum'),
      field('belowMinimumRating', '未达到最低要求的委员最高评为', inputs.belowMinimumRating)),
    h('fieldset', { class: 'rules-group' }, h('legend', { text: '等次分数线（得分不低于）' }),
      h('div', { class: 'rules-thresholds' },
        field('ratings.excellent', '优秀', inputs.excellent),
        field('ratings.competent', '称职', inputs.competent),
        field('ratings.basic', '基本称职', inputs.basic)),
      h('p', { class: 'hint', text: '低于基本称职分数线为不称职；须优秀 > 称职 > 基本称职。' })));
  const actions = h('div', { class: 'actions rules-actions' }, tryButton, saveButton, resetButton);
  const form = h('form', { id: 'rules-form', class: 'rules-form', 'data-rules-form': true, novalidate: true, hidden: true },
    banner, editable, actions,
    h('p', { class: 'hint', 'data-rules-note': true, text: '“试算”按上面的草稿为每位委员算出得分和等次，与现行细则并列，什么也不保存；'
      + '“保存细则”后，已计算的考评须“重新计算”才按新细则。' }));
  const whatIf = whatIfPanel({ committee });
  const panel = h('section', { class: 'panel evaluation-rules', 'data-rules-panel': true, 'aria-labelledby': 'evaluation-rules-title', hidden: true },
    h('div', { class: 'panel-head' }, h('h3', { id: 'evaluation-rules-title', text: '考评细则' }), toggle),
    summary, notice, form, whatIf.panel);
  const state = { year: null, rules: null, open: false, dirty: false, locked: false };

  function show(evaluation, rules) {
    panel.hidden = !rules;
    if (!rules) {
      state.year = evaluation.year;
      state.rules = null;
      whatIf.clear();
      return;
    }
    const moved = rules.year !== state.year;
    if (moved) notice.textContent = '';
    if (moved || !state.dirty || rules.version !== state.rules?.version) {
      state.rules = rules;
      fill(rules);
      if (moved) whatIf.clear();
    }
    state.year = rules.year;
    state.locked = !rules.editable;
    editable.disabled = state.locked;
    actions.hidden = state.locked;
    form.querySelector('[data-rules-note]').hidden = state.locked;
    showSummary(rules);
    setOpen(state.open);
  }

  function showSummary(rules) {
    const t = rules.ratings;
    summary.replaceChildren(
      h('strong', { text: rules.name }),
      h('span', { text: ` · 基础分 ${plainNumber(rules.baseScore)}${rules.maxScore != null ? ` · 满分 ${plainNumber(rules.maxScore)}` : ''}`
        + ` · 计分 ${rules.items.length} 类 · 最低要求 ${rules.minimum.length ? rules.minimum.map((m) => `${labelOf(EVALUATION_ITEM_KINDS, m.kind)} ${m.count}`).join('、') : '无'}`
        + ` · 优秀 ≥${plainNumber(t.excellent)}，称职 ≥${plainNumber(t.competent)}，基本称职 ≥${plainNumber(t.basic)}` }),
      h('span', { class: 'meta-inline', text: ` · 最后修改 ${rules.updatedBy} ${chineseDateTime(rules.updatedAt)}` }),
      state.locked ? h('span', { class: 'meta-inline', text: '（年度已关闭，细则不能再改）' }) : '');
  }

  function setOpen(open) {
    state.open = open;
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? '收起' : state.locked ? '查看细则' : '修改细则';
    if (!open) whatIf.panel.hidden = true;
    else whatIf.panel.hidden = !whatIf.shown();
  }

  /** Puts a rule set into the form: its head, a row a scored kind, a row a minimum, the thresholds. */
  function fill(rules) {
    hideBanner(banner);
    clearFieldErrors(form);
    inputs.name.value = rules.name;
    inputs.baseScore.value = valueOf(rules.baseScore);
    inputs.maxScore.value = valueOf(rules.maxScore);
    inputs.proposalLeadShare.value = valueOf(rules.proposalLeadShare);
    inputs.belowMinimumRating.value = rules.belowMinimumRating ?? '';
    inputs.excellent.value = valueOf(rules.ratings.excellent);
    inputs.competent.value = valueOf(rules.ratings.competent);
    inputs.basic.value = valueOf(rules.ratings.basic);
    itemRows.replaceChildren(...rules.items.map(itemRow));
    minimumRows.replaceChildren(...rules.minimum.map(minimumRow));
    renumber();
    state.dirty = false;
  }

  function itemRow(item = {}) {
    const kind = choice(optionsOf(EVALUATION_ITEM_KINDS), { 'data-part': 'kind' });
    kind.value = item.kind ?? firstUnused(itemRows, EVALUATION_ITEM_KINDS);
    return h('tr', { class: 'rule-item', 'data-rule-item': true },
      h('td', {}, kind, errorLine('')),
      h('td', {}, numberInput({ 'data-part': 'points', min: -1000, max: 1000, value: valueOf(item.points) }), errorLine('')),
      h('td', {}, numberInput({ 'data-part': 'per', min: 1, max: 100000, step: 1, inputmode: 'numeric', value: valueOf(item.per) }), errorLine('')),
      h('td', {}, numberInput({ 'data-part': 'cap', min: 0, max: 1000, placeholder: '不封顶', value: valueOf(item.cap) }), errorLine('')),
      h('td', { class: 'rule-remove' }, h('button', { type: 'button', class: 'link danger', 'data-action': 'remove-row', text: '删除' })));
  }

  function minimumRow(minimum = {}) {
    const kind = choice(optionsOf(EVALUATION_MINIMUM_KINDS), { 'data-part': 'kind' });
    kind.value = minimum.kind ?? firstUnused(minimumRows, EVALUATION_MINIMUM_KINDS);
    return h('tr', { class: 'rule-minimum', 'data-rule-minimum-row': true },
      h('td', {}, kind, errorLine('')),
      h('td', {}, numberInput({ 'data-part': 'count', min: 1, max: 1000, step: 1, inputmode: 'numeric', value: valueOf(minimum.count ?? 1) }), errorLine('')),
      h('td', { class: 'rule-remove' }, h('button', { type: 'button', class: 'link danger', 'data-action': 'remove-row', text: '删除' })));
  }

  /** A new row starts on the first kind the rows do not have yet. */
  function firstUnused(rows, kinds) {
    const used = new Set([...rows.querySelectorAll('[data-part="kind"]')].map((s) => s.value));
    return Object.keys(kinds).find((k) => !used.has(k)) ?? Object.keys(kinds)[0];
  }

  /**
   * Names every row's inputs by their place (items[3].cap), so an error of the service finds its input, and labels
   * them by their kind (接待走访：封顶); 每多少人次 is open to 接待群众人次 only.
   */
  function renumber() {
    [...itemRows.rows].forEach((row, i) => {
      const kind = row.querySelector('[data-part="kind"]');
      const label = labelOf(EVALUATION_ITEM_KINDS, kind.value);
      for (const [part, text] of [['kind', '类别'], ['points', '每项分值'], ['per', '每多少人次'], ['cap', '封顶']]) {
        const input = row.querySelector(`[data-part="${part}"]`);
        input.name = `items[${i}].${part}`;
        input.setAttribute('aria-label', part === 'kind' ? `第 ${i + 1} 类` : `${label}：${text}`);
        input.parentElement.querySelector('[data-error-for]').dataset.errorFor = input.name;
      }
      const per = row.querySelector('[data-part="per"]');
      per.disabled = kind.value !== PEOPLE;
      per.placeholder = kind.value === PEOPLE ? '如 20' : '—';
      if (per.disabled) per.value = '';
      row.querySelector('[data-action="remove-row"]').setAttribute('aria-label', `删除${label}`);
    });
    [...minimumRows.rows].forEach((row, i) => {
      const kind = row.querySelector('[data-part="kind"]');
      const label = labelOf(EVALUATION_MINIMUM_KINDS, kind.value);
      for (const [part, text] of [['kind', '类别'], ['count', '至少几项']]) {
        const input = row.querySelector(`[data-part="${part}"]`);
        input.name = `minimum[${i}].${part}`;
        input.setAttribute('aria-label', part === 'kind' ? `第 ${i + 1} 项最低要求` : `最低要求${label}：${text}`);
        input.parentElement.querySelector('[data-error-for]').dataset.errorFor = input.name;
      }
      row.querySelector('[data-action="remove-row"]').setAttribute('aria-label', `删除最低要求${label}`);
    });
    const full = itemRows.rows.length >= Object.keys(EVALUATION_ITEM_KINDS).length;
    form.querySelector('[data-action="add-item"]').disabled = full;
    form.querySelector('[data-action="add-minimum"]').disabled = minimumRows.rows.length >= Object.keys(EVALUATION_MINIMUM_KINDS).length;
  }

  /** The draft as EvaluationRulesFields: empty optional numbers left out, as the contract wants (never null). */
  function draft() {
    const part = (row, name) => row.querySelector(`[data-part="${name}"]`);
    const drop = (object) => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== ''));
    return drop({
      name: inputs.name.value.trim(),
      baseScore: numberOf(inputs.baseScore),
      maxScore: numberOf(inputs.maxScore),
      items: [...itemRows.rows].map((row) => drop({
        kind: part(row, 'kind').value, points: numberOf(part(row, 'points')),
        per: part(row, 'per').disabled ? undefined : numberOf(part(row, 'per')), cap: numberOf(part(row, 'cap')),
      })),
      proposalLeadShare: numberOf(inputs.proposalLeadShare),
      minimum: [...minimumRows.rows].map((row) => drop({ kind: part(row, 'kind').value, count: numberOf(part(row, 'count')) })),
      belowMinimumRating: inputs.belowMinimumRating.value || undefined,
      ratings: drop({ excellent: numberOf(inputs.excellent), competent: numberOf(inputs.competent), basic: numberOf(inputs.basic) }),
    });
  }

  /** The required inputs left empty, each named, so all are marked at once before anything is sent. */
  function missing() {
    const empty = [];
    const need = (input, label) => { if (input && !input.disabled && input.value.trim() === '') empty.push({ field: input.name, label, message: `请填写${label}` }); };
    need(inputs.name, '细则名称');
    need(inputs.baseScore, '基础分');
    for (const row of itemRows.rows) {
      const label = labelOf(EVALUATION_ITEM_KINDS, row.querySelector('[data-part="kind"]').value);
      need(row.querySelector('[data-part="points"]'), `${label}的每项分值`);
      need(row.querySelector('[data-part="per"]'), `${label}的每多少人次`);
    }
    for (const row of minimumRows.rows) {
      need(row.querySelector('[data-part="count"]'), `最低要求${labelOf(EVALUATION_MINIMUM_KINDS, row.querySelector('[data-part="kind"]').value)}的项数`);
    }
    need(inputs.excellent, '优秀分数线');
    need(inputs.competent, '称职分数线');
    need(inputs.basic, '基本称职分数线');
    return empty;
  }

  async function run(button, work) {
    if (reportMissing(missing(), { banner, form })) return;
    button.disabled = true;
    notice.textContent = '';
    try {
      await work(draft());
    } catch (error) {
      reportProblem(error, { banner, form, subject: '考评细则', verb: '保存' });
      if (error instanceof api.ApiError && error.status === 400) form.querySelector('[aria-invalid="true"]')?.scrollIntoView({ block: 'center' });
    } finally {
      button.disabled = false;
    }
  }

  const tryDraft = () => run(tryButton, async (fields) => {
    const result = await api.whatIfEvaluation(state.year, fields, scope);
    whatIf.show(result);
    whatIf.panel.hidden = false;
    whatIf.panel.scrollIntoView({ block: 'start' });
  });

  const save = () => run(saveButton, async (fields) => {
    const saved = await api.updateEvaluationRules(state.year, fields, scope, state.rules.version);
    state.rules = saved;
    fill(saved);
    whatIf.clear();
    await changed();
    notice.textContent = `已保存 ${saved.year} 年的考评细则“${saved.name}”。已计算的考评须点上方的“重新计算”才按新细则。`;
  });

  panel.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    const action = target?.dataset.action;
    if (action === 'toggle-rules') setOpen(!state.open);
    else if (action === 'what-if') tryDraft();
    else if (action === 'reset-rules') {
      fill(state.rules);
      whatIf.clear();
      notice.textContent = '已放弃修改，恢复为现行细则';
    } else if (action === 'add-item' || action === 'add-minimum') {
      const rows = action === 'add-item' ? itemRows : minimumRows;
      const row = action === 'add-item' ? itemRow() : minimumRow();
      rows.append(row);
      renumber();
      edited();
      row.querySelector('[data-part="kind"]').focus();
    } else if (action === 'remove-row') {
      const row = target.closest('tr');
      const next = row.nextElementSibling ?? row.previousElementSibling;
      row.remove();
      renumber();
      edited();
      (next?.querySelector('[data-action="remove-row"]') ?? form.querySelector('[data-action="add-item"]')).focus();
    } else if (action === 'reload') {
      changed();
    }
  });
  const edited = () => {
    state.dirty = true;
    whatIf.outdated();
  };
  form.addEventListener('change', (event) => {
    edited();
    if (event.target.dataset.part === 'kind') renumber();
  });
  form.addEventListener('input', edited);
  clearErrorsOnEdit(form, banner);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!state.locked) save();
  });

  return { panel, show };
}
