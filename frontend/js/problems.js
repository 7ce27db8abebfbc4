// Shows the API's problem+json answers so people can act on them: field errors next to their
// inputs, stale versions with a way to reload, records still in use with what uses them.
import { ApiError } from './api.js';
import { h } from './dom.js';
import { MESSAGES, measureWord } from './labels.js';

export function hideBanner(banner) {
  banner.hidden = true;
  banner.replaceChildren();
}

function showBanner(banner, ...content) {
  banner.replaceChildren(...content);
  banner.hidden = false;
}

/** Removes the field errors a form shows. */
export function clearFieldErrors(form) {
  for (const message of form.querySelectorAll('[data-error-for]')) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/**
 * Lets a form take back what it said about an input once the input is changed: its error line goes, and the banner
 * with it once no input is marked any more. For forms that show their errors until they are sent again otherwise.
 */
export function clearErrorsOnEdit(form, banner) {
  const edited = (event) => {
    const name = event.target.name;
    if (!name || !event.target.hasAttribute('aria-invalid')) return;
    event.target.removeAttribute('aria-invalid');
    const message = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
    if (message) { message.hidden = true; message.textContent = ''; }
    if (banner && !form.querySelector('[aria-invalid="true"]')) hideBanner(banner);
  };
  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
}

/** Puts each error beside the input of the same name; returns the errors no input matched. */
function placeFieldErrors(form, errors) {
  const unplaced = [];
  let first = null;
  for (const error of errors) {
    const input = form.elements.namedItem(error.field);
    const message = form.querySelector(`[data-error-for="${CSS.escape(error.field)}"]`);
    if (!input || !message) {
      unplaced.push(error);
      continue;
    }
    input.setAttribute('aria-invalid', 'true');
    message.textContent = message.textContent ? `${message.textContent}；${error.message}` : error.message;
    message.hidden = false;
    first ??= input;
  }
  first?.focus();
  return unplaced;
}

/**
 * Required fields left empty, found before sending: every one is marked beside its input at once, the banner
 * names them all, and the first gets the focus. Returns true when something was missing.
 */
export function reportMissing(missing, { banner, form }) {
  hideBanner(banner);
  clearFieldErrors(form);
  if (missing.length === 0) return false;
  placeFieldErrors(form, missing);
  showBanner(banner, h('p', {}, h('strong', { text: `还有 ${missing.length} 项必填内容未填写：` }),
    missing.map((m) => m.label).join('、')));
  return true;
}

/** "仍有 12 名委员、2 个界别活动组" from the references of an in-use problem. */
export function describeReferences(references) {
  return `仍有 ${references.map((r) => `${r.count} ${measureWord(r.resource)}${r.label}`).join('、')}`;
}

/**
 * Shows what went wrong with a request.
 * - banner: the element for messages (hidden when there is nothing to say);
 * - form: when given, field errors go next to the inputs of the same name;
 * - subject: what the action was about, e.g. 界别“农业界”, for in-use messages;
 * - verb, inUseHint: for in-use answers to actions other than deleting (default 删除).
 * A stale version shows a button with data-action="reload" for the view to handle.
 */
export function reportProblem(error, { banner, form, subject = '该记录', verb = '删除', inUseHint = '请先删除或移走这些记录，再删除它。' }) {
  hideBanner(banner);
  if (form) clearFieldErrors(form);
  if (!(error instanceof ApiError)) {
    showBanner(banner, h('p', { text: MESSAGES.offline }));
    return;
  }
  const problem = error.problem;
  if (error.kind === 'stale-version') {
    showBanner(banner,
      h('p', { text: MESSAGES.staleVersion }),
      h('button', { type: 'button', 'data-action': 'reload', text: MESSAGES.reload }));
    return;
  }
  if (error.kind === 'in-use' && problem.references?.length) {
    showBanner(banner,
      h('p', {}, h('strong', { text: `不能${verb}${subject}：` }), `${describeReferences(problem.references)}。`),
      h('p', { text: inUseHint }));
    return;
  }
  if (error.kind === 'schedule-conflict') {
    // The sentence names the member and the other visit: it belongs in full where it is seen first.
    showBanner(banner, h('p', {}, h('strong', { text: `${problem.title || '时间冲突'}：` }), problem.detail || error.message));
    if (form) placeFieldErrors(form, problem.errors || []);
    return;
  }
  const errors = problem.errors || [];
  const unplaced = form ? placeFieldErrors(form, errors) : errors;
  if (form && errors.length > 0 && unplaced.length === 0) return;
  showBanner(banner, h('p', {},
    h('strong', { text: problem.title ? `${problem.title}：` : `请求失败（${error.status}）：` }),
    problem.detail || error.message));
}
