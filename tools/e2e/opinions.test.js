// End-to-end test of 社情民意 against a running service (E2E_BASE_URL), in headless Chromium. In a
// committee of its own, made through the API with an office account, a member account and a reporting
// account: the office records an opinion through the dialog, seeing the likely duplicate already recorded
// in the township, and takes it through 上报、采用、交办、办结 and 评价（满意）with the 办理记录 growing at each
// step; a step someone else took meanwhile is refused with the service's reason; the list's figures and
// the CSV export follow the filters; a visit's opinions open from its row. A member records one of their
// own and sees only their own opinions with the raiser in full, the reporter every opinion with the raiser
// masked. The office manages the categories, and one still in use is refused deletion. An opinion forwarded
// to the parent committee is adopted there with an instruction the forwarding office reads. Each test makes
// the opinions it needs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  ADMIN, BASE, CHROMIUM, CHROMIUM_FLAGS, RUN, TAIL, actAs, api, beijing, inDays, serviceReady, signInThroughApi, stepsOn,
} from './support.js';

let browser;
let page;
let adminToken;
const pageErrors = [];
const step = stepsOn(() => page);
/** The committee of these tests and what is in it: township, village, category, members, accounts. */
const world = {};
const madeAccounts = [];

/** An opinion recorded and submitted through the API by `token` (the office's by default). */
function recordOpinion(fields, token = world.officeToken) {
  return api('POST', '/opinions', {
    committeeId: world.committee.id, categoryId: world.category.id, collectedOn: beijing(), townshipId: world.township.id,
    source: 'OTHER', submit: true, ...fields,
  }, token);
}

before(async () => {
  await serviceReady();
  adminToken = await signInThroughApi(ADMIN);
  actAs(adminToken);
  // The committee forwards (报送) to a parent committee, whose office adopts with an instruction.
  const parent = await api('POST', '/committees', {
    name: `政协上级市第一届委员会（${RUN}）`, region: `上级市${RUN}`, termNumber: 1, termStart: '2024-01-15',
  });
  const committee = await api('POST', '/committees', {
    name: `政协民意市第一届委员会（${RUN}）`, region: `民意市${RUN}`, termNumber: 1, termStart: '2024-01-15', parentId: parent.id,
  });
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `农业界${TAIL}`, sortOrder: 1 });
  const township = await api('POST', '/townships', { committeeId: committee.id, name: `王杨乡${TAIL}`, kind: 'TOWNSHIP' });
  const village = await api('POST', '/villages', { townshipId: township.id, name: `建设村${TAIL}`, kind: 'VILLAGE' });
  const person = (name) => api('POST', '/members', {
    committeeId: committee.id, name: `${name}${TAIL}`, gender: 'FEMALE', sectorId: sector.id, townshipId: township.id,
  });
  const members = [await person('王茜'), await person('赵民'), await person('孙晓')];
  // A new committee comes with the usual categories; one is made only if it came without.
  let categories = (await api('GET', `/opinion-categories?committeeId=${committee.id}&size=200`)).items;
  if (categories.length === 0) {
    await api('POST', '/opinion-categories', { committeeId: committee.id, name: '基础设施', sortOrder: 10 });
    categories = (await api('GET', `/opinion-categories?committeeId=${committee.id}&size=200`)).items;
  }
  const accounts = {
    office: { username: `op-office-${RUN}`, password: `Office2024${RUN}`, displayName: `民意办${TAIL}`, role: 'OFFICE' },
    member: { username: `op-member-${RUN}`, password: `Member2024${RUN}`, displayName: members[2].name, role: 'MEMBER', memberId: members[2].id },
    reporter: { username: `op-reporter-${RUN}`, password: `Reporter2024${RUN}`, displayName: `统计${TAIL}`, role: 'REPORTER' },
  };
  for (const { password, ...fields } of Object.values(accounts)) {
    madeAccounts.push((await api('POST', '/accounts', { ...fields, password, committeeId: committee.id })).id);
  }
  accounts.parentOffice = { username: `op-parent-${RUN}`, password: `Parent2024${RUN}`, displayName: `上级办${TAIL}`, role: 'OFFICE' };
  const { password: parentPassword, ...parentOffice } = accounts.parentOffice;
  madeAccounts.push((await api('POST', '/accounts', { ...parentOffice, password: parentPassword, committeeId: parent.id })).id);
  Object.assign(world, {
    parent, committee, sector, township, village, members, accounts, category: categories[0],
    officeToken: await signInThroughApi(accounts.office),
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

after(async () => {
  for (const id of madeAccounts) await api('DELETE', `/accounts/${id}`).catch(() => {});
  await browser?.close();
});

const dialog = () => page.locator('dialog[open]');
const tab = (name) => page.locator('[data-nav]').getByRole('link', { name, exact: true });
/** The list's row of an opinion, by its title. */
const opinionRow = (title) => page.locator('[data-rows] tr', { has: page.getByRole('link', { name: title, exact: true }) });
const settled = () => page.waitForFunction(() => !document.querySelector('[data-view]')?.hasAttribute('aria-busy'));
const statusShows = (label) => page.locator('[data-opinion-status] [data-status]').getByText(label, { exact: true }).waitFor();

async function newTab() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true });
  const tab = await context.newPage();
  tab.setDefaultTimeout(15_000);
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  return tab;
}

