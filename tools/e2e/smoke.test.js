// End-to-end smoke test: against a running service (E2E_BASE_URL), the administrator
// (E2E_ADMIN_USERNAME / E2E_ADMIN_PASSWORD) signs in through the login screen in headless Chromium;
// a committee created through the API is opened and a sector is created, duplicated, edited and
// deleted through the screens, as the office staff would do it; a member is registered, found by
// search and suspended with a reason; an office account and an API token are made and ended
// through the administrator's screens; a member's change is found in 审计 from the member's row,
// a read of a phone number in the reads log, and 审计 is refused to a reporter; a platform's duty
// roster for next year is previewed, saved and swapped, this month's turn recorded as done, and a
// turn two months old found in the overdue list and refused as missed without a reason; a studio is
// set up with its residents and schedule, a reception day and a household visit are recorded with the
// counts of visits and people received above the list, an overlapping visit is refused naming the
// member, and the studio with visits is refused deletion; a proposal is filed with a co-signer and
// registered as a case (立案) with its number, and an activity recorded with the people it reached
// counted above the list. Then, in a committee of their own, a member
// reads others' phone numbers masked, finds no roster buttons, records a visit and their own duty turn
// but not another's, and a convenor edits their group's member but no one outside the group.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { officeNow } from './support.js';

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
  if (committee) await removeCommittee(committee);
  await browser?.close();
});

