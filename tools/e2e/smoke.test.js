// End-to-end smoke test: against a running service (E2E_BASE_URL), a committee created through
// the API is opened in headless Chromium and a sector is created, duplicated, edited and deleted
// through the screens, as the office staff would do it; a member is registered, found by search
// and suspended with a reason.
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

let browser;
let page;
let committee;
const pageErrors = [];

async function api(method, path, body, headers = {}) {
  const response = await fetch(`${BASE}/api/v1${path}`, {
    method,
    headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const payload = response.status === 204 ? null : await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(payload)}`);
  return payload;
}

/** Waits until the service answers, so the test can start right after the jar. */
async function serviceReady(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${BASE}/api/v1/committees?size=1`)).ok) return;
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
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

after(async () => {
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

test('a sector is created, refused as a duplicate, edited and deleted through the screens', async (t) => {
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
