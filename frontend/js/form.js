// Record forms in a <dialog>: built from a list of fields, read back into a request body.
import { h } from './dom.js';

let formCount = 0;

/**
 * A field: { name, label, type: 'text'|'number'|'date'|'time'|'password'|'select'|'textarea'|'checkboxes',
 * required, maxLength, min, max, hint, options: [{ value, label }] (select, checkboxes), numeric (values
 * are ids or numbers), blankLabel (select: the label of "none", only when not required), autocomplete
 * (default off), search (checkboxes: a placeholder, and a box that narrows a long list), compact
 * (checkboxes: short labels side by side, e.g. 一 … 日) }.
 */
function fieldRow(field, formId) {
  const id = `${formId}-${field.name}`;
  if (field.type === 'checkboxes') return checkboxesRow(field, id);
  const common = { id, name: field.name, required: field.required, 'aria-describedby': `${id}-error` };
  let input;
  if (field.type === 'select') {
    const options = field.options.map((o) => h('option', { value: o.value, text: o.label }));
    if (!field.required || field.blankLabel) options.unshift(h('option', { value: '', text: field.blankLabel || '（无）' }));
    input = h('select', common, options);
  } else if (field.type === 'textarea') {
    input = h('textarea', { ...common, maxlength: field.maxLength, rows: 4 });
  } else {
    input = h('input', {
      ...common,
      type: field.type || 'text',
      maxlength: field.maxLength,
      min: field.min,
      max: field.max,
      autocomplete: field.autocomplete || 'off',
    });
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, field.label, field.required ? h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' }) : null),
    input,
    field.hint ? h('p', { class: 'hint', text: field.hint }) : null,
    h('p', { class: 'field-error', id: `${id}-error`, 'data-error-for': field.name, hidden: true }));
}

/**
 * Several choices ticked in one field: a <fieldset name=…> (so errors for the field find it) holding a
 * checkbox per option, with a search box when the list is long. Ticked values read back as an array.
 */
function checkboxesRow(field, id) {
  const choices = h('div', { class: `choices${field.compact ? ' compact' : ''}`, 'data-choices': field.name });
  const set = h('fieldset', { class: 'field checkboxes', id, name: field.name, 'aria-describedby': `${id}-error` },
    h('legend', {}, field.label, field.required ? h('span', { class: 'required', 'aria-hidden': 'true', text: ' *' }) : null),
    field.search ? h('input', { type: 'search', class: 'choice-search', 'data-choice-search': field.name, placeholder: field.search, 'aria-label': `${field.label}：搜索`, autocomplete: 'off' }) : null,
    choices,
    field.hint ? h('p', { class: 'hint', text: field.hint }) : null,
    h('p', { class: 'field-error', id: `${id}-error`, 'data-error-for': field.name, hidden: true }));
  fillChoices(choices, field.name, field.options || []);
  // The search box only hides choices: ticked ones stay ticked while hidden.
  set.addEventListener('input', (event) => {
    if (!event.target.matches('[data-choice-search]')) return;
    const text = event.target.value.trim();
    for (const choice of choices.children) choice.hidden = Boolean(text) && !choice.textContent.includes(text);
  });
  return set;
}

function fillChoices(choices, name, options, checked = [], locked = []) {
  const ticked = new Set(checked.map(String));
  const fixed = new Set(locked.map(String));
  choices.replaceChildren(...options.map((o) => h('label', { class: 'choice', 'data-choice': o.value },
    h('input', {
      type: 'checkbox', name: `${name}.choice`, value: o.value, checked: ticked.has(String(o.value)) || fixed.has(String(o.value)),
      disabled: fixed.has(String(o.value)), 'data-locked': fixed.has(String(o.value)),
    }),
    h('span', { text: o.label }))));
}

const choiceBoxes = (form, name) => [...form.querySelectorAll(`[data-choices="${CSS.escape(name)}"] input[type="checkbox"]`)];

/** The values ticked in a checkboxes field, locked ones included. */
export const checkedValues = (form, name) => choiceBoxes(form, name).filter((box) => box.checked).map((box) => box.value);