/** A new tab signed in through the login screen as `credentials`, on the 社情民意 of their committee. */
async function signInAs(credentials, committee = world.committee) {
  page = await newTab();
  await page.goto(`${BASE}/#/`);
  const form = page.locator('[data-login-form]');
  await form.getByLabel('用户名').fill(credentials.username);
  await form.getByLabel('密码').fill(credentials.password);
  await form.getByRole('button', { name: '登录' }).click();
  // A reporter starts on the committee's 工作报表, the others on its 概况: both have the 社情民意 tab.
  await page.getByRole('heading', { level: 2, name: committee.name }).or(page.getByRole('heading', { level: 2, name: '工作报表' }))
    .first().waitFor();
  await tab('社情民意').click();
  await page.getByRole('heading', { level: 2, name: '社情民意' }).waitFor();
  await settled();
}

/** Takes one step from the detail screen through its button and dialog. */
async function takeStep(button, fill = async () => {}) {
  await page.locator('[data-opinion-actions]').getByRole('button', { name: button, exact: true }).click();
  await dialog().waitFor();
  await fill(dialog());
  const answer = page.waitForResponse((r) => r.url().endsWith('/transitions') && r.request().method() === 'POST');
  await dialog().getByRole('button', { name: '确定' }).click();
  assert.equal((await answer).status(), 200);
  await dialog().waitFor({ state: 'detached' });
}

