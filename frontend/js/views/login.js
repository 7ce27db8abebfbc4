// 登录: username and password for a session token; shown when there is no token, when the service
// refused it (expired, password changed, account disabled) and after 退出登录.
import * as api from '../api.js';
import { h } from '../dom.js';
import { MESSAGES } from '../labels.js';

/** 300 → "5 分钟", 90 → "1 分 30 秒", 45 → "45 秒". */
function duration(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} 秒`;
  return rest === 0 ? `${minutes} 分钟` : `${minutes} 分 ${rest} 秒`;
}

/** 14:05:09 in the browser's clock, when a locked sign-in may be tried again. */
const clockAfter = (seconds) => new Date(Date.now() + seconds * 1000).toLocaleTimeString('zh-CN', { hour12: false });

/**
 * reason: null (no session yet), 'signed-out' (退出登录), or the ApiError (401) that ended the session.
 * signedIn(sessionToken) is called once the service accepted the password; the token is already kept.
 */
export function render(root, { reason, signedIn }) {
  const banner = h('div', { class: 'banner', role: 'alert', 'data-banner': true, hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const username = h('input', {
    id: 'login-username', name: 'username', required: true, maxlength: 50, autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false',
  });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', required: true, maxlength: 100, autocomplete: 'current-password' });
  const submit = h('button', { type: 'submit', class: 'primary', text: '登录' });
  const field = (input, label) => h('div', { class: 'field' }, h('label', { for: input.id, text: label }), input);
  const form = h('form', { class: 'panel login', 'data-login-form': true, novalidate: true, 'aria-labelledby': 'login-title' },
    h('h2', { id: 'login-title', text: '登录' }),
    h('p', { class: 'meta', text: '请使用系统管理员分配的账号登录；忘记密码请联系系统管理员重设。' }),
    banner, notice,
    field(username, '用户名'),
    field(password, '密码'),
    h('div', { class: 'actions' }, submit));
  root.append(form);

  function tell(...lines) {
    banner.replaceChildren(...lines.map((line) => h('p', { text: line })));
    banner.hidden = false;
  }

  if (reason === 'signed-out') notice.textContent = '已退出登录。';
  else if (reason instanceof api.ApiError) tell(`登录已失效：${reason.message}`);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    banner.hidden = true;
    notice.textContent = '';
    const credentials = { username: username.value.trim(), password: password.value };
    if (!credentials.username || !credentials.password) {
      tell('请输入用户名和密码。');
      (credentials.username ? password : username).focus();
      return;
    }
    submit.disabled = true;
    try {
      const token = await api.issueToken(credentials);
      api.keepToken(token);
      password.value = '';
      await signedIn(token);
    } catch (error) {
      password.value = '';
      password.focus();
      if (!(error instanceof api.ApiError)) tell(MESSAGES.offline);
      else if (error.status === 429 && error.retryAfter) {
        tell(error.message, `请等待 ${duration(error.retryAfter)}，${clockAfter(error.retryAfter)} 以后再试。`);
      } else tell(error.message);
    } finally {
      submit.disabled = false;
    }
  });

  username.focus();
}