/** Replaces a checkboxes field's choices; `checked` are ticked, `locked` ticked and not to be unticked. */
export function setChoices(form, name, options, checked = [], locked = []) {
  const set = form.elements.namedItem(name);
  const search = set.querySelector('[data-choice-search]');
  if (search) search.value = '';
  fillChoices(set.querySelector('[data-choices]'), name, options, checked, locked);
}

/**
 * A modal dialog holding a form (data-form) with a banner (data-banner) for errors the inputs cannot show.
 * submitButtons: [{ label, value, primary }] when the form may be sent in more than one way (记录并上报, 存为草稿);
 * each is a submit button named intent, so the submit event's submitter tells which was chosen.
 */
export function formDialog({ title, fields, submitLabel = '保存', submitButtons }) {
  const formId = `form${++formCount}`;
  return h('dialog', { class: 'dialog', 'aria-labelledby': `${formId}-heading` },
    h('form', { 'data-form': true, novalidate: true },
      h('h2', { id: `${formId}-heading`, text: title }),
      h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true }),
      fields.map((field) => fieldRow(field, formId)),
      h('div', { class: 'actions' },
        (submitButtons || [{ label: submitLabel, primary: true }]).map((b) => h('button', {
          type: 'submit', class: b.primary ? 'primary' : null, name: b.value ? 'intent' : null, value: b.value, 'data-intent': b.value, text: b.label,
        })),
        h('button', { type: 'button', 'data-action': 'close-dialog', text: '取消' }))));
}

/** Puts a record's values into the form's inputs. */
export function fillForm(form, fields, values) {
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'checkboxes') {
      const ticked = new Set((value || []).map(String));
      for (const box of choiceBoxes(form, field.name)) box.checked = ticked.has(box.value) || box.dataset.locked !== undefined;
      const search = form.elements.namedItem(field.name).querySelector('[data-choice-search]');
      if (search) { search.value = ''; search.dispatchEvent(new Event('input', { bubbles: true })); }
      continue;
    }
    form.elements.namedItem(field.name).value = value === undefined || value === null ? '' : String(value);
  }
}

/**
 * The form's values as the contract's fields: text trimmed (passwords as typed), numbers and ids as
 * numbers, empty optional fields and hidden ones left out (a PUT then clears them), empty required
 * ones sent for the service to name.
 */
export function readForm(form, fields) {
  const values = {};
  for (const field of fields) {
    const input = form.elements.namedItem(field.name);
    if (input.disabled) continue;
    if (field.type === 'checkboxes') {
      values[field.name] = checkedValues(form, field.name).map((v) => (field.numeric ? Number(v) : v));
      continue;
    }
    const typed = input.value;
    const raw = field.type === 'password' ? typed : typed.trim();
    if (raw === '') {
      if (field.required && field.type !== 'number' && !field.numeric) values[field.name] = '';
      continue;
    }
    values[field.name] = field.type === 'number' || field.numeric ? Number(raw) : raw;
  }
  return values;
}

/**
 * The required fields still empty, as field errors ({ field, message }) the form can show all at once before
 * anything is sent; hidden and disabled fields are not asked for.
 */
export function missingFields(form, fields) {
  const missing = [];
  for (const field of fields) {
    if (!field.required) continue;
    const input = form.elements.namedItem(field.name);
    if (!input || input.disabled || input.closest('.field')?.hidden) continue;
    const empty = field.type === 'checkboxes' ? checkedValues(form, field.name).length === 0
      : (field.type === 'password' ? input.value : input.value.trim()) === '';
    if (empty) missing.push({ field: field.name, label: field.label, message: `${field.type === 'select' || field.type === 'checkboxes' ? '请选择' : '请填写'}${field.label}` });
  }
  return missing;
}

/** Shows or hides a field with its label, hint and error; a hidden field is also left out of validation. */
export function showField(form, name, shown) {
  const input = form.elements.namedItem(name);
  input.closest('.field').hidden = !shown;
  input.disabled = !shown;
}

/** Replaces a select's choices, keeping its "none" option, and chooses value when it is still there. */
export function setOptions(form, name, options, value) {
  const select = form.elements.namedItem(name);
  const blank = select.querySelector('option[value=""]');
  select.replaceChildren(...(blank ? [blank] : []), ...options.map((o) => h('option', { value: o.value, text: o.label })));
  select.value = value === undefined || value === null ? '' : String(value);
  if (select.selectedIndex < 0) select.value = '';
}
