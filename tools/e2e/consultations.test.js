// End-to-end test of 协商 against a running service (E2E_BASE_URL), in headless Chromium. In a committee of its
// own, made through the API, with two townships and their platforms: the office records last quarter's
// consultation at one platform with a member present, one excused and a department official at the table,
// taking up an opinion already accepted and assigned; adds an outcome that answers it, implements it with the
// evidence and sees the opinion become 已办结; a step someone else made stale is refused with the service's
// reason. The 一季一协商 grid shows that quarter held at the one platform and missed at the other, and 督办
// lists an outcome past its due date, linking to its consultation.
import assert from 'node:assert/strict';
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
const world = {};
const madeAccounts = [];

const chinese = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };

/** The quarter before this one in Beijing, which has surely ended: its year, number and a few of its days. */
function lastQuarter() {
  const [year, month] = beijing().split('-').map(Number);
  const current = Math.floor((month - 1) / 3) + 1;
  const [y, q] = current === 1 ? [year - 1, 4] : [year, current - 1];
  const day = (d) => `${y}-${String(q * 3 - 2).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { year: y, quarter: q, day };
}

before(async () => {
  await serviceReady();
  adminToken = await signInThroughApi(ADMIN);
  actAs(adminToken);
  const committee = await api('POST', '/committees', {
    name: `政协协商市第一届委员会（${RUN}）`, region: `协商市${RUN}`, termNumber: 1, termStart: '2024-01-15',
  });
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `农业界${TAIL}`, sortOrder: 1 });
  const township = await api('POST', '/townships', { committeeId: committee.id, name: `双丰镇${TAIL}`, kind: 'TOWN' });
  const other = await api('POST', '/townships', { committeeId: committee.id, name: `桃山镇${TAIL}`, kind: 'TOWN' });
  const platform = await api('POST', '/platforms', { committeeId: committee.id, townshipId: township.id, name: `双丰镇“协骊”联合体${TAIL}` });
  const otherPlatform = await api('POST', '/platforms', { committeeId: committee.id, townshipId: other.id, name: `桃山镇“协骊”联合体${TAIL}` });
  const person = (name) => api('POST', '/members', {
    committeeId: committee.id, name: `${name}${TAIL}`, gender: 'FEMALE', sectorId: sector.id, townshipId: township.id,
  });
  const members = [await person('王茜'), await person('汪淳')];
  const office = { username: `co-office-${RUN}`, password: `Office2024${RUN}`, displayName: `协商办${TAIL}`, role: 'OFFICE' };
  const { password, ...fields } = office;
  madeAccounts.push((await api('POST', '/accounts', { ...fields, password, committeeId: committee.id })).id);
  const officeToken = await signInThroughApi(office);
  const categories = (await api('GET', `/opinion-categories?committeeId=${committee.id}&size=200`)).items;
  const quarter = lastQuarter();
  // An opinion the office has accepted and assigned: the consultation takes it up, and an outcome answers it.
  const opinion = await api('POST', '/opinions', {
    committeeId: committee.id, categoryId: categories[0].id, collectedOn: quarter.day(5), townshipId: township.id, source: 'OTHER',
    title: `抗联食堂闲置${TAIL}`, content: '建国村抗联食堂建成后一直闲置，村民希望尽快对外开放，带动村集体增收。', memberIds: [members[0].id], submit: true,
  }, officeToken);
  await api('POST', `/opinions/${opinion.id}/transitions`, { action: 'ACCEPT' }, officeToken);
  await api('POST', `/opinions/${opinion.id}/transitions`, { action: 'ASSIGN', assignedUnit: '双丰镇人民政府', dueDate: inDays(60) }, officeToken);
  // An earlier consultation whose outcome is past its due date: 督办 lists it.
  const earlier = await api('POST', '/consultations', {
    committeeId: committee.id, kind: 'INVITED', date: quarter.day(2), townshipId: township.id, platformId: platform.id,
    topic: `通村道路维修养护${TAIL}`, members: [{ memberId: members[1].id, attendance: 'PRESENT' }], guests: [],
  }, officeToken);
  const overdue = await api('POST', `/consultations/${earlier.id}/outcomes`, {
    text: `破损通村道路十日内完成修补${TAIL}`, responsibleUnit: '铁力市交通运输局', dueDate: quarter.day(12),
  }, officeToken);
  const later = await api('POST', `/consultations/${earlier.id}/outcomes`, {
    text: `急弯处增设警示桩${TAIL}`, responsibleUnit: '双丰镇人民政府', dueDate: inDays(30),
  }, officeToken);
  Object.assign(world, { committee, township, other, platform, otherPlatform, members, office, officeToken, opinion, quarter, earlier, overdue, later });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

after(async () => {
  for (const id of madeAccounts) await api('DELETE', `/accounts/${id}`).catch(() => {});
  await browser?.close();
});

const dialog = () => page.locator('dialog[open]');
const tab = (name) => page.locator('[data-nav]').getByRole('link', { name, exact: true });
const settled = () => page.waitForFunction(() => !document.querySelector('[data-view]')?.hasAttribute('aria-busy'));
const outcomeItem = (text) => page.locator('[data-outcome]', { hasText: text });

test('the office records a consultation, implements its outcome, and follows 一季一协商 and 督办', async (t) => {
  const topic = `抗联食堂对外开放与村集体增收${TAIL}`;
  const outcomeText = `抗联食堂二月底前对外开放${TAIL}`;
  const { quarter } = world;
  const heldOn = quarter.day(20);

  page = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' }).then((c) => c.newPage());
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await step(t, 'signs in as the office and opens 协商', async () => {
    await page.goto(`${BASE}/#/`);
    const form = page.locator('[data-login-form]');
    await form.getByLabel('用户名').fill(world.office.username);
    await form.getByLabel('密码').fill(world.office.password);
    await form.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { level: 2, name: world.committee.name }).waitFor();
    await tab('协商').click();
    await page.getByRole('heading', { level: 2, name: '协商' }).waitFor();
    await settled();
    await page.locator('[data-rows]').getByRole('link', { name: world.earlier.topic }).waitFor();
  });

  await step(t, 'records last quarter\'s consultation with attendance, a guest and the opinion it took up', async () => {
    await page.getByRole('button', { name: '记录协商活动' }).click();
    await dialog().getByLabel('日期').fill(heldOn);
    await dialog().getByLabel('乡镇（街道）').selectOption({ label: world.township.name });
    assert.equal(await dialog().getByLabel('联系平台').inputValue(), String(world.platform.id), 'the township\'s one platform is chosen');
    await dialog().getByLabel('议题').fill(topic);
    await dialog().locator('[data-opinion-choices] label', { hasText: world.opinion.title }).locator('input').check();
    for (const member of world.members) {
      await dialog().locator('[data-member-search]').fill(member.name);
      await dialog().locator('[data-member-choice]').selectOption({ label: member.name + ' · ' + world.township.name });
      await dialog().getByRole('button', { name: '添加委员' }).click();
    }
    await dialog().getByLabel(`${world.members[1].name}的出席情况`).selectOption({ label: '请假' });
    assert.match(await dialog().locator('[data-attendance-count]').innerText(), /出席 1、请假 1、缺席 0/);
    await dialog().getByRole('button', { name: '添加列席人员' }).click();
    await dialog().getByLabel('列席人员姓名').fill('刘建军');
    await dialog().getByLabel('列席人员身份').selectOption({ label: '部门负责人' });
    await dialog().getByLabel('列席人员单位').fill('铁力市文化广电和旅游局');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.locator('[data-notice]').getByText(`已新建协商活动“${chinese(heldOn)} ${topic}”`).waitFor();
    const row = page.locator('[data-rows] tr', { has: page.getByRole('link', { name: topic }) });
    assert.match(await row.innerText(), /出席 1 · 请假 1 · 缺席 0/);
    assert.match(await row.innerText(), /季度协商/);
  });

  await step(t, 'opens it: attendance, the guest and the opinion taken up, no outcome yet', async () => {
    await page.locator('[data-rows]').getByRole('link', { name: topic }).click();
    await page.getByRole('heading', { level: 2, name: topic }).waitFor();
    assert.match(await page.locator('[data-attendance-figures]').innerText(), /出席\s+1 人[\s\S]*请假\s+1 人[\s\S]*缺席\s+0 人/);
    assert.match(await page.locator('[data-guests]').innerText(), /刘建军\s+部门负责人\s+铁力市文化广电和旅游局/);
    const link = page.locator('[data-opinions]').getByRole('link', { name: world.opinion.title });
    assert.equal(await link.getAttribute('href'), `#/committees/${world.committee.id}/opinions/${world.opinion.id}`);
    await page.locator('[data-no-outcomes]').waitFor();
  });

  await step(t, 'adds an outcome answering the assigned opinion', async () => {
    await page.getByRole('button', { name: '记录协商成果' }).click();
    await dialog().getByLabel('达成的共识').fill(outcomeText);
    await dialog().getByLabel('责任单位').fill('双丰镇人民政府');
    await dialog().getByLabel('办理期限').fill(inDays(20));
    await dialog().locator('[data-choices="opinionIds"] label', { hasText: world.opinion.title }).locator('input').check();
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.locator('[data-notice]').getByText('已记录第 1 项协商成果').waitFor();
    assert.match(await outcomeItem(outcomeText).innerText(), /第 1 项[\s\S]*已达成[\s\S]*双丰镇人民政府[\s\S]*已交办/);
  });

  await step(t, 'implements it with the evidence, and the opinion it answers becomes 已办结', async () => {
    await outcomeItem(outcomeText).getByRole('button', { name: '已落实' }).click();
    assert.match(await dialog().locator('[data-step-explain]').innerText(), new RegExp(`1 条社情民意（${world.opinion.title}）记为“已办结”`));
    assert.equal(await dialog().getByLabel('落实日期').inputValue(), beijing());
    await dialog().getByLabel('落实情况').fill('2月28日 抗联食堂正式对外开放');
    await dialog().getByRole('button', { name: '确定' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.locator('[data-notice]').getByText(/已落实：现为“已落实”，关联的 1 条社情民意已办结/).waitFor();
    const item = outcomeItem(outcomeText);
    assert.match(await item.locator('[data-evidence]').innerText(), /2月28日 抗联食堂正式对外开放/);
    assert.equal(await item.locator(`[data-opinion-status="${world.opinion.id}"]`).innerText(), '（已办结）');
    assert.equal(await item.getByRole('button', { name: '已落实' }).count(), 0, 'an implemented outcome takes no more steps');
    await item.getByRole('link', { name: world.opinion.title }).click();
    await page.getByRole('heading', { level: 2, name: world.opinion.title }).waitFor();
    await page.locator('[data-opinion-status] [data-status]').getByText('已办结', { exact: true }).waitFor();
    assert.match(await page.locator('[data-handling]').innerText(), /2月28日 抗联食堂正式对外开放/);
  });

  await step(t, 'a step made stale by someone else is refused with the service\'s reason', async () => {
    await page.goto(`${BASE}/#/committees/${world.committee.id}/consultations/${world.earlier.id}`);
    await page.getByRole('heading', { level: 2, name: world.earlier.topic }).waitFor();
    const item = outcomeItem(world.later.text);
    await item.getByRole('button', { name: '开始落实' }).waitFor();
    await api('POST', `/outcomes/${world.later.id}/transitions`, { action: 'DROP', reason: '经论证不具备实施条件' }, world.officeToken);
    await item.getByRole('button', { name: '开始落实' }).click();
    await dialog().getByRole('button', { name: '确定' }).click();
    const banner = dialog().locator('[data-banner]');
    await banner.waitFor({ state: 'visible' });
    if (await banner.getByRole('button', { name: '刷新' }).count()) {
      assert.match(await banner.innerText(), /记录已被他人修改/);
      await banner.getByRole('button', { name: '刷新' }).click();
      await banner.waitFor({ state: 'hidden' });
      await dialog().getByRole('button', { name: '确定' }).click();
    }
    await banner.getByText(/当前为“已放弃”，不能“开始落实”/).waitFor();
    await dialog().getByRole('button', { name: '取消' }).click();
    assert.match(await outcomeItem(world.later.text).locator('[data-drop-reason]').innerText(), /经论证不具备实施条件/);
  });

  await step(t, '一季一协商 shows the quarter held at the one platform and missed at the other', async () => {
    await page.goto(`${BASE}/#/committees/${world.committee.id}/consultations`);
    await page.getByRole('link', { name: '一季一协商' }).click();
    await page.getByRole('heading', { level: 2, name: '一季一协商' }).waitFor();
    await page.getByLabel('年份').selectOption(String(quarter.year));
    await settled();
    const held = page.locator(`[data-platform="${world.platform.id}"] [data-quarter="${quarter.quarter}"]`);
    const missed = page.locator(`[data-platform="${world.otherPlatform.id}"] [data-quarter="${quarter.quarter}"]`);
    await held.locator('[data-held-link]').waitFor();
    assert.equal(await held.getAttribute('data-state'), 'HELD');
    assert.match(await held.innerText(), /已开展 2 场/);
    assert.equal(await missed.getAttribute('data-state'), 'MISSED');
    assert.match(await missed.innerText(), /未开展/);
    assert.match(await page.locator('[data-compliance-figures] [data-figure="gaps"]').innerText(), /缺口\s+[1-9]\d* 个/);
    await page.getByLabel('只看有缺口的平台').check();
    await settled();
    assert.match(page.url(), /gapsOnly=true/);
    await page.locator(`[data-platform="${world.otherPlatform.id}"]`).waitFor();
    await page.getByLabel('只看有缺口的平台').uncheck();
    await settled();
    await held.locator('[data-held-link]').click();
    await page.getByRole('heading', { level: 2, name: '协商' }).waitFor();
    await settled();
    await page.locator('[data-rows]').getByRole('link', { name: topic }).waitFor();
    assert.equal(await page.locator('[data-rows] tr').count(), 2, 'the quarter\'s two consultations at the platform');
  });

  await step(t, '督办 lists the outcome past its due date, linking to its consultation', async () => {
    await page.getByRole('link', { name: '协商成果督办' }).click();
    await page.getByRole('heading', { level: 2, name: '协商成果督办' }).waitFor();
    await settled();
    assert.equal(await page.getByLabel('逾期').inputValue(), 'true');
    const row = page.locator('[data-rows] tr', { hasText: world.overdue.text });
    assert.match(await row.innerText(), /逾期未落实/);
    assert.equal(await page.locator('[data-rows] tr', { hasText: outcomeText }).count(), 0, 'the implemented one is not overdue');
    await row.getByRole('link', { name: `协商：${world.earlier.topic}` }).click();
    await page.getByRole('heading', { level: 2, name: world.earlier.topic }).waitFor();
    assert.match(await outcomeItem(world.overdue.text).innerText(), /逾期未落实/);
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});
