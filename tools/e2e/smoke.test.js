// End-to-end smoke test: against a running service (E2E_BASE_URL), the administrator
// (E2E_ADMIN_USERNAME / E2E_ADMIN_PASSWORD) signs in through the login screen in headless Chromium;
// a committee created through the API is opened and a sector is created, duplicated, edited and
// deleted through the screens, as the office staff would do it; a member is registered, found by
// search and suspended with a reason; an office account and an API token are made and ended
// through the administrator's screens.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = (process.env.E2E_BASE_URL || 'http://localhost:8085').replace(/\/$/, '');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'];
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ADMIN = { username: process.env.E2E_ADMIN_USERNAME || 'e2e-admin', password: process.env.E2E_ADMIN_PASSWORD || 'E2eAdmin2024' };

let browser;
let page;
let committee;
let adminToken;
const pageErrors = [];
/** What the tests made that outlives them unless removed: accounts to delete, API tokens to revoke. */
const made = { accounts: [], apiTokens: [] };

/** One call as `token` (the administrator's by default): { status, payload }. */
async function call(method, path, { body, headers = {}, token = adminToken } = {}) {
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

/** A call as the administrator that must succeed; signs in through the API the first time. */
async function api(method, path, body, headers = {}) {
  adminToken ??= (await signInThroughApi(ADMIN)).accessToken;
  const { status, payload } = await call(method, path, { body, headers });
  if (status >= 400) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(payload)}`);
  return payload;
}

async function signInThroughApi(credentials) {
  const { status, payload } = await call('POST', '/auth/token', { body: credentials, token: null });
  if (status !== 200) throw new Error(`signing in as ${credentials.username}: ${status} ${JSON.stringify(payload)}`);
  return payload;
}

/** Waits until the service answers, so the test can start right after the jar. */
async function serviceReady(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${BASE}/q/health/ready`)).ok) return;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`no service answers at ${BASE}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

before(async () => {
  await serviceReady();
  committee = await api('POST', '/committees', {
    name: `政协测试市第一届委员会（${RUN}）`, region: `测试市${RUN}`, termNumber: 1, termStart: '2024-01-15',
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

after(async () => {
  for (const id of made.apiTokens) await api('DELETE', `/api-tokens/${id}`).catch(() => {});
  for (const id of made.accounts) await api('DELETE', `/accounts/${id}`).catch(() => {});
  if (committee) {
    const members = await api('GET', `/members?committeeId=${committee.id}&size=200`);
    for (const member of members.items) await api('DELETE', `/members/${member.id}`);
    const sectors = await api('GET', `/sectors?committeeId=${committee.id}&size=200`);
    for (const sector of sectors.items) await api('DELETE', `/sectors/${sector.id}`);
    await api('DELETE', `/committees/${committee.id}`);
  }
  await browser?.close();
});

/** Runs one step; when it fails, keeps a screenshot of the page to look at. */
async function step(t, name, body) {
  await t.test(name, async () => {
    try {
      await body();
    } catch (error) {
      const file = join(tmpdir(), `cppcc-e2e-${RUN}-${name.replace(/\W+/g, '_')}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      error.message += `\n(screenshot: ${file})`;
      throw error;
    }
  });
}

const dialog = () => page.locator('dialog[open]');
const row = (name) => page.locator('[data-rows] tr', { has: page.getByRole('cell', { name, exact: true }) });

/** A fresh browser tab with nothing in its sessionStorage, i.e. signed out. */
async function newTab() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const tab = await context.newPage();
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  return tab;
}

/** Signs in through the login screen of `tab` at `hash`, and waits until the masthead names the person. */
async function signInThroughScreen(tab, credentials, hash = '#/') {
  await tab.goto(`${BASE}/${hash}`);
  const form = tab.locator('[data-login-form]');
  await form.getByLabel('用户名').fill(credentials.username);
  await form.getByLabel('密码').fill(credentials.password);
  await form.getByRole('button', { name: '登录' }).click();
  await tab.locator('[data-caller-name]').waitFor();
}

/** Starts a test in a new tab signed in as the administrator. */
async function signedInAsAdmin() {
  page = await newTab();
  await signInThroughScreen(page, ADMIN);
}

