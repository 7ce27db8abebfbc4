// The signed-in person in the masthead: name and role, a member's own 履职档案 and 考评, the screens beyond the
// committees' that the role may open (账号, API 令牌, 审计), 修改密码 and 退出登录.
import * as api from './api.js';
import { h } from './dom.js';
import { fillForm, formDialog, missingFields, readForm } from './form.js';
import { ROLES, labelOf } from './labels.js';
import { may } from './permissions.js';
import { clearFieldErrors, hideBanner, reportMissing, reportProblem } from './problems.js';

const PASSWORD_FIELDS = [
  { name: 'currentPassword', label: '当前密码', type: 'password', required: true, maxLength: 100, autocomplete: 'current-password' },
  { name: 'newPassword', label: '新密码', type: 'password', required: true, maxLength: 100, autocomplete: 'new-password',
    hint: '至少 8 位，须同时包含字母和数字；修改后在其他地方的登录须重新登录' },
  { name: 'repeatPassword', label: '再次输入新密码', type: 'password', required: true, maxLength: 100, autocomplete: 'new-password' },
];

/** Screens beyond the committees', each shown to the roles that may run the operation it lists. */
const SCREEN_LINKS = [
  { href: '#/accounts', label: '账号', operation: 'listAccounts' },
  { href: '#/api-tokens', label: 'API 令牌', operation: 'listApiTokens' },
  { href: '#/audit', label: '审计', operation: 'listAuditEvents' },
];

/** Fills the masthead's account area; status is the line that tells what happened. */
export function mountMasthead(area, { status }) {
  const dialog = formDialog({ title: '修改密码', fields: PASSWORD_FIELDS, submitLabel: '修改密码' });
  dialog.dataset.passwordDialog = '';
  const form = dialog.querySelector('[data-form]');
  const banner = form.querySelector('[data-banner]');
  document.body.append(dialog);

  area.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'change-password') openPasswordDialog();
    else if (action === 'sign-out') api.signOut('signed-out');
  });

  dialog.addEventListener('click', (event) => {
    if (event.target.closest('[data-action="close-dialog"]')) dialog.close();
  });

  // Passwords leave no trace in the page once the dialog is closed.
  dialog.addEventListener('close', () => fillForm(form, PASSWORD_FIELDS, {}));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (reportMissing(missingFields(form, PASSWORD_FIELDS), { banner, form })) return;
    const { currentPassword, newPassword, repeatPassword } = readForm(form, PASSWORD_FIELDS);
    hideBanner(banner);
    clearFieldErrors(form);
    if (newPassword !== repeatPassword) {
      const message = form.querySelector('[data-error-for="repeatPassword"]');
      message.textContent = '两次输入的新密码不一致';
      message.hidden = false;
      form.elements.namedItem('repeatPassword').setAttribute('aria-invalid', 'true');
      form.elements.namedItem('repeatPassword').focus();
      return;
    }
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      api.keepToken(await api.changeOwnPassword({ currentPassword, newPassword }));
      dialog.close();
      status.textContent = '密码已修改；在其他地方的登录须用新密码重新登录。';
    } catch (error) {
      reportProblem(error, { banner, form });
    } finally {
      submit.disabled = false;
    }
  });

  function openPasswordDialog() {
    hideBanner(banner);
    clearFieldErrors(form);
    dialog.showModal();
    form.elements.namedItem('currentPassword').focus();
  }

  return {
    /** Shows who is signed in: a CurrentCaller. */
    show(caller) {
      const links = SCREEN_LINKS.filter((l) => may(l.operation));
      // replaceChildren would write a left-out part as the text "null": only the parts this caller has.
      area.replaceChildren(...[
        h('p', { class: 'caller', 'data-caller': true },
          h('span', { class: 'caller-name', 'data-caller-name': true, text: caller.displayName }),
          h('span', { class: 'caller-role', 'data-caller-role': true, text: labelOf(ROLES, caller.role) })),
        // A member (a convenor or liaison may be one) reaches their own 履职档案 from every screen.
        caller.memberId ? h('a', { class: 'own-record', href: `#/members/${caller.memberId}/record`, 'data-link': 'own-record', text: '我的履职档案' }) : null,
        // …and their own score: the breakdown of the latest computed year.
        caller.memberId && caller.committeeId && may('getMemberEvaluation')
          ? h('a', { class: 'own-record', href: '#/my-evaluation', 'data-link': 'own-evaluation', text: '我的考评' }) : null,
        links.length
          ? h('nav', { class: 'admin-links', 'aria-label': '系统管理' }, links.map((l) => h('a', { href: l.href, text: l.label })))
          : null,
        caller.kind === 'ACCOUNT' ? h('button', { type: 'button', 'data-action': 'change-password', text: '修改密码' }) : null,
        h('button', { type: 'button', 'data-action': 'sign-out', text: '退出登录' }),
      ].filter(Boolean));
      area.hidden = false;
    },
    hide() {
      if (dialog.open) dialog.close();
      area.replaceChildren();
      area.hidden = true;
    },
  };
}
