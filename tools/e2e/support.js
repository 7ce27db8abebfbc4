// What the browser tests of one feature share: the service and Chromium they run against, calls to the API
// as the administrator or another account, and a step that leaves a screenshot when it fails.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = (process.env.E2E_BASE_URL || 'http://localhost:8085').replace(/\/$/, '');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'];
/** Marks the records of one run, so runs against the same database never collide. */
export const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
export const TAIL = RUN.slice(-4);
export const ADMIN = { username: process.env.E2E_ADMIN_USERNAME || 'e2e-admin', password: process.env.E2E_ADMIN_PASSWORD || 'E2eAdmin2024' };

let defaultToken = null;

/** The token calls carry unless they name another: the administrator's, once signed in. */
export function actAs(token) {
  defaultToken = token;
}

export async function call(method, path, { body, headers = {}, token = defaultToken } = {}) {
  const response = await fetch(`${BASE}/api/v1${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, payload: response.status === 204 ? null : await response.json() };
}

/** A call that must succeed, as the administrator or as `token`. */
export async function api(method, path, body, token = defaultToken) {
  const { status, payload } = await call(method, path, { body, token });
  if (status >= 400) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(payload)}`);
  return payload;
}

/** Makes the accounts a test signs in with, through the API; answers their ids, for `deleteAccounts` after it. */
export async function createAccounts(accounts) {
  const ids = [];
  for (const account of Object.values(accounts)) ids.push((await api('POST', '/accounts', account)).id);
  return ids;
}

/** Deletes a test's accounts, whatever became of them. */
export async function deleteAccounts(ids) {
  for (const id of ids) await api('DELETE', `/accounts/${id}`).catch(() => {});
}

export async function signInThroughApi({ username, password }) {
  const { status, payload } = await call('POST', '/auth/token', { body: { username, password }, token: null });
  if (status !== 200) throw new Error(`signing in as ${username}: ${status} ${JSON.stringify(payload)}`);
  return payload.accessToken;
}

export async function serviceReady(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${BASE}/q/health/ready`)).ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`no service answers at ${BASE}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const beijingOf = (ms) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(ms));
/** The service runs on E2E_TODAY (CPPCC_CLOCK_DATE) from 09:00 Beijing time on: the tests reckon the same way. */
const OFFICE_OFFSET_MS = process.env.E2E_TODAY ? Date.parse(`${process.env.E2E_TODAY}T09:00:00+08:00`) - Date.now() : 0;
/** The office's now in milliseconds, as the service's clock reads it. */
export const officeNow = () => Date.now() + OFFICE_OFFSET_MS;

/** A day in Beijing as YYYY-MM-DD, the way the service reckons dates; the office's today by default. */
export const beijing = (ms = officeNow()) => beijingOf(ms);
export const inDays = (days) => beijing(officeNow() + days * 86_400_000);

/** A named subtest on the page `currentPage()` gives; when it fails, the page is kept as a screenshot. */
export function stepsOn(currentPage) {
  return async function step(t, name, body) {
    await t.test(name, async () => {
      try {
        await body();
      } catch (error) {
        const file = join(tmpdir(), `cppcc-e2e-${RUN}-${name.replace(/\W+/g, '_')}.png`);
        await currentPage().screenshot({ path: file, fullPage: true }).catch(() => {});
        error.message += `\n(screenshot: ${file})`;
        throw error;
      }
    });
  };
}

/**
 * A fresh browser context signed in through the login form as {@code account}, on its first screen (the committee's,
 * or for a reporter the committee's 工作报表):
 * its page, with script errors collected into {@code errors}.
 */
export async function signedInPage(browser, account, viewport, { committeeName, errors, timeout = 20_000 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${BASE}/#/`);
  const form = page.locator('[data-login-form]');
  await form.getByLabel('用户名').fill(account.username);
  await form.getByLabel('密码').fill(account.password);
  await form.getByRole('button', { name: '登录' }).click();
  // A reporter starts on the committee's 工作报表, every other account bound to a committee on its 概况.
  await page.getByRole('heading', { level: 2, name: committeeName })
    .or(page.locator('[data-view="reports"] [data-report-table]')).first().waitFor();
  return page;
}