/** Deletes a committee the tests made, and everything in it, in the order the service allows. */
async function removeCommittee({ id }) {
  // Recorded turns are undone first: only scheduled ones may be deleted, and members with turns may not.
  const turns = await api('GET', `/duty-turns?committeeId=${id}&size=200`);
  for (const turn of turns.items) {
    if (turn.status !== 'SCHEDULED') await api('POST', `/duty-turns/${turn.id}/record`, { outcome: 'SCHEDULED' });
    await api('DELETE', `/duty-turns/${turn.id}`);
  }
  // Proposals, activities and visits keep members and studios in use: they go first; members before their groups.
  for (const kind of ['proposals', 'activities', 'visits', 'studios', 'members', 'groups', 'sectors', 'platforms', 'villages', 'townships']) {
    const page = await api('GET', `/${kind}?committeeId=${id}&size=200`);
    for (const item of page.items) await api('DELETE', `/${kind}/${item.id}`);
  }
  await api('DELETE', `/committees/${id}`);
}

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
    // The dialog has read the sector (and its version) before someone else changes it.
    await page.waitForFunction(() => document.querySelector('dialog[open] [name="name"]')?.value === '经济界别');
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

  await step(t, 'a member form saved empty marks every required field at once and sends nothing', async () => {
    await page.getByRole('button', { name: '新建委员' }).click();
    const sent = [];
    const watch = (request) => { if (request.method() === 'POST' && request.url().includes('/api/v1/members')) sent.push(request.url()); };
    page.on('request', watch);
    await dialog().getByRole('button', { name: '保存' }).click();
    for (const [field, message] of [['name', '请填写姓名'], ['gender', '请选择性别'], ['sectorId', '请选择界别']]) {
      const error = dialog().locator(`[data-error-for="${field}"]`);
      await error.waitFor();
      assert.equal(await error.innerText(), message);
      assert.equal(await dialog().locator(`[name="${field}"]`).getAttribute('aria-invalid'), 'true');
    }
    assert.match(await dialog().locator('[data-banner]').innerText(), /还有 3 项必填内容未填写：姓名、性别、界别/);
    assert.equal(await dialog().locator('[name="name"]').evaluate((input) => input === document.activeElement), true);
    page.off('request', watch);
    assert.deepEqual(sent, []);
    await dialog().getByRole('button', { name: '取消' }).click();
    await dialog().waitFor({ state: 'detached' });
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
    // Both searches find one row, so wait for the name search's own answer before the next step uses the row.
    const searched = page.waitForResponse((r) => r.url().includes('/api/v1/members?')
      && new URL(r.url()).searchParams.get('q') === name);
    await page.getByPlaceholder('姓名或工作单位').fill(name);
    await searched;
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => /共 1 条/.test(document.querySelector('[data-page-info]')?.textContent));
    await row(name).waitFor();
  });

  await step(t, 'keeps the row’s actions compact at 1280 wide: 修改 and a 更多 menu that Escape closes', async () => {
    const more = row(name).getByRole('button', { name: `更多操作：委员“${name}”` });
    assert.equal(await row(name).locator('.actions-col').getByRole('button').and(page.locator(':visible')).count(), 2);
    assert.ok((await row(name).locator('.actions-col').boundingBox()).width < 160, 'the actions take little room');
    assert.equal(await row(name).locator('td').first().locator('span').evaluate((n) => n.getClientRects().length), 1, 'the name on one line');
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await row(name).locator('[data-row-menu] > *').allInnerTexts(), ['履职档案', '变更状态', '接待走访', '变更记录', '删除']);
    await page.keyboard.press('Escape');
    await row(name).locator('[data-row-menu]').waitFor({ state: 'hidden' });
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
  });

  await step(t, 'suspends the member with a reason through 变更状态', async () => {
    await row(name).getByRole('button', { name: /^更多操作/ }).click();
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

/** The rows of the list, once the list has answered with `total` entries. */
async function listShows(total) {
  await page.waitForFunction((t) => new RegExp(`共 ${t} 条`).test(document.querySelector('[data-page-info]')?.textContent ?? '')
    && !document.querySelector('[data-view]')?.hasAttribute('aria-busy'), total);
}

test('a member’s job title changed through the form shows in 变更记录, before → after, from the member’s row', async (t) => {
  const name = `赵审计${RUN.slice(-4)}`;
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `教育界${RUN}`, sortOrder: 2 });
  const member = await api('POST', '/members', {
    committeeId: committee.id, name, gender: 'MALE', sectorId: sector.id, employer: '测试市教育局', jobTitle: '副局长',
  });
  const trail = `#/audit?recordType=MEMBER&recordId=${member.id}`;
  await signedInAsAdmin();

  await step(t, 'changes the job title through the edit form, which links to the member’s 变更记录', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}/members`);
    await page.getByPlaceholder('姓名或工作单位').fill(name);
    await listShows(1);
    await row(name).getByRole('button', { name: `修改委员“${name}”` }).click();
    assert.equal(await dialog().getByRole('link', { name: /查看该委员的变更记录/ }).getAttribute('href'), trail);
    await dialog().locator('[name="jobTitle"]').fill('局长');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.waitForFunction((n) => [...document.querySelectorAll('[data-rows] tr')]
      .some((tr) => tr.textContent.includes(n) && tr.textContent.includes('测试市教育局 局长')), name);
  });

  await step(t, 'opens 变更记录 from the member’s row, filtered to that member', async () => {
    await row(name).getByRole('button', { name: /^更多操作/ }).click();
    await row(name).getByRole('link', { name: `变更记录：委员“${name}”` }).click();
    await page.getByRole('heading', { level: 2, name: '变更记录' }).waitFor();
    assert.equal(new URL(page.url()).hash, trail);
    await listShows(2);
    assert.equal(await page.locator('#filter-recordType').inputValue(), 'MEMBER');
    assert.equal(await page.locator('#filter-recordId').inputValue(), String(member.id));
  });

  await step(t, 'shows who changed the job title and when, in Beijing time, with before → after', async () => {
    const [change, creation] = [page.locator('[data-rows] tr').nth(0), page.locator('[data-rows] tr').nth(1)];
    const text = await change.innerText();
    assert.match(text, /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    assert.match(text, new RegExp(`${ADMIN.username}[\\s\\S]*修改[\\s\\S]*委员[\\s\\S]*${name}[\\s\\S]*编号 ${member.id}[\\s\\S]*职务：\\s*副局长\\s*→\\s*局长`));
    assert.deepEqual(await change.locator('[data-field]').evaluateAll((items) => items.map((i) => i.dataset.field)), ['jobTitle']);
    assert.match(await creation.innerText(), new RegExp(`${ADMIN.username}[\\s\\S]*新建[\\s\\S]*姓名：\\s*${name}`));
  });

  await step(t, 'opens the change to every field before and after, the changed one marked', async () => {
    await page.locator('[data-rows] tr').nth(0).getByRole('button', { name: '展开' }).click();
    const detail = page.locator('[data-detail]');
    await detail.waitFor();
    const changed = await detail.locator('tr.changed').allInnerTexts();
    assert.equal(changed.length, 1);
    assert.match(changed[0], /^职务\s*已改\s+副局长\s+局长$/);
    assert.match(await detail.locator('tr', { hasText: '工作单位' }).innerText(), /测试市教育局\s+测试市教育局/);
    await page.getByRole('button', { name: '收起' }).click();
    await detail.waitFor({ state: 'detached' });
  });

  await step(t, 'keeps the filters in the address: an actor chosen there survives a reload', async () => {
    await page.locator('#filter-actor').fill(ADMIN.username);
    await page.waitForFunction((a) => window.location.hash.includes(`actor=${a}`), ADMIN.username);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: '变更记录' }).waitFor();
    await listShows(2);
    assert.equal(await page.locator('#filter-actor').inputValue(), ADMIN.username);
    assert.equal(await page.locator('#filter-recordId').inputValue(), String(member.id));
    await page.locator('#filter-actor').fill('nobody-at-all');
    await page.getByText('没有符合条件的记录，请换个条件再试').waitFor();
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('个人信息查看记录 lists the administrator’s reading of a member’s phone number', async (t) => {
  const name = `钱电话${RUN.slice(-4)}`;
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `科技界${RUN}`, sortOrder: 3 });
  const member = await api('POST', '/members', { committeeId: committee.id, name, gender: 'FEMALE', sectorId: sector.id, phone: '13904587788' });
  await signedInAsAdmin();

  await step(t, 'the administrator finds the member, phone number shown in full', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}/members`);
    await page.getByPlaceholder('姓名或工作单位').fill(name);
    await listShows(1);
    assert.match(await row(name).innerText(), /13904587788/);
  });

  await step(t, 'opens 个人信息查看记录 from 审计 and narrows it to the member', async () => {
    await page.getByRole('link', { name: '审计', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '变更记录' }).waitFor();
    await page.getByRole('link', { name: '个人信息查看记录' }).click();
    await page.getByRole('heading', { level: 2, name: '个人信息查看记录' }).waitFor();
    await page.locator('#filter-recordType').selectOption({ label: '委员' });
    await page.locator('#filter-recordId').fill(String(member.id));
    await page.waitForFunction((id) => window.location.hash === `#/audit/reads?recordType=MEMBER&recordId=${id}`, member.id);
    await page.locator('[data-rows] tr').first().waitFor();
  });

  await step(t, 'lists the read: who, the field, and the search that showed it', async () => {
    const search = page.locator('[data-rows] tr', { hasText: `q=${name}` });
    await search.first().waitFor();
    assert.match(await search.first().innerText(),
      new RegExp(`^\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}[\\s\\S]*${ADMIN.username}[\\s\\S]*委员[\\s\\S]*${member.id}[\\s\\S]*联系电话[\\s\\S]*/api/v1/members\\?committeeId=${committee.id}&q=${name}`));
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('审计 is for the office and the administrator: a reporter neither sees it nor may open it', async (t) => {
  const office = { username: `audit-office-${RUN}`, password: `Office2024${RUN}`, displayName: `审计办公${RUN.slice(-4)}`, role: 'OFFICE' };
  const reporter = { username: `audit-reporter-${RUN}`, password: `Report2024${RUN}`, displayName: `审计报送${RUN.slice(-4)}`, role: 'REPORTER' };
  for (const { password, ...fields } of [office, reporter]) {
    made.accounts.push((await api('POST', '/accounts', { ...fields, password, committeeId: committee.id })).id);
  }

  await step(t, 'the office sees 审计 and its committee’s changes, with no committee to choose', async () => {
    page = await newTab();
    await signInThroughScreen(page, office);
    await page.getByRole('link', { name: '审计', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '变更记录' }).waitFor();
    assert.equal(await page.locator('#filter-committeeId').count(), 0);
    assert.match(await page.locator('.view-head .meta').innerText(), new RegExp(`^${committee.name.replace(/[()（）]/g, '.')}的记录`));
    await page.locator('[data-rows] tr').first().waitFor();
    await page.context().close();
  });

  await step(t, 'the reporter has no 审计 link, and the address answers with the refusal page', async () => {
    page = await newTab();
    await signInThroughScreen(page, reporter);
    // A reporter's start page is its committee's 工作报表.
    await page.getByRole('heading', { level: 2, name: '工作报表' }).waitFor();
    assert.equal(new URL(page.url()).hash.split('?')[0], `#/committees/${committee.id}/reports`);
    assert.equal(await page.getByRole('link', { name: '审计', exact: true }).count(), 0);
    assert.doesNotMatch(await page.locator('[data-account]').innerText(), /null/);
    for (const hash of ['#/audit?recordType=MEMBER', '#/audit/reads']) {
      await page.goto(`${BASE}/${hash}`);
      await page.getByText('您的角色不能使用这个页面，请从首页进入。').waitFor();
      assert.equal(await page.locator('[data-rows]').count(), 0);
    }
    await page.context().close();
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

/** A month in Beijing time, `shift` months from this one, as YYYY-MM. */
function beijingMonth(shift = 0) {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(new Date(officeNow())).split('-').map(Number);
  const index = year * 12 + (month - 1) + shift;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const chineseMonth = (yearMonth) => `${Number(yearMonth.slice(0, 4))}年${Number(yearMonth.slice(5))}月`;

test('一月一轮值: next year’s roster is previewed, saved and swapped; this month is recorded; an overdue month is followed up', async (t) => {
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `社会福利界${RUN}`, sortOrder: 4 });
  const township = await api('POST', '/townships', { committeeId: committee.id, name: `轮值镇${RUN}`, kind: 'TOWN' });
  const platform = await api('POST', '/platforms', { committeeId: committee.id, townshipId: township.id, name: `轮值镇“协骊”联合体${RUN}` });
  const members = [];
  for (const name of ['周一民', '吴二华', '郑三秀', '冯四海', '陈五岳', '褚六安', '卫七星']) {
    members.push(await api('POST', '/members', { committeeId: committee.id, name, gender: 'MALE', sectorId: sector.id, townshipId: township.id }));
  }
  const [thisMonth, twoMonthsAgo] = [beijingMonth(0), beijingMonth(-2)];
  await api('POST', '/duty-turns', { platformId: platform.id, memberId: members[0].id, month: thisMonth });
  await api('POST', '/duty-turns', { platformId: platform.id, memberId: members[1].id, month: twoMonthsAgo });
  const nextYear = Number(thisMonth.slice(0, 4)) + 1;
  const rosterRow = (month) => page.locator(`[data-rows] tr[data-month="${month}"]`);
  const memberIn = (month) => rosterRow(month).locator('[data-member]').innerText();
  await signedInAsAdmin();

  await step(t, 'opens 轮值 next to 联系平台 and shows this year of the platform', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}/platforms`);
    await page.getByRole('link', { name: '轮值', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '一月一轮值' }).waitFor();
    await rosterRow(thisMonth).locator('[data-member]').waitFor();
    assert.equal(await page.locator('#duty-platform').inputValue(), String(platform.id));
    assert.equal(await page.locator('[data-rows] tr').count(), 12);
    assert.equal(await memberIn(thisMonth), members[0].name);
    assert.match(await rosterRow(thisMonth).innerText(), new RegExp(`${chineseMonth(thisMonth)}[\\s\\S]*已排班`));
  });

  await step(t, 'previews next year: 12 planned months, the first 7 to 7 different members, nothing saved yet', async () => {
    await page.locator('#duty-year').selectOption(String(nextYear));
    await page.waitForFunction((y) => window.location.hash.endsWith(`year=${y}`) && !document.querySelector('[data-view]').hasAttribute('aria-busy'), nextYear);
    assert.equal(await page.locator('[data-rows] tr.unassigned').count(), 12);
    await page.getByRole('button', { name: '生成轮值表' }).click();
    await page.locator('[data-preview]').getByText('排班规则').waitFor();
    assert.match(await page.locator('[data-preview-summary]').innerText(), /拟为 12 个月排班（可轮值的在职委员 7 名）/);
    assert.match(await page.locator('[data-preview]').innerText(), /在职委员中轮流[\s\S]*人人轮到一次之前不重复[\s\S]*已排月份保持不变/);
    assert.equal(await page.locator('[data-rows] tr.planned').count(), 12);
    const firstSeven = await page.locator('[data-rows] tr.planned [data-member]').evaluateAll((cells) => cells.slice(0, 7).map((c) => c.textContent));
    assert.equal(new Set(firstSeven).size, 7, `7 different members in the first 7 months: ${firstSeven}`);
    assert.equal((await api('GET', `/duty-turns?platformId=${platform.id}&year=${nextYear}`)).total, 0);
  });

  await step(t, 'saves the previewed roster: 12 months 已排班', async () => {
    const planned = await page.locator('[data-rows] tr.planned [data-member]').allInnerTexts();
    await page.locator('[data-preview]').getByRole('button', { name: '保存' }).click();
    await page.locator('[data-notice]').getByText(`${nextYear}年轮值表，新排 12 个月`).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-rows] tr [data-status="scheduled"]').length === 12);
    assert.deepEqual(await page.locator('[data-rows] tr [data-member]').allInnerTexts(), planned);
    assert.equal((await api('GET', `/duty-turns?platformId=${platform.id}&year=${nextYear}`)).total, 12);
  });

  await step(t, 'swaps January and February: their members are exchanged', async () => {
    const [january, february] = [`${nextYear}-01`, `${nextYear}-02`];
    const before = [await memberIn(january), await memberIn(february)];
    await page.getByRole('button', { name: '调换', exact: true }).click();
    await dialog().locator('[name="firstId"]').selectOption({ label: `${chineseMonth(january)} · ${before[0]}` });
    await dialog().locator('[name="secondId"]').selectOption({ label: `${chineseMonth(february)} · ${before[1]}` });
    await dialog().getByRole('button', { name: '调换' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.locator('[data-notice]').getByText(`已调换：${chineseMonth(january)}由${before[1]}轮值`).waitFor();
    assert.deepEqual([await memberIn(january), await memberIn(february)], [before[1], before[0]]);
  });

  await step(t, 'records this month as done with what was done', async () => {
    await page.locator('#duty-year').selectOption(thisMonth.slice(0, 4));
    await rosterRow(thisMonth).getByRole('button', { name: `记录：${members[0].name} ${chineseMonth(thisMonth)}` }).click();
    await dialog().getByLabel('履职情况').selectOption({ label: '已履职' });
    await dialog().getByLabel('宣讲了政策').check();
    await dialog().getByLabel('收集社情民意（条）').fill('3');
    await dialog().getByLabel('开展活动（次）').fill('1');
    await dialog().getByLabel('接触群众（人次）').fill('46');
    await dialog().getByLabel('说明').fill('入户宣讲惠农补贴政策');
    await dialog().getByRole('button', { name: '保存记录' }).click();
    await dialog().waitFor({ state: 'detached' });
    await rosterRow(thisMonth).locator('[data-status="done"]').waitFor();
    assert.match(await rosterRow(thisMonth).innerText(), /已履职[\s\S]*宣讲政策 · 收集社情民意 3 条 · 活动 1 次 · 接触群众 46 人次[\s\S]*入户宣讲惠农补贴政策/);
    const turn = (await api('GET', `/duty-turns?platformId=${platform.id}&year=${thisMonth.slice(0, 4)}&month=${Number(thisMonth.slice(5))}`)).items[0];
    assert.deepEqual([turn.status, turn.opinionsCollected, turn.eventsHeld, turn.peopleReached, turn.policyExplained], ['DONE', 3, 1, 46, true]);
  });

  await step(t, 'undoes this month’s record after confirming, and deletes a later scheduled month', async () => {
    const name = `${members[0].name} ${chineseMonth(thisMonth)}`;
    await rosterRow(thisMonth).getByRole('button', { name: `撤销记录：${name}` }).click();
    assert.match(await dialog().innerText(), /确定撤销[\s\S]*已履职/);
    await dialog().getByRole('button', { name: '撤销记录' }).click();
    await dialog().waitFor({ state: 'detached' });
    await rosterRow(thisMonth).getByRole('button', { name: `记录：${name}` }).waitFor();
    // Next year's December, from the roster saved above.
    const nextYear = String(Number(thisMonth.slice(0, 4)) + 1);
    const december = (await api('GET', `/duty-turns?platformId=${platform.id}&year=${nextYear}&month=12`)).items[0];
    await page.locator('#duty-year').selectOption(nextYear);
    await rosterRow(december.month).getByRole('button', { name: `删除：${december.memberName} ${chineseMonth(december.month)}` }).click();
    assert.match(await dialog().innerText(), /确定删除[\s\S]*该月将空出/);
    await dialog().getByRole('button', { name: '删除' }).click();
    await dialog().waitFor({ state: 'detached' });
    assert.equal((await call('GET', `/duty-turns/${december.id}`)).status, 404);
    await page.locator('#duty-year').selectOption(thisMonth.slice(0, 4));
    const turn = (await api('GET', `/duty-turns?platformId=${platform.id}&year=${thisMonth.slice(0, 4)}&month=${Number(thisMonth.slice(5))}`)).items[0];
    assert.equal(turn.status, 'SCHEDULED');
    // Recorded again, as the scenario had it.
    await api('POST', `/duty-turns/${turn.id}/record`, { outcome: 'DONE', peopleReached: 46 });
  });

  await step(t, 'the overdue list shows the month two months ago with its platform and member', async () => {
    await page.getByRole('link', { name: '逾期未记录' }).click();
    await page.getByRole('heading', { level: 2, name: '逾期未记录的轮值' }).waitFor();
    await listShows(1);
    assert.match(await page.locator('[data-rows] tr').first().innerText(),
      new RegExp(`${platform.name.replace(/[“”]/g, '.')}\\s+${chineseMonth(twoMonthsAgo)}\\s+${members[1].name}\\s+记录`));
  });

  await step(t, 'recording it as missed without a reason shows the service’s error at the reason', async () => {
    await page.locator('[data-rows] tr').first().getByRole('button', { name: '记录' }).click();
    await dialog().getByLabel('履职情况').selectOption({ label: '未履职' });
    await dialog().getByRole('button', { name: '保存记录' }).click();
    const message = dialog().locator('[data-error-for="missedReason"]');
    await message.waitFor({ state: 'visible' });
    assert.match(await message.innerText(), /记为未履职时须说明原因/);
    assert.equal(await dialog().locator('[name="missedReason"]').getAttribute('aria-invalid'), 'true');
    await dialog().getByRole('button', { name: '取消' }).click();
    await listShows(1);
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('委员工作室 and 接待走访: a studio is set up, visits are recorded and counted, an overlap and a deletion are refused', async (t) => {
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `社会科学界${RUN}`, sortOrder: 5 });
  const township = await api('POST', '/townships', { committeeId: committee.id, name: `走访镇${RUN}`, kind: 'TOWN' });
  const village = await api('POST', '/villages', { townshipId: township.id, name: `建设村${RUN}`, kind: 'VILLAGE' });
  const members = [];
  for (const name of ['孙接待', '李走访', '钱恳谈']) {
    members.push(await api('POST', '/members', { committeeId: committee.id, name, gender: 'FEMALE', sectorId: sector.id, townshipId: township.id }));
  }
  const studioName = `走访镇委员工作室${RUN}`;
  const summary = () => page.locator('[data-summary]');
  const summaryShows = (text) => page.waitForFunction((expected) => !document.querySelector('[data-view]').hasAttribute('aria-busy')
    && document.querySelector('[data-summary]')?.textContent === expected, text);
  const tick = (field, name) => dialog().locator(`[data-choices="${field}"] label`, { hasText: name }).locator('input').check();

  /** Fills the 记录接待走访 dialog; the date stays today, as the form proposes. */
  async function recordVisit({ kind, start, end, studio, withVillage, names, people, topic }) {
    await page.getByRole('button', { name: '记录接待走访' }).click();
    await dialog().getByLabel('类型').selectOption({ label: kind });
    await dialog().getByLabel('开始时间').fill(start);
    await dialog().getByLabel('结束时间').fill(end);
    await dialog().getByLabel('乡镇（街道）').selectOption({ label: township.name });
    if (studio) await dialog().getByLabel('委员工作室').selectOption({ label: studio });
    if (withVillage) {
      await dialog().locator(`[name="villageId"] option[value="${village.id}"]`).waitFor({ state: 'attached' });
      await dialog().getByLabel('村（社区）').selectOption({ label: village.name });
    }
    for (const name of names) await tick('memberIds', name);
    await dialog().getByLabel('接待群众（人次）').fill(String(people));
    await dialog().getByLabel('主题').fill(topic);
    await dialog().getByRole('button', { name: '保存' }).click();
  }

  await signedInAsAdmin();

  await step(t, 'creates an offline studio with two residents, a lead and a 每周二 schedule', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}/duty`);
    await page.getByRole('link', { name: '委员工作室', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '委员工作室' }).waitFor();
    await page.getByRole('button', { name: '新建委员工作室' }).click();
    await dialog().getByLabel('工作室名称').fill(studioName);
    await dialog().getByLabel('所在乡镇（街道）').selectOption({ label: township.name });
    await dialog().getByLabel('形式').selectOption({ label: '线下' });
    assert.equal(await dialog().getByLabel('线上渠道').isVisible(), false, 'an offline studio has no online channel');
    await dialog().getByLabel('地址').fill('走访镇人民政府一楼');
    await dialog().getByLabel('周二').check();
    await dialog().getByLabel('接待时间说明').fill('每周二上午');
    await tick('residentIds', members[0].name);
    await tick('residentIds', members[1].name);
    await dialog().getByLabel('负责委员').selectOption({ label: members[1].name });
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.locator('[data-notice]').getByText(`已新建委员工作室“${studioName}”`).waitFor();
    assert.match(await row(studioName).innerText(), new RegExp(`${township.name}\\s+线下\\s+走访镇人民政府一楼\\s+每周二\\s+每周二上午\\s+2 名\\s+负责：${members[1].name}`));
    const studio = (await api('GET', `/studios?committeeId=${committee.id}`)).items[0];
    assert.deepEqual([studio.mode, studio.schedule.weekdays, studio.residents.length, studio.leadMemberId], ['OFFLINE', [2], 2, members[1].id]);
  });

  await step(t, 'opens the studio’s 接待记录, filtered to it in the address, and records a 接待日 of 2 members and 15 people', async () => {
    await row(studioName).getByRole('link', { name: /^接待记录/ }).click();
    await page.getByRole('heading', { level: 2, name: '接待走访' }).waitFor();
    await summaryShows('共 0 次接待走访，接待群众 0 人次，委员参与 0 人次');
    assert.match(page.url(), /\/visits\?studioId=\d+$/);
    assert.equal(await page.locator('#filter-studioId option:checked').innerText(), studioName);
    await recordVisit({ kind: '接待日', start: '09:00', end: '11:00', studio: studioName, names: [members[0].name, members[1].name], people: 15, topic: '群众接待日：村道硬化' });
    await dialog().waitFor({ state: 'detached' });
    await summaryShows('共 1 次接待走访，接待群众 15 人次，委员参与 2 人次');
    assert.match(await page.locator('[data-rows] tr').first().innerText(), new RegExp(`09:00–11:00\\s+接待日[\\s\\S]*${studioName}[\\s\\S]*${members[0].name}、${members[1].name}\\s+15 人次\\s+群众接待日：村道硬化`));
  });

  await step(t, 'records a 下户走访 of 1 member and 3 people; the whole list counts 2 visits and 18 people', async () => {
    await page.getByRole('link', { name: '接待走访', exact: true }).click();
    await summaryShows('共 1 次接待走访，接待群众 15 人次，委员参与 2 人次');
    await recordVisit({ kind: '下户走访', start: '14:00', end: '15:30', withVillage: true, names: [members[2].name], people: 3, topic: '下户走访：自来水入户' });
    await dialog().waitFor({ state: 'detached' });
    await summaryShows('共 2 次接待走访，接待群众 18 人次，委员参与 3 人次');
    assert.match(await summary().innerText(), /^共 2 次.*接待群众 18 人次，委员参与 3 人次$/);
  });

  await step(t, 'filtering by type changes the counts, and the filter stays in the address', async () => {
    await page.locator('#filter-kind').selectOption({ label: '下户走访' });
    await summaryShows('共 1 次接待走访，接待群众 3 人次，委员参与 1 人次');
    assert.match(page.url(), /kind=HOUSEHOLD/);
    assert.equal(await page.locator('[data-rows] tr').count(), 1);
    await page.locator('#filter-kind').selectOption({ label: '全部' });
    await summaryShows('共 2 次接待走访，接待群众 18 人次，委员参与 3 人次');
  });

  await step(t, 'a visit overlapping the 接待日 for the same member is refused, naming the member and the other visit', async () => {
    await recordVisit({ kind: '视察', start: '10:00', end: '12:00', names: [members[0].name], people: 5, topic: '视察村道施工' });
    const banner = dialog().locator('[data-banner]');
    await banner.waitFor({ state: 'visible' });
    assert.match(await banner.innerText(), new RegExp(`时间冲突：委员${members[0].name}在 .* 09:00–11:00 已参加接待走访 \\d+（群众接待日：村道硬化），与本次 10:00–12:00 的时间重叠`));
    assert.equal(await dialog().locator('[name="memberIds"]').getAttribute('aria-invalid'), 'true');
    await dialog().getByRole('button', { name: '取消' }).click();
    await summaryShows('共 2 次接待走访，接待群众 18 人次，委员参与 3 人次');
  });

  await step(t, 'deleting the studio with visits is refused with the count of its visits', async () => {
    await page.getByRole('link', { name: '委员工作室', exact: true }).click();
    await row(studioName).getByRole('button', { name: `删除委员工作室“${studioName}”` }).click();
    await dialog().getByRole('button', { name: '删除' }).click();
    const banner = page.locator('[data-banner]').first();
    await banner.waitFor({ state: 'visible' });
    assert.match(await banner.innerText(), new RegExp(`不能删除委员工作室“${studioName}”：\\s*仍有 1 次接待走访`));
    await row(studioName).waitFor();
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('提案 and 自选动作: a proposal is filed and registered as a case, an activity is recorded and its people counted', async (t) => {
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `经济界${RUN}`, sortOrder: 6 });
  const lead = await api('POST', '/members', { committeeId: committee.id, name: '赵提案', gender: 'MALE', sectorId: sector.id });
  const coSigner = await api('POST', '/members', { committeeId: committee.id, name: '周联名', gender: 'FEMALE', sectorId: sector.id });
  const title = `关于加快农产品品牌建设的提案${RUN}`;
  const summaryShows = (text) => page.waitForFunction((expected) => !document.querySelector('[data-view]').hasAttribute('aria-busy')
    && document.querySelector('[data-summary]')?.textContent === expected, text);
  const tick = (field, name) => dialog().locator(`[data-choices="${field}"] label`, { hasText: name }).locator('input').check();
  // The 案由 cell also names the category, so the row is found by the title it contains.
  const proposalRow = () => page.locator('[data-rows] tr', { hasText: title });

  await signedInAsAdmin();

  await step(t, 'files a proposal led by one member and co-signed by another; it reads 已提交', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}`);
    await page.getByRole('link', { name: '提案', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '提案' }).waitFor();
    await summaryShows('共 0 件提案');
    await page.getByRole('button', { name: '提交提案' }).click();
    await dialog().getByLabel('案由').fill(title);
    await dialog().getByLabel('类别').selectOption({ label: '经济建设' });
    await dialog().getByLabel('领衔委员').selectOption({ label: lead.name });
    await tick('coSignerIds', coSigner.name);
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await summaryShows('共 1 件提案');
    assert.match(await proposalRow().innerText(), new RegExp(`—\\s+${title}\\s+经济建设\\s+${lead.name}\\s+联名 1 位\\s+—\\s+已提交`));
  });

  await step(t, '办理 registers it as a case (立案) with its number and handling unit', async () => {
    await proposalRow().getByRole('button', { name: `办理：提案“${title}”` }).click();
    await dialog().getByLabel('办理').selectOption({ label: '立案（→ 已立案）' });
    assert.equal(await dialog().getByLabel('不予立案的理由').isVisible(), false, 'registering a case asks for no reason');
    await dialog().getByLabel('案号').fill(`2026-${RUN}`);
    await dialog().getByLabel('承办单位').fill('测试市农业农村局');
    await dialog().getByRole('button', { name: '确定' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.locator('[data-notice]').getByText(`提案“${title}”已立案`).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-rows] [data-status]')?.textContent === '已立案');
    assert.match(await proposalRow().innerText(), new RegExp(`2026-${RUN}\\s+${title}[\\s\\S]*测试市农业农村局\\s+已立案`));
    const proposal = (await api('GET', `/proposals?committeeId=${committee.id}`)).items[0];
    assert.deepEqual([proposal.status, proposal.caseNumber, proposal.coSigners.map((m) => m.name)], ['ACCEPTED', `2026-${RUN}`, [coSigner.name]]);
  });

  await step(t, 'filtering by status keeps the filter in the address', async () => {
    await page.locator('#filter-status').selectOption({ label: '已提交' });
    await summaryShows('共 0 件提案');
    assert.match(page.url(), /\/proposals\?status=FILED$/);
    await page.locator('#filter-status').selectOption({ label: '已立案' });
    await summaryShows('共 1 件提案');
  });

  await step(t, 'records a 进校园读书 of two members who reached 120 people; the summary counts it', async () => {
    await page.getByRole('link', { name: '自选动作', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '自选动作' }).waitFor();
    await summaryShows('共 0 次自选动作，服务群众 0 人次');
    await page.getByRole('button', { name: '记录自选动作' }).click();
    await dialog().getByLabel('类型').selectOption({ label: '进校园读书' });
    await dialog().getByLabel('名称').fill('委员进校园读书分享会');
    await tick('memberIds', lead.name);
    await tick('memberIds', coSigner.name);
    await dialog().getByLabel('服务群众（人次）').fill('120');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await summaryShows('共 1 次自选动作，服务群众 120 人次');
    assert.match(await page.locator('[data-rows] tr').first().innerText(), new RegExp(`进校园读书\\s+委员进校园读书分享会\\s+${lead.name}、${coSigner.name}\\s+120 人次`));
  });

  await step(t, 'a member with a proposal cannot be deleted: the refusal counts the proposal', async () => {
    await page.getByRole('link', { name: '委员', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '委员' }).waitFor();
    await page.locator('#filter-q').fill(lead.name);
    await page.waitForFunction(() => /共 1 条/.test(document.querySelector('[data-page-info]')?.textContent));
    await row(lead.name).getByRole('button', { name: `更多操作：委员“${lead.name}”` }).click();
    await row(lead.name).getByRole('button', { name: `删除委员“${lead.name}”` }).click();
    await dialog().getByRole('button', { name: '删除' }).click();
    const banner = page.locator('[data-banner]').first();
    await banner.waitFor({ state: 'visible' });
    assert.match(await banner.innerText(), /仍有 1 件提案（领衔）、1 次自选动作（参加）/);
  });

  await step(t, 'the lead member files a proposal of their own, led by themselves, and may change it but not handle it', async () => {
    const account = { username: `lead-${RUN}`, password: `Lead2024${RUN}`, displayName: lead.name, role: 'MEMBER', memberId: lead.id };
    const { password, ...fields } = account;
    made.accounts.push((await api('POST', '/accounts', { ...fields, password, committeeId: committee.id })).id);
    page = await newTab();
    await signInThroughScreen(page, account, `#/committees/${committee.id}/proposals`);
    await page.getByRole('heading', { level: 2, name: '提案' }).waitFor();
    await summaryShows('共 1 件提案');
    assert.equal(await proposalRow().getByRole('button').count(), 0, 'a registered proposal is the office’s to change');
    await page.getByRole('button', { name: '提交提案' }).click();
    const leadSelect = dialog().getByLabel('领衔委员');
    assert.deepEqual(await leadSelect.locator('option').allInnerTexts(), ['请选择', lead.name]);
    assert.equal(await leadSelect.inputValue(), String(lead.id));
    const ownTitle = `关于建设农村文化活动广场的提案${RUN}`;
    await dialog().getByLabel('案由').fill(ownTitle);
    await dialog().getByLabel('类别').selectOption({ label: '文化建设' });
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await summaryShows('共 2 件提案');
    assert.deepEqual(await page.locator('[data-rows] tr', { hasText: ownTitle }).getByRole('button').allInnerTexts(), ['修改', '删除']);
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('as a member and as a convenor: the roster, visits and duty turns offer what the role may do', async (t) => {
  const tail = RUN.slice(-4);
  const own = await api('POST', '/committees', {
    name: `政协角色市第一届委员会（${RUN}）`, region: `角色市${RUN}`, termNumber: 1, termStart: '2024-01-15',
  });
  const sector = await api('POST', '/sectors', { committeeId: own.id, name: `文化艺术界${RUN}`, sortOrder: 1 });
  const township = await api('POST', '/townships', { committeeId: own.id, name: `角色镇${RUN}`, kind: 'TOWN' });
  const platform = await api('POST', '/platforms', { committeeId: own.id, townshipId: township.id, name: `角色镇“协骊”联合体${RUN}` });
  const group = await api('POST', '/groups', { committeeId: own.id, name: `文化艺术界活动组${RUN}`, sectorId: sector.id });
  const person = (name, phone, extra = {}) => api('POST', '/members', {
    committeeId: own.id, name: `${name}${tail}`, gender: 'FEMALE', sectorId: sector.id, townshipId: township.id, phone, ...extra,
  });
  const [memberA, memberB, memberC] = [
    await person('韩委员', '13904581111'),
    await person('杨组员', '13904582222', { groupId: group.id }),
    await person('朱组外', '13904583333'),
  ];
  const accounts = {
    member: { username: `member-${RUN}`, password: `Member2024${RUN}`, displayName: memberA.name, role: 'MEMBER', memberId: memberA.id },
    convenor: { username: `convenor-${RUN}`, password: `Convenor2024${RUN}`, displayName: `召集人${tail}`, role: 'CONVENOR', groupId: group.id, memberId: memberB.id },
  };
  for (const { password, ...fields } of Object.values(accounts)) {
    made.accounts.push((await api('POST', '/accounts', { ...fields, password, committeeId: own.id })).id);
  }
  const [thisMonth, lastMonth] = [beijingMonth(0), beijingMonth(-1)];
  await api('POST', '/duty-turns', { platformId: platform.id, memberId: memberA.id, month: thisMonth });
  await api('POST', '/duty-turns', { platformId: platform.id, memberId: memberB.id, month: lastMonth });
  const rosterRow = (month) => page.locator(`[data-rows] tr[data-month="${month}"]`);
  const tab = (name) => page.locator('[data-nav]').getByRole('link', { name, exact: true });
  const summaryShows = (text) => page.waitForFunction((expected) => !document.querySelector('[data-view]').hasAttribute('aria-busy')
    && document.querySelector('[data-summary]')?.textContent === expected, text);

  try {
    await step(t, 'the member sees others’ phone numbers masked and their own in full', async () => {
      page = await newTab();
      await signInThroughScreen(page, accounts.member);
      await page.getByRole('heading', { level: 2, name: own.name }).waitFor();
      await tab('委员').click();
      await listShows(3);
      assert.match(await row(memberA.name).innerText(), /13904581111/);
      assert.match(await row(memberB.name).innerText(), /139\*\*\*\*2222/);
      assert.match(await row(memberC.name).innerText(), /139\*\*\*\*3333/);
      assert.doesNotMatch(await page.locator('[data-rows]').innerText(), /1390458(2222|3333)/);
    });

    await step(t, 'the member finds no 新建, 修改 or 删除 on the roster screens', async () => {
      for (const [name, heading] of [['委员', '委员'], ['界别', '界别'], ['乡镇（街道）', '乡镇（街道）'], ['委员工作室', '委员工作室']]) {
        await tab(name).click();
        await page.getByRole('heading', { level: 2, name: heading }).waitFor();
        await page.waitForFunction(() => !document.querySelector('[data-view]').hasAttribute('aria-busy'));
        assert.equal(await page.getByRole('button', { name: /^新建/ }).count(), 0, `no 新建 on ${name}`);
        assert.equal(await page.locator('[data-action="delete"], [data-action="edit"]').count(), 0, `no 修改 or 删除 on ${name}`);
      }
    });

    await step(t, 'the member records a 下户走访, their own name ticked and locked; the counts above the list follow', async () => {
      await tab('接待走访').click();
      await summaryShows('共 0 次接待走访，接待群众 0 人次，委员参与 0 人次');
      await page.getByRole('button', { name: '记录接待走访' }).click();
      const first = dialog().locator('[data-choices="memberIds"] label').first();
      assert.equal(await first.innerText(), `${memberA.name} · ${township.name}`);
      assert.ok(await first.locator('input').isChecked(), 'one’s own name is ticked');
      assert.ok(await first.locator('input').isDisabled(), 'one’s own name cannot be unticked');
      await dialog().getByLabel('类型').selectOption({ label: '下户走访' });
      await dialog().getByLabel('开始时间').fill('08:30');
      await dialog().getByLabel('结束时间').fill('09:30');
      await dialog().getByLabel('乡镇（街道）').selectOption({ label: township.name });
      await dialog().getByLabel('接待群众（人次）').fill('4');
      await dialog().getByLabel('主题').fill('下户走访：独居老人冬季取暖');
      await dialog().getByRole('button', { name: '保存' }).click();
      await dialog().waitFor({ state: 'detached' });
      await summaryShows('共 1 次接待走访，接待群众 4 人次，委员参与 1 人次');
      assert.match(await page.locator('[data-rows] tr').first().innerText(),
        new RegExp(`08:30–09:30\\s+下户走访[\\s\\S]*${township.name}[\\s\\S]*${memberA.name}\\s+4 人次\\s+下户走访：独居老人冬季取暖`));
      const visit = (await api('GET', `/visits?committeeId=${own.id}`)).items[0];
      assert.deepEqual([visit.recordedBy, visit.members.map((m) => m.id)], [accounts.member.username, [memberA.id]]);
    });

    await step(t, 'the member records their own turn of this month as 已履职', async () => {
      await tab('轮值').click();
      await page.getByRole('heading', { level: 2, name: '一月一轮值' }).waitFor();
      await rosterRow(thisMonth).locator('[data-member]').waitFor();
      assert.equal(await page.locator('#duty-platform').inputValue(), String(platform.id));
      await rosterRow(thisMonth).getByRole('button', { name: `记录：${memberA.name} ${chineseMonth(thisMonth)}` }).click();
      await dialog().getByLabel('履职情况').selectOption({ label: '已履职' });
      await dialog().getByLabel('接触群众（人次）').fill('12');
      await dialog().getByLabel('说明').fill('在联合体值守，解答医保政策');
      await dialog().getByRole('button', { name: '保存记录' }).click();
      await dialog().waitFor({ state: 'detached' });
      await rosterRow(thisMonth).locator('[data-status="done"]').waitFor();
      assert.match(await rosterRow(thisMonth).innerText(), /已履职[\s\S]*接触群众 12 人次/);
      assert.equal(await rosterRow(thisMonth).getByRole('button').count(), 0, 'a member does not undo a record');
    });

    await step(t, 'another member’s turn, its month begun, offers the member no 记录', async () => {
      if (lastMonth.slice(0, 4) !== thisMonth.slice(0, 4)) {
        await page.locator('#duty-year').selectOption(lastMonth.slice(0, 4));
      }
      await page.waitForFunction((m) => document.querySelector(`[data-rows] tr[data-month="${m}"] [data-member]`)
        && !document.querySelector('[data-view]').hasAttribute('aria-busy'), lastMonth);
      assert.equal(await rosterRow(lastMonth).locator('[data-member]').innerText(), memberB.name);
      assert.equal(await rosterRow(lastMonth).getByRole('button').count(), 0);
      await page.context().close();
    });

    await step(t, 'the convenor may edit their group’s member but not one outside the group, and has no 审计', async () => {
      page = await newTab();
      await signInThroughScreen(page, accounts.convenor);
      await page.getByRole('heading', { level: 2, name: own.name }).waitFor();
      assert.equal(await page.getByRole('link', { name: '审计', exact: true }).count(), 0);
      await tab('委员').click();
      await listShows(3);
      await row(memberB.name).getByRole('button', { name: `修改委员“${memberB.name}”` }).waitFor();
      assert.match(await row(memberB.name).innerText(), /13904582222/, 'a group lead reads the group’s phone numbers');
      assert.equal(await row(memberC.name).getByRole('button', { name: /修改/ }).count(), 0);
      assert.equal(await page.locator('[data-action="delete"]').count(), 0);
      await row(memberB.name).getByRole('button', { name: `修改委员“${memberB.name}”` }).click();
      await dialog().locator('[name="jobTitle"]').fill('文化馆馆长');
      await dialog().getByRole('button', { name: '保存' }).click();
      await dialog().waitFor({ state: 'detached' });
      await page.waitForFunction((n) => [...document.querySelectorAll('[data-rows] tr')]
        .some((tr) => tr.textContent.includes(n) && tr.textContent.includes('文化馆馆长')), memberB.name);
      await page.context().close();
    });

    await step(t, 'ran without script errors in the page', async () => {
      assert.deepEqual(pageErrors, []);
    });
  } finally {
    // The accounts name the committee's members: they go first.
    for (const id of made.accounts.splice(0)) await api('DELETE', `/accounts/${id}`).catch(() => {});
    await removeCommittee(own);
  }
});