test('signing in: a wrong password is refused in Chinese, the right one names the person and returns to the screen asked for', async (t) => {
  page = await newTab();
  const form = () => page.locator('[data-login-form]');

  await step(t, 'shows the login screen instead of any screen when no one is signed in', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}/sectors`);
    await form().waitFor();
    assert.equal(await page.locator('[data-caller-name]').count(), 0);
    assert.equal(await page.locator('[data-nav]').innerText(), '');
  });

  await step(t, 'says in Chinese that the password is wrong', async () => {
    await form().getByLabel('用户名').fill(ADMIN.username);
    await form().getByLabel('密码').fill(`${ADMIN.password}-wrong`);
    await form().getByRole('button', { name: '登录' }).click();
    await form().getByText('用户名或密码不正确').waitFor();
    assert.equal(await form().getByLabel('密码').inputValue(), '');
  });

  await step(t, 'after too many wrong passwords, says how long to wait', async () => {
    const stranger = `nobody-${RUN}`;
    await form().getByLabel('用户名').fill(stranger);
    for (let attempt = 0; attempt < 7 && !(await form().getByText(/请等待 \d/).count()); attempt++) {
      await form().getByLabel('密码').fill('wrong-password-1');
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/token'));
      await form().getByRole('button', { name: '登录' }).click();
      await answer;
      await page.waitForFunction(() => !document.querySelector('[data-login-form] [type="submit"]').disabled);
    }
    assert.match(await form().locator('[data-banner]').innerText(), /密码错误次数过多[\s\S]*请等待 5 分钟/);
  });

  await step(t, 'signs in and shows the name and role, on the screen that was asked for', async () => {
    await form().getByLabel('用户名').fill(ADMIN.username);
    await form().getByLabel('密码').fill(ADMIN.password);
    await form().getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { level: 2, name: '界别' }).waitFor();
    assert.equal(new URL(page.url()).hash, `#/committees/${committee.id}/sectors`);
    assert.equal(await page.locator('[data-caller-name]').innerText(), '系统管理员');
    assert.equal(await page.locator('[data-caller-role]').innerText(), '系统管理员');
    await page.getByRole('link', { name: '账号', exact: true }).waitFor();
    await page.getByRole('link', { name: 'API 令牌', exact: true }).waitFor();
    assert.ok(await page.evaluate(() => Object.values(sessionStorage).some((v) => v.split('.').length === 3)), 'the session token is kept in sessionStorage');
  });

  await step(t, '退出登录 returns to the login screen and forgets the token', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await form().getByText('已退出登录。').waitFor();
    assert.equal(await page.locator('[data-caller-name]').count(), 0);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    await page.reload();
    await form().waitFor();
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('a sector is created, refused as a duplicate, edited and deleted through the screens', async (t) => {
  await signedInAsAdmin();

  await step(t, 'opens the committee from the start page', async () => {
    await page.goto(`${BASE}/#/`);
    await page.getByRole('link', { name: committee.name }).click();
    await page.getByRole('heading', { level: 2, name: committee.name }).waitFor();
    assert.equal(new URL(page.url()).hash, `#/committees/${committee.id}`);
    assert.match(await page.locator('[data-details]').innerText(), /2024年1月15日起/);
  });

  await step(t, 'shows the empty list of sectors', async () => {
    await page.getByRole('link', { name: '界别', exact: true }).click();
    await page.getByText('还没有界别，点击“新建界别”添加').waitFor();
    assert.equal(new URL(page.url()).hash, `#/committees/${committee.id}/sectors`);
  });

  await step(t, 'creates a sector through the form', async () => {
    await page.getByRole('button', { name: '新建界别' }).click();
    await dialog().getByLabel('界别名称').fill('经济界');
    await dialog().getByLabel('排序号').fill('1');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await row('经济界').waitFor();
    assert.match(await page.locator('[data-page-info]').innerText(), /共 1 条/);
    assert.match(await page.locator('[data-notice]').innerText(), /已新建界别“经济界”/);
  });

  await step(t, 'shows the duplicate name next to the name input', async () => {
    await page.getByRole('button', { name: '新建界别' }).click();
    await dialog().getByLabel('界别名称').fill('经济界');
    await dialog().getByRole('button', { name: '保存' }).click();
    const message = dialog().locator('[data-error-for="name"]');
    await message.waitFor({ state: 'visible' });
    assert.match(await message.innerText(), /已有名为“经济界”的界别/);
    assert.equal(await dialog().getByLabel('界别名称').getAttribute('aria-invalid'), 'true');
    await dialog().getByRole('button', { name: '取消' }).click();
    assert.match(await page.locator('[data-page-info]').innerText(), /共 1 条/);
  });

  await step(t, 'edits the sector, sending the version it read as If-Match', async () => {
    const sector = (await api('GET', `/sectors?committeeId=${committee.id}`)).items[0];
    await row('经济界').getByRole('button', { name: '修改界别“经济界”' }).click();
    await dialog().getByLabel('界别名称').fill('经济界别');
    const put = page.waitForRequest((r) => r.method() === 'PUT' && r.url().endsWith(`/sectors/${sector.id}`));
    await dialog().getByRole('button', { name: '保存' }).click();
    assert.equal((await put).headers()['if-match'], `"${sector.version}"`);
    await dialog().waitFor({ state: 'detached' });
    await row('经济界别').waitFor();
    assert.equal(await row('经济界').count(), 0);
  });

  await step(t, 'tells when someone else changed the sector meanwhile, and reloads it', async () => {
    await row('经济界别').getByRole('button', { name: '修改界别“经济界别”' }).click();
    const sector = (await api('GET', `/sectors?committeeId=${committee.id}`)).items[0];
    await api('PUT', `/sectors/${sector.id}`, { committeeId: committee.id, name: '经济与科技界', sortOrder: 1 }, { 'If-Match': `"${sector.version}"` });
    await dialog().getByLabel('界别名称').fill('经济界（已过期）');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().getByText('记录已被他人修改，请刷新后重试').waitFor();
    await dialog().getByRole('button', { name: '刷新' }).click();
    await page.waitForFunction(() => document.querySelector('dialog[open] [name="name"]')?.value === '经济与科技界');
    await dialog().getByRole('button', { name: '取消' }).click();
    await row('经济与科技界').waitFor();
  });

  await step(t, 'deletes the sector after confirming', async () => {
    await row('经济与科技界').getByRole('button', { name: '删除界别“经济与科技界”' }).click();
    await dialog().getByText('确定删除界别“经济与科技界”吗？').waitFor();
    await dialog().getByRole('button', { name: '删除' }).click();
    await page.getByText('还没有界别，点击“新建界别”添加').waitFor();
    assert.equal((await api('GET', `/sectors?committeeId=${committee.id}`)).total, 0);
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('a member is registered through the form, found by search and suspended with a reason', async (t) => {
  const name = `李测试${RUN.slice(-4)}`;
  await api('POST', '/sectors', { committeeId: committee.id, name: '农业界', sortOrder: 1 });
  await signedInAsAdmin();

  await step(t, 'opens the members tab', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}`);
    await page.getByRole('link', { name: '委员', exact: true }).click();
    await page.getByText('还没有委员，点击“新建委员”添加').waitFor();
    assert.equal(new URL(page.url()).hash, `#/committees/${committee.id}/members`);
  });

  await step(t, 'registers a member through the form', async () => {
    await page.getByRole('button', { name: '新建委员' }).click();
    await dialog().locator('[name="name"]').fill(name);
    await dialog().locator('[name="gender"]').selectOption({ label: '女' });
    await dialog().locator('[name="birthYear"]').fill('1975');
    await dialog().locator('[name="sectorId"]').selectOption({ label: '农业界' });
    await dialog().locator('[name="employer"]').fill('测试市林业局');
    await dialog().locator('[name="jobTitle"]').fill('副局长');
    await dialog().locator('[name="phone"]').fill('13904581234');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await row(name).waitFor();
    assert.match(await page.locator('[data-notice]').innerText(), new RegExp(`已新建委员“${name}”`));
    assert.match(await row(name).innerText(), /女[\s\S]*1975[\s\S]*农业界[\s\S]*测试市林业局 副局长[\s\S]*在职/);
  });

  await step(t, 'finds the member by employer and by name', async () => {
    await api('POST', '/members', { committeeId: committee.id, name: '王其他', gender: 'MALE', sectorId: (await api('GET', `/sectors?committeeId=${committee.id}`)).items[0].id });
    await page.reload();
    await row('王其他').waitFor();
    await page.getByPlaceholder('姓名或工作单位').fill('林业局');
    await page.waitForFunction(() => document.querySelectorAll('[data-rows] tr').length === 1);
    await row(name).waitFor();
    await page.getByPlaceholder('姓名或工作单位').fill(name);
    await page.waitForFunction(() => /共 1 条/.test(document.querySelector('[data-page-info]')?.textContent));
    await row(name).waitFor();
  });

  await step(t, 'suspends the member with a reason through 变更状态', async () => {
    await row(name).getByRole('button', { name: '变更状态' }).click();
    const choices = await dialog().locator('[name="status"] option').allTextContents();
    assert.deepEqual(choices, ['暂停履职', '已撤销']);
    await dialog().locator('[name="status"]').selectOption({ label: '暂停履职' });
    const post = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/status'));
    await dialog().locator('[name="reason"]').fill('因工作调动暂停履职');
    await dialog().getByRole('button', { name: '确定' }).click();
    assert.match((await post).headers()['if-match'] ?? '', /^"\d+"$/);
    await dialog().waitFor({ state: 'detached' });
    await page.waitForFunction((n) => [...document.querySelectorAll('[data-rows] tr')]
      .some((tr) => tr.textContent.includes(n) && tr.textContent.includes('暂停履职')), name);
    assert.match(await row(name).innerText(), /暂停履职/);
    const member = (await api('GET', `/members?committeeId=${committee.id}&q=${encodeURIComponent(name)}`)).items[0];
    assert.equal(member.status, 'SUSPENDED');
    assert.equal(member.statusReason, '因工作调动暂停履职');
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('the administrator makes an office account that can sign in, change its password and be disabled', async (t) => {
  const office = { username: `office-${RUN}`, password: `Office2024${RUN}`, displayName: `王办公${RUN.slice(-4)}` };
  const newPassword = `Changed2025${RUN}`;
  let officeTab;
  await signedInAsAdmin();

  await step(t, 'opens 账号 from the masthead', async () => {
    await page.getByRole('link', { name: '账号', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '账号' }).waitFor();
    assert.equal(new URL(page.url()).hash, '#/accounts');
    await row(ADMIN.username).waitFor();
  });

  await step(t, 'creates an office account bound to the committee, with fields that follow the role', async () => {
    await page.getByRole('button', { name: '新建账号' }).click();
    await dialog().locator('[name="role"]').selectOption({ label: '活动组召集人' });
    assert.ok(await dialog().locator('[name="groupId"]').isVisible(), 'a convenor leads a group');
    await dialog().locator('[name="role"]').selectOption({ label: '委员工作处' });
    assert.equal(await dialog().locator('[name="groupId"]').isVisible(), false);
    assert.equal(await dialog().locator('[name="memberId"]').isVisible(), false);
    await dialog().locator('[name="username"]').fill(office.username);
    await dialog().locator('[name="displayName"]').fill(office.displayName);
    await dialog().locator('[name="committeeId"]').selectOption({ label: committee.name });
    await dialog().locator('[name="password"]').fill('short1');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().locator('[data-error-for="password"]').getByText('密码至少 8 位').waitFor();
    await dialog().locator('[name="password"]').fill(office.password);
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await row(office.username).waitFor();
    made.accounts.push((await api('GET', `/accounts?q=${office.username}`)).items[0].id);
    assert.match(await row(office.username).innerText(), new RegExp(`${office.displayName}[\\s\\S]*委员工作处[\\s\\S]*${committee.name.replace(/[()（）]/g, '.')}[\\s\\S]*启用[\\s\\S]*从未登录`));
  });

  await step(t, 'finds it by role and search', async () => {
    await page.locator('#filter-role').selectOption({ label: '委员工作处' });
    await page.getByPlaceholder('用户名或姓名').fill(office.username);
    await page.waitForFunction(() => /共 1 条/.test(document.querySelector('[data-page-info]')?.textContent));
    await row(office.username).waitFor();
  });

  await step(t, 'the office account signs in and lands on its committee, without the administrator’s screens', async () => {
    officeTab = await newTab();
    await signInThroughScreen(officeTab, office);
    await officeTab.getByRole('heading', { level: 2, name: committee.name }).waitFor();
    assert.equal(new URL(officeTab.url()).hash, `#/committees/${committee.id}`);
    assert.equal(await officeTab.locator('[data-caller-name]').innerText(), office.displayName);
    assert.equal(await officeTab.locator('[data-caller-role]').innerText(), '委员工作处');
    assert.equal(await officeTab.getByRole('link', { name: '账号', exact: true }).count(), 0);
    await officeTab.getByRole('button', { name: '修改', exact: true }).waitFor();
    assert.equal(await officeTab.getByRole('button', { name: '删除', exact: true }).count(), 0, 'only the administrator deletes a committee');
  });

  await step(t, 'changes its own password, with the service’s field errors shown', async () => {
    await officeTab.getByRole('button', { name: '修改密码' }).click();
    const form = officeTab.locator('dialog[open]');
    await form.getByLabel('当前密码').fill('not-the-password-1');
    await form.locator('[name="newPassword"]').fill(newPassword);
    await form.getByLabel('再次输入新密码').fill(newPassword);
    await form.getByRole('button', { name: '修改密码' }).click();
    await form.locator('[data-error-for="currentPassword"]').getByText('当前密码不正确').waitFor();
    await form.getByLabel('当前密码').fill(office.password);
    await form.getByRole('button', { name: '修改密码' }).click();
    await form.waitFor({ state: 'detached' });
    await officeTab.locator('[data-status]').getByText('密码已修改').waitFor();
    await officeTab.getByRole('link', { name: '委员', exact: true }).click();
    await officeTab.getByRole('heading', { level: 2, name: '委员' }).waitFor();
    const oldPassword = await call('POST', '/auth/token', { body: { username: office.username, password: office.password }, token: null });
    assert.equal(oldPassword.status, 401);
    assert.equal((await signInThroughApi({ username: office.username, password: newPassword })).account.username, office.username);
  });

  await step(t, 'disabling the account ends its session: its next screen asks to sign in again', async () => {
    await row(office.username).getByRole('button', { name: '停用' }).click();
    await page.locator('[data-notice]').getByText(`已停用账号“${office.username}”`).waitFor();
    assert.match(await row(office.username).innerText(), /停用/);
    await officeTab.getByRole('link', { name: '界别', exact: true }).click();
    await officeTab.locator('[data-login-form]').getByText(/登录已失效/).waitFor();
    assert.equal(new URL(officeTab.url()).hash, `#/committees/${committee.id}/sectors`);
    await officeTab.context().close();
  });

  await step(t, 'refuses to delete the administrator’s own account with the service’s reason', async () => {
    await page.getByPlaceholder('用户名或姓名').fill(ADMIN.username);
    await page.locator('#filter-role').selectOption({ label: '系统管理员' });
    await row(ADMIN.username).getByRole('button', { name: `删除账号“${ADMIN.username}”` }).click();
    await dialog().getByRole('button', { name: '删除' }).click();
    await page.locator('[data-banner]').getByText('不能删除自己正在使用的管理员账号').waitFor();
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('an API token is made with its secret shown once, and revoking it locks the secret out', async (t) => {
  const name = `统计脚本${RUN}`;
  let secret;
  await signedInAsAdmin();

  await step(t, 'opens API 令牌 from the masthead', async () => {
    await page.getByRole('link', { name: 'API 令牌', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'API 令牌' }).waitFor();
    assert.equal(new URL(page.url()).hash, '#/api-tokens');
  });

  await step(t, 'creates a reporting token and shows its secret once, with a warning', async () => {
    await page.getByRole('button', { name: '新建令牌' }).click();
    await dialog().locator('[name="name"]').fill(name);
    await dialog().locator('[name="role"]').selectOption({ label: '统计报送（只读）' });
    await dialog().getByRole('button', { name: '保存' }).click();
    const shown = page.locator('dialog[open][data-secret-dialog]');
    await shown.waitFor();
    secret = await shown.locator('[data-secret]').inputValue();
    assert.match(secret, /^cppcc_/);
    assert.equal(await shown.locator('[data-secret]').getAttribute('readonly'), '');
    await shown.getByText('密钥只显示这一次').waitFor();
    made.apiTokens.push((await api('GET', '/api-tokens?status=ACTIVE&size=200')).items.find((i) => i.name === name).id);
    const me = await call('GET', '/auth/me', { token: secret });
    assert.equal(me.status, 200);
    assert.deepEqual([me.payload.kind, me.payload.displayName, me.payload.role], ['API_TOKEN', name, 'REPORTER']);
    await shown.getByRole('button', { name: '我已保存，关闭' }).click();
    await shown.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate((s) => document.documentElement.outerHTML.includes(s)
      || [...document.querySelectorAll('input')].some((i) => i.value === s), secret), false, 'the secret is gone from the page');
    assert.match(await row(name).innerText(), new RegExp(`统计报送（只读）[\\s\\S]*全部政协[\\s\\S]*${secret.slice(0, 10)}…[\\s\\S]*有效`));
  });

  await step(t, 'revokes the token after confirming, and the secret answers 401 from then on', async () => {
    await row(name).getByRole('button', { name: `吊销令牌“${name}”` }).click();
    await dialog().getByText(`确定吊销令牌“${name}”吗？`).waitFor();
    await dialog().getByRole('button', { name: '吊销' }).click();
    await page.locator('[data-notice]').getByText(`已吊销令牌“${name}”`).waitFor();
    await page.waitForFunction((n) => [...document.querySelectorAll('[data-rows] tr')]
      .some((tr) => tr.textContent.includes(n) && tr.textContent.includes('已吊销')), name);
    assert.equal(await row(name).getByRole('button', { name: /吊销/ }).count(), 0);
    const refused = await call('GET', '/auth/me', { token: secret });
    assert.equal(refused.status, 401);
    assert.equal(refused.payload.type, 'urn:cppcc:problem:unauthorized');
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});