test('the office records an opinion, sees the likely duplicate, and takes it from 上报 to 评价 with its 办理记录', async (t) => {
  const earlier = await recordOpinion({ title: `建设村通村道路破损${TAIL}`, content: '建设村至王杨乡的通村道路多处破损，雨天积水，村民出行不便。', memberIds: [world.members[1].id] });
  const title = `建设村通村道路破损严重${TAIL}`;
  let opinionId;
  await signInAs(world.accounts.office);

  await step(t, 'shows the figures of the committee above the list', async () => {
    await page.locator('[data-opinion-summary] [data-figure="收集"]').waitFor();
    assert.match(await page.locator('[data-opinion-summary]').innerText(), /收集\s+\d+ 条[\s\S]*采用[\s\S]*办结[\s\S]*已解决[\s\S]*已办结待确认[\s\S]*逾期[\s\S]*报送上级[\s\S]*被上级采用/);
    await opinionRow(earlier.title).waitFor();
  });

  await step(t, 'a figure opens the list of what it counts, as many rows as it says', async () => {
    const collected = Number((await page.locator('[data-figure-link="COLLECTED"]').innerText()).match(/\d+/)[0]);
    await page.locator('[data-figure-link="COLLECTED"]').click();
    await page.waitForURL(/figure=COLLECTED/);
    await settled();
    assert.equal(await page.locator('#filter-figure').inputValue(), 'COLLECTED');
    assert.match(await page.locator('[data-figure="收集"]').getAttribute('class'), /chosen/);
    assert.equal(await page.locator('[data-opinion-link]').count(), Math.min(collected, 20));
    assert.match(await page.locator('[data-page-info]').innerText(), new RegExp(`共 ${collected} 条`));
    await page.locator('#filter-figure').selectOption('');
    await page.waitForURL((url) => !url.hash.includes('figure='));
    await settled();
  });

  await step(t, 'while the title and content are typed, names the opinion already recorded in the township as a likely duplicate', async () => {
    await page.getByRole('button', { name: '记录社情民意' }).click();
    assert.equal(await dialog().getByLabel('收集日期').inputValue(), beijing());
    await dialog().getByLabel('乡镇（街道）').selectOption({ label: world.township.name });
    await dialog().getByLabel('标题').fill(title);
    await dialog().getByLabel('内容').fill('建设村通村道路多处破损，雨天积水，农产品运不出去。');
    const similar = dialog().locator('[data-similar]');
    await similar.getByRole('link', { name: earlier.title }).waitFor();
    assert.match(await similar.innerText(), /可能重复/);
    assert.equal(await similar.getByRole('link', { name: earlier.title }).getAttribute('href'), `#/committees/${world.committee.id}/opinions/${earlier.id}`);
  });

  await step(t, 'asks for the visit only when the source is a visit', async () => {
    await dialog().getByLabel('来源').selectOption({ label: '接待走访' });
    assert.ok(await dialog().locator('[name="visitId"]').isVisible(), 'a visit is asked for');
    await dialog().getByLabel('来源').selectOption({ label: '其他' });
    assert.equal(await dialog().locator('[name="visitId"]').isVisible(), false);
  });

  await step(t, 'keeps it as a draft, sending an Idempotency-Key', async () => {
    await dialog().getByLabel('类别').selectOption({ label: world.category.name });
    await dialog().locator(`[name="villageId"] option[value="${world.village.id}"]`).waitFor({ state: 'attached' });
    await dialog().getByLabel('村（社区）').selectOption({ label: world.village.name });
    await dialog().locator('[data-choices="memberIds"] label', { hasText: world.members[0].name }).locator('input').check();
    await dialog().getByLabel('反映人姓名').fill('李大山');
    await dialog().getByLabel('反映人电话').fill('13812341234');
    const post = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/opinions'));
    await dialog().getByRole('button', { name: '存为草稿' }).click();
    const request = await post;
    assert.match(request.headers()['idempotency-key'] ?? '', /^[0-9a-f-]{32,36}$/);
    assert.equal(JSON.parse(request.postData()).submit, false);
    await dialog().waitFor({ state: 'detached' });
    await page.locator('[data-notice]').getByText(`已新建社情民意“${title}”`).waitFor();
    assert.match(await opinionRow(title).innerText(), /草稿/);
    opinionId = Number(await opinionRow(title).getAttribute('data-id'));
  });

  await step(t, 'opens it and submits it with the one button the draft offers', async () => {
    await opinionRow(title).getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    assert.equal(new URL(page.url()).hash, `#/committees/${world.committee.id}/opinions/${opinionId}`);
    assert.match(await page.locator('[data-details]').innerText(), /李大山[\s\S]*13812341234/);
    assert.equal(await page.locator('[data-masked-note]').count(), 0, 'the office reads the raiser in full');
    assert.deepEqual(await page.locator('[data-opinion-actions] button').allInnerTexts(), ['上报']);
    await takeStep('上报');
    await statusShows('已上报');
  });

  await step(t, 'a step someone else took meanwhile is refused, naming the steps allowed now, and the buttons follow', async () => {
    await page.locator('[data-opinion-actions]').getByRole('button', { name: '不予采用' }).waitFor();
    await api('POST', `/opinions/${opinionId}/transitions`, { action: 'ACCEPT' }, world.officeToken);
    await page.locator('[data-opinion-actions]').getByRole('button', { name: '不予采用' }).click();
    await dialog().getByLabel('不予采用的理由').fill('属个人诉求');
    await dialog().getByRole('button', { name: '确定' }).click();
    const banner = dialog().locator('[data-banner]');
    await banner.waitFor({ state: 'visible' });
    // The page read an older version: 刷新 reads it again, and the same step is then refused for the state it is in.
    if (await banner.getByRole('button', { name: '刷新' }).count()) {
      assert.match(await banner.innerText(), /记录已被他人修改/);
      await banner.getByRole('button', { name: '刷新' }).click();
      await banner.waitFor({ state: 'hidden' });
      await dialog().getByLabel('不予采用的理由').fill('属个人诉求');
      await dialog().getByRole('button', { name: '确定' }).click();
    }
    await banner.getByText(/当前为“已采用”，不能“不予采用”。此刻可进行：.*交办/).waitFor();
    await dialog().getByRole('button', { name: '取消' }).click();
    await statusShows('已采用');
    await page.locator('[data-opinion-actions]').getByRole('button', { name: '交办', exact: true }).waitFor();
  });

  await step(t, 'assigns it to a unit with a due date', async () => {
    await takeStep('交办', async (d) => {
      await d.getByLabel('承办单位').fill('民意市交通运输局');
      await d.getByLabel('办理期限').fill(inDays(30));
    });
    await statusShows('已交办');
    assert.match(await page.locator('[data-handling]').innerText(), /民意市交通运输局/);
  });

  await step(t, 'resolves it with what was done, today', async () => {
    await takeStep('办结', async (d) => {
      assert.equal(await d.getByLabel('办结日期').inputValue(), beijing());
      await d.getByLabel('办理结果').fill('已完成 2.3 公里路面修补');
    });
    await statusShows('已办结');
    assert.match(await page.locator('[data-handling]').innerText(), /已完成 2.3 公里路面修补/);
  });

  await step(t, 'closes it with the public’s 满意, which makes it solved', async () => {
    const close = (await page.locator('[data-opinion-actions] button').allInnerTexts()).find((label) => /评价/.test(label));
    assert.ok(close, 'a resolved opinion offers its evaluation');
    await takeStep(close, (d) => d.getByLabel('群众评价').selectOption({ label: '满意' }));
    await statusShows('已评价');
    assert.match(await page.locator('[data-handling]').innerText(), /满意[\s\S]*已解决/);
  });

  await step(t, 'the 办理记录 lists every step in order, with who took it', async () => {
    await page.waitForFunction(() => document.querySelectorAll('[data-history] li').length >= 6);
    const actions = await page.locator('[data-history] li').evaluateAll((items) => items.map((li) => li.dataset.historyAction));
    assert.deepEqual(actions, ['CREATE', 'SUBMIT', 'ACCEPT', 'ASSIGN', 'RESOLVE', 'CLOSE']);
    const text = await page.locator('[data-history]').innerText();
    assert.match(text, /记录[\s\S]*上报[\s\S]*采用[\s\S]*交办[\s\S]*民意市交通运输局[\s\S]*办结[\s\S]*评价[\s\S]*满意/);
    assert.match(text, new RegExp(world.accounts.office.username));
  });

  await step(t, 'the filters stay in the address and the figures and export follow them', async () => {
    await page.getByRole('link', { name: /返回社情民意列表/ }).click();
    await page.getByRole('heading', { level: 2, name: '社情民意' }).waitFor();
    await page.locator('#filter-solved').selectOption({ label: '是' });
    await settled();
    await opinionRow(title).waitFor();
    assert.equal(await opinionRow(earlier.title).count(), 0);
    assert.match(page.url(), /solved=true/);
    await page.getByRole('button', { name: '收集日期' }).click();
    await settled();
    assert.match(page.url(), /solved=true.*sort=collectedOn/);
    const download = page.waitForEvent('download');
    const exported = page.waitForRequest((r) => r.url().includes('/api/v1/opinions/export'));
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const asked = new URL((await exported).url()).searchParams;
    assert.deepEqual([asked.get('committeeId'), asked.get('solved')], [String(world.committee.id), 'true'], 'the export takes the list’s filters');
    const file = await download;
    assert.match(file.suggestedFilename(), /\.csv$/);
    assert.match(await readFile(await file.path(), 'utf8'), new RegExp(title));
    await page.locator('[data-notice]').getByText('已导出').waitFor();
    // The same filters as Excel: a zip (an .xlsx) that holds the opinion's title.
    const workbook = page.waitForEvent('download');
    const asExcel = page.waitForRequest((r) => r.url().includes('/api/v1/opinions/export'));
    await page.getByRole('button', { name: '导出 Excel' }).click();
    assert.match((await asExcel).headers().accept, /spreadsheetml/);
    const excel = await workbook;
    assert.match(excel.suggestedFilename(), /\.xlsx$/);
    assert.equal((await readFile(await excel.path())).subarray(0, 2).toString('latin1'), 'PK');
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
  await page.context().close();
});

test('a member sees only their own opinions with the raiser in full; the reporter sees every one, the raiser masked', async (t) => {
  const [other, own] = [world.members[1], world.members[2]];
  const ownTitle = `孙委员反映：村卫生室缺医少药${TAIL}`;
  const otherTitle = `赵委员反映：学校门前缺减速带${TAIL}`;
  await recordOpinion({ title: ownTitle, content: '村卫生室常用药短缺，村医每周只来两天。', memberIds: [own.id], raisedByName: '周桂兰', raisedByPhone: '13945671234' });
  await recordOpinion({ title: otherTitle, content: '放学时车辆多，学校门前没有减速带。', memberIds: [other.id], raisedByName: '钱大勇', raisedByPhone: '13698761234' });

  await step(t, 'the member’s list holds only their own opinion, with the raiser’s name and phone', async () => {
    await signInAs(world.accounts.member);
    await opinionRow(ownTitle).waitFor();
    assert.equal(await opinionRow(otherTitle).count(), 0);
    assert.match(await opinionRow(ownTitle).innerText(), /周桂兰\s+13945671234/);
  });

  await step(t, 'the member records one with 记录并上报, their own name ticked and locked', async () => {
    const recorded = `村口路灯不亮${TAIL}`;
    await page.getByRole('button', { name: '记录社情民意' }).click();
    const first = dialog().locator('[data-choices="memberIds"] label').first();
    assert.match(await first.innerText(), new RegExp(own.name));
    assert.ok(await first.locator('input').isChecked() && await first.locator('input').isDisabled(), 'one’s own name is ticked and locked');
    await dialog().getByLabel('标题').fill(recorded);
    await dialog().getByLabel('内容').fill('村口三盏路灯坏了一个月，夜里出行不安全。');
    await dialog().getByLabel('类别').selectOption({ label: world.category.name });
    await dialog().getByLabel('乡镇（街道）').selectOption({ label: world.township.name });
    await dialog().getByLabel('来源').selectOption({ label: '其他' });
    await dialog().getByLabel('反映人姓名').fill('吴秀英');
    await dialog().getByLabel('反映人电话').fill('13512345678');
    const post = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/opinions'));
    await dialog().getByRole('button', { name: '记录并上报' }).click();
    assert.equal(JSON.parse((await post).postData()).submit, true);
    await dialog().waitFor({ state: 'detached' });
    await opinionRow(recorded).waitFor();
    assert.match(await opinionRow(recorded).innerText(), /吴秀英\s+13512345678[\s\S]*已上报/);
  });

  await step(t, '我的社情民意 filters the list to the member', async () => {
    await page.getByRole('link', { name: '我的社情民意' }).click();
    await page.waitForFunction((id) => window.location.hash.includes(`memberId=${id}`), own.id);
    await settled();
    await opinionRow(ownTitle).waitFor();
    assert.equal(await page.locator('#filter-memberId').inputValue(), String(own.id));
    await page.context().close();
  });

  await step(t, 'the reporter sees both, the raisers masked, with a note on the detail screen', async () => {
    await signInAs(world.accounts.reporter);
    await opinionRow(ownTitle).waitFor();
    await opinionRow(otherTitle).waitFor();
    const text = await opinionRow(ownTitle).innerText();
    assert.doesNotMatch(text, /周桂兰|13945671234/);
    assert.match(text, /\*/);
    assert.equal(await page.getByRole('button', { name: '记录社情民意' }).count(), 0, 'a reporter records nothing');
    await opinionRow(ownTitle).getByRole('link', { name: ownTitle, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: ownTitle }).waitFor();
    await page.locator('[data-masked-note]').waitFor();
    assert.doesNotMatch(await page.locator('[data-details]').innerText(), /13945671234/);
    assert.equal(await page.locator('[data-opinion-actions] button').count(), 0, 'a reporter takes no step');
    await page.context().close();
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
});

test('a visit’s opinions open from its row, and a category in use cannot be deleted', async (t) => {
  const visit = await api('POST', '/visits', {
    committeeId: world.committee.id, kind: 'HOUSEHOLD', date: beijing(), startTime: '07:00', endTime: '07:30',
    townshipId: world.township.id, memberIds: [world.members[0].id], peopleReceived: 2, topic: `下户走访：饮水安全${TAIL}`,
  });
  const fromVisit = `自来水水压不足${TAIL}`;
  await recordOpinion({ title: fromVisit, content: '高处住户自来水水压不足，早晚用水高峰时没水。', memberIds: [world.members[0].id], source: 'VISIT', visitId: visit.id });
  const categoryName = `生态${TAIL}`;
  await signInAs(world.accounts.office);

  await step(t, '接待走访 → 社情民意 lists the opinions of that visit only', async () => {
    await tab('接待走访').click();
    await page.getByRole('heading', { level: 2, name: '接待走访' }).waitFor();
    await settled();
    const visitRow = page.locator('[data-rows] tr', { hasText: visit.topic });
    await visitRow.getByRole('link', { name: /^社情民意/ }).click();
    await page.getByRole('heading', { level: 2, name: '社情民意' }).waitFor();
    await settled();
    assert.match(page.url(), new RegExp(`visitId=${visit.id}`));
    await opinionRow(fromVisit).waitFor();
    assert.equal(await page.locator('[data-rows] tr').count(), 1);
  });

  await step(t, 'the office adds a category, moves it up and deletes it', async () => {
    await page.getByRole('link', { name: '社情民意类别' }).click();
    await page.getByRole('heading', { level: 2, name: '社情民意类别' }).waitFor();
    await settled();
    await page.getByRole('button', { name: '新建类别' }).click();
    await dialog().getByLabel('类别名称').fill(categoryName);
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    const row = page.locator('[data-rows] tr', { has: page.getByRole('cell', { name: categoryName, exact: true }) });
    await row.waitFor();
    const before = await page.locator('[data-rows] tr').evaluateAll((rows) => rows.map((r) => r.cells[0].textContent));
    await row.getByRole('button', { name: `上移：类别“${categoryName}”` }).click();
    await page.locator('[data-notice]').getByText(`已上移类别“${categoryName}”`).waitFor();
    await settled();
    const moved = await page.locator('[data-rows] tr').evaluateAll((rows) => rows.map((r) => r.cells[0].textContent));
    assert.equal(moved.indexOf(categoryName), before.indexOf(categoryName) - 1);
    await row.getByRole('button', { name: `删除类别“${categoryName}”` }).click();
    await dialog().getByRole('button', { name: '删除' }).click();
    await page.locator('[data-notice]').getByText(`已删除类别“${categoryName}”`).waitFor();
    await row.waitFor({ state: 'detached' });
  });

  await step(t, 'a category opinions use is refused deletion with the service’s reason', async () => {
    const row = page.locator('[data-rows] tr', { has: page.getByRole('cell', { name: world.category.name, exact: true }) });
    await row.getByRole('button', { name: `删除类别“${world.category.name}”` }).click();
    await dialog().getByRole('button', { name: '删除' }).click();
    const banner = page.locator('[data-banner]').first();
    await banner.waitFor({ state: 'visible' });
    assert.match(await banner.innerText(), new RegExp(`不能删除类别“${world.category.name}”|社情民意`));
    await row.waitFor();
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
  await page.context().close();
});

test('the office forwards an opinion to the parent committee, whose office adopts it with an instruction both see', async (t) => {
  const title = `建议在镇区增设公交站点${TAIL}`;
  const forwarded = await recordOpinion({ title, content: '镇区到县城只有一班公交，群众出行难。', memberIds: [world.members[0].id] });
  await api('POST', `/opinions/${forwarded.id}/transitions`, { action: 'ACCEPT' }, world.officeToken);
  const instruction = '请市交通运输局统筹研究';
  await signInAs(world.accounts.office);

  await step(t, 'the office forwards it with 报送上级, and the opinion names the parent committee', async () => {
    await opinionRow(title).getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await takeStep('报送上级');
    const panel = page.locator('[data-forwarding]');
    await panel.waitFor();
    assert.match(await panel.innerText(), new RegExp(`${world.parent.name.replace(/[()（）]/g, '.')}[\\s\\S]*尚未采用`));
    await page.context().close();
  });

  await step(t, 'the parent committee’s office finds it among what was forwarded and adopts it', async () => {
    await signInAs(world.accounts.parentOffice, world.parent);
    await page.locator('#filter-forwardedToId').selectOption({ label: '下级政协报送来的' });
    await settled();
    await opinionRow(title).getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await takeStep('上级采用', (d) => d.getByLabel('上级批示').fill(instruction));
    await page.locator('[data-forwarding]').getByText(/已采用/).waitFor();
    assert.match(await page.locator('[data-instruction]').innerText(), new RegExp(instruction));
    await page.context().close();
  });

  await step(t, 'the forwarding committee’s office reads the instruction, and the 办理记录 has both steps', async () => {
    await signInAs(world.accounts.office);
    await opinionRow(title).getByRole('link', { name: title, exact: true }).click();
    await page.locator('[data-instruction]').getByText(instruction).waitFor();
    await page.locator('[data-history] li[data-history-action="ADOPT"]').waitFor();
    const actions = await page.locator('[data-history] li').evaluateAll((items) => items.map((li) => li.dataset.historyAction));
    assert.deepEqual(actions.slice(-2), ['FORWARD', 'ADOPT']);
  });

  await step(t, 'ran without script errors in the page', async () => {
    assert.deepEqual(pageErrors, []);
  });
  await page.context().close();
});
