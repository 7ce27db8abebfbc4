// End-to-end test of 一年一考评 against a running service (E2E_BASE_URL, office date 2026-06-30), in headless
// Chromium. In a committee of its own, made through the API, four members with a year (2025) of work: 王茜 busy in
// the first group, 汪淳 of the same group with a visit and a co-signature, 李明 of the second group with nothing, and
// 张立 of the second group in office from August with three duty turns missed. The office opens the year, is refused
// a computation without rules, starts them from the 铁力 template, computes, reads the figures, the table, its
// filters in the address, the groups, the 挂牌委员 and a breakdown, closes the year and finds the SHA-256 on screen
// equal to the downloaded table's, on screen and on paper. A convenor sees their group only; a member on a phone
// opens their breakdown from their 履职档案.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  ADMIN, BASE, CHROMIUM, CHROMIUM_FLAGS, RUN, TAIL, actAs, api, beijing, serviceReady, signInThroughApi, signedInPage,
  stepsOn, createAccounts, deleteAccounts,
} from './support.js';
import { evaluationCommittee } from './evaluation-world.js';

let browser;
let page;
const pageErrors = [];
const step = stepsOn(() => page);
const world = {};
const madeAccounts = [];
const YEAR = 2025;

before(async () => {
  await serviceReady();
  actAs(await signInThroughApi(ADMIN));
  const { on, committee, economy, farming, first, second, township, platform, person, visit } =
    await evaluationCommittee(YEAR, '考评市', '工农乡');
  const wang = await person('王茜', economy, first);
  const wen = await person('汪淳', farming, first);
  const li = await person('李明', farming, second);
  const zhang = await person('张立', economy, second, { termStart: on(8, 1) });

  const visits = [await visit(on(3, 12), 60, '社区文体设施不足', wang), await visit(on(5, 8), 70, '通村道路养护', wang),
    await visit(on(6, 2), 12, '冬季供暖', wen)];
  const turn = async (month, member, record) => {
    const made = await api('POST', '/duty-turns', { platformId: platform.id, memberId: member.id, month: on(month, 1).slice(0, 7) });
    await api('POST', `/duty-turns/${made.id}/record`, record);
  };
  await turn(2, wang, { outcome: 'DONE', policyExplained: true, peopleReached: 30, note: '宣讲惠农补贴政策' });
  for (const month of [8, 9, 10]) await turn(month, zhang, { outcome: 'MISSED', missedReason: '外出未参加' });
  const categories = (await api('GET', `/opinion-categories?committeeId=${committee.id}&size=200`)).items;
  const opinion = (title, collectedOn) => api('POST', '/opinions', {
    committeeId: committee.id, categoryId: categories[0].id, collectedOn, townshipId: township.id, source: 'VISIT', visitId: visits[0].id,
    title: `${title}${TAIL}`, content: '群众反映的情况和诉求。', memberIds: [wang.id], submit: true,
  });
  const opinions = [await opinion('建设村通村道路破损', on(3, 15)), await opinion('村卫生室缺少常用药', on(4, 2))];
  await api('POST', '/consultations', {
    committeeId: committee.id, kind: 'QUARTERLY', date: on(4, 10), townshipId: township.id, platformId: platform.id,
    topic: `村集体经济增收${TAIL}`, members: [{ memberId: wang.id, attendance: 'PRESENT' }], guests: [],
  });
  await api('POST', '/proposals', {
    committeeId: committee.id, title: `关于加快农村寄递物流体系建设的提案${TAIL}`, category: 'ECONOMY', filedOn: on(1, 20),
    leadMemberId: wang.id, coSignerIds: [wen.id],
  });
  const activity = (kind, date, title) => api('POST', '/activities', {
    committeeId: committee.id, kind, date, title: `${title}${TAIL}`, memberIds: [wang.id], peopleReached: 12,
  });
  await activity('RESEARCH', on(4, 20), '农村电商发展调研');
  await activity('VOLUNTEER', on(9, 9), '重阳节敬老志愿服务');

  const accounts = {
    office: { username: `ev-office-${RUN}`, password: `Office2024${RUN}`, displayName: `考评办${TAIL}`, role: 'OFFICE', committeeId: committee.id },
    convenor: { username: `ev-convenor-${RUN}`, password: `Convenor2024${RUN}`, displayName: `召集人${TAIL}`, role: 'CONVENOR', committeeId: committee.id, groupId: first.id },
    member: { username: `ev-member-${RUN}`, password: `Member2024${RUN}`, displayName: wang.name, role: 'MEMBER', committeeId: committee.id, memberId: wang.id },
  };
  madeAccounts.push(...await createAccounts(accounts));
  Object.assign(world, { committee, first, second, wang, wen, li, zhang, visits, opinions, accounts });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

after(async () => {
  await deleteAccounts(madeAccounts);
  await browser?.close();
});

const dialog = () => page.locator('dialog[open]');
const settled = () => page.waitForFunction(() => !document.querySelector('[data-view]')?.hasAttribute('aria-busy'));
const yearPanel = () => page.locator('[data-evaluation-year]');
const row = (member) => page.locator(`[data-evaluation-table] tr[data-member="${member.id}"]`);
const figure = (key) => page.locator(`[data-evaluation-figures] [data-figure="${key}"] dd`);
const shownMembers = () => page.locator('[data-evaluation-table] tr[data-member]').evaluateAll((rows) => rows.map((r) => Number(r.dataset.member)));

async function openAs(account, viewport) {
  page = await signedInPage(browser, account, viewport, { committeeName: world.committee.name, errors: pageErrors, timeout: 20_000 });
}

test('the office computes a year from a template, reads it, closes it and checks the published hash', async (t) => {
  const { committee, wang, wen, li, zhang } = world;
  const thisYear = Number(beijing().slice(0, 4));
  await openAs(world.accounts.office, { width: 1366, height: 768 });

  await step(t, 'opens 一年一考评 from the tabs, this year while last year is not computed, and picks last year', async () => {
    await page.locator('[data-nav]').getByRole('link', { name: '一年一考评', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '一年一考评' }).waitFor();
    await settled();
    const year = page.locator('[data-evaluation-tools]').getByLabel('年度');
    assert.equal(await year.inputValue(), String(thisYear));
    await year.selectOption(String(YEAR));
    await settled();
    await page.waitForFunction((y) => window.location.hash.endsWith(`/evaluation?year=${y}`), YEAR);
    assert.equal(await yearPanel().locator('[data-evaluation-state] [data-state]').innerText(), '未计算');
    await page.locator('[data-results] [data-empty]').getByText(`${YEAR} 年的考评尚未计算`).waitFor();
    assert.equal(await page.locator('[data-evaluation-figures]').isVisible(), false, 'no figures before computing');
  });

  await step(t, 'is refused a computation without rules, in the service\'s words, and starts them from the 铁力 template', async () => {
    await yearPanel().getByRole('button', { name: '计算', exact: true }).click();
    await yearPanel().locator('[data-banner]').getByText(`尚未制定 ${YEAR} 年的考评细则`).waitFor();
    const starter = yearPanel().locator('[data-rules-start]');
    await starter.getByRole('radio', { name: /铁力模板/ }).check();
    await starter.getByRole('button', { name: '制定细则' }).click();
    await yearPanel().locator('[data-notice]').getByText(`已按铁力模板制定 ${YEAR} 年的考评细则`).waitFor();
    assert.match(await yearPanel().locator('[data-rules]').innerText(), /^考评细则：铁力市政协委员履职考评细则/);
    assert.equal(await starter.isVisible(), false, 'the start is offered only while the year has no rules');
  });

  await step(t, 'computes, and reads the figures and the table in score order', async () => {
    await yearPanel().getByRole('button', { name: '计算', exact: true }).click();
    await yearPanel().locator('[data-notice]').getByText(`已计算 ${YEAR} 年的考评：参加考评 4 人`).waitFor();
    await settled();
    assert.match(await yearPanel().locator('[data-evaluation-state]').innerText(), /^已计算（计算于 2026年6月30日 \d\d:\d\d，数据截至 2026年6月30日）/);
    const figures = { members: '4 人', EXCELLENT: '1 人', COMPETENT: '0 人', BASICALLY_COMPETENT: '2 人', INCOMPETENT: '1 人', 'below-minimum': '2 人', 'no-work': '2 人' };
    for (const [key, value] of Object.entries(figures)) assert.equal(await figure(key).innerText(), value, key);
    assert.deepEqual(await shownMembers(), [wang.id, wen.id, li.id, zhang.id]);
    const cells = async (member) => row(member).locator('td, th').evaluateAll((all) => all.map((c) => c.textContent.trim()));
    assert.deepEqual(await cells(wang), ['1', wang.name, `经济界${TAIL}`, `第一活动组${TAIL}`, '12 个月', '', '86.0', '优秀', '达到']);
    assert.deepEqual(await cells(wen), ['2', wen.name, `农业界${TAIL}`, `第一活动组${TAIL}`, '12 个月', '', '62.0', '基本称职', '未达到']);
    assert.deepEqual(await cells(zhang), ['4', zhang.name, `经济界${TAIL}`, `第二活动组${TAIL}`, '5 个月（折算）', '', '45.0', '不称职', '达到']);
    assert.equal(await row(wang).getByRole('link', { name: wang.name }).getAttribute('href'), `#/committees/${committee.id}/evaluation/${YEAR}/members/${wang.id}`);
  });

  await step(t, 'filters by rating and sorts by name, kept in the address across a reload', async () => {
    const results = page.locator('[data-results]');
    await results.getByLabel('等次').selectOption('BASICALLY_COMPETENT');
    await page.waitForFunction(() => window.location.hash.includes('rating=BASICALLY_COMPETENT'));
    await results.locator('[data-summary]').getByText('符合条件的委员共 2 人').waitFor();
    assert.deepEqual((await shownMembers()).sort(), [wen.id, li.id].sort());
    await results.getByLabel('排序').selectOption('name');
    await page.waitForFunction(() => window.location.hash.includes('sort=name'));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: '一年一考评' }).waitFor();
    await settled();
    assert.equal(await results.getByLabel('等次').inputValue(), 'BASICALLY_COMPETENT');
    assert.equal(await results.getByLabel('排序').inputValue(), 'name');
    assert.deepEqual((await shownMembers()).sort(), [wen.id, li.id].sort());
    assert.equal(await row(wen).locator('.rank').isVisible(), false, '排名 belongs to the score order');
    await results.getByLabel('等次').selectOption('');
    await results.getByLabel('排序').selectOption('-score');
    await page.waitForFunction((y) => window.location.hash.endsWith(`/evaluation?year=${y}`), YEAR);
    await results.locator('[data-summary]').getByText('参加考评的委员共 4 人').waitFor();
  });

  await step(t, 'reads the groups and the 挂牌委员 with their reasons, each linking to the member\'s record', async () => {
    const group = (g) => page.locator(`[data-groups] tr[data-group="${g.id}"]`);
    assert.match(await group(world.first).innerText(), /2 人\s+74\.0\s+148\.0\s+1\s+0\s+1\s+0\s+1/);
    assert.match(await group(world.second).innerText(), /2 人\s+52\.5\s+105\.0\s+0\s+0\s+1\s+1\s+1/);
    const listed = page.locator('[data-inactive] [data-inactive-member]');
    assert.deepEqual(await listed.evaluateAll((items) => items.map((i) => Number(i.dataset.inactiveMember))), [wen.id, li.id, zhang.id]);
    const reasons = (member) => page.locator(`[data-inactive-member="${member.id}"] [data-reason]`).allInnerTexts();
    assert.deepEqual(await reasons(wen), ['未达最低要求']);
    assert.deepEqual(await reasons(li), ['无履职记录', '未达最低要求']);
    assert.deepEqual(await reasons(zhang), ['无履职记录', '不称职']);
    assert.equal(await page.locator(`[data-inactive-member="${li.id}"]`).getByRole('link', { name: li.name }).getAttribute('href'),
      `#/members/${li.id}/record?year=${YEAR}`);
  });

  await step(t, 'opens a breakdown from the table: the lines, the cap, the records\' links, the minimum', async () => {
    await row(wang).getByRole('link', { name: wang.name }).click();
    await page.getByRole('heading', { level: 2, name: `${wang.name} ${YEAR} 年度考评明细` }).waitFor();
    assert.equal(await page.locator('[data-breakdown-score] [data-score]').innerText(), '86.0');
    assert.equal(await page.locator('[data-breakdown-score] [data-rating]').innerText(), '优秀');
    assert.equal(await page.locator('[data-score-sum]').innerText(), '基础分 60.0 + 各类计分 26.0 = 86.0 分');
    const line = (kind) => page.locator(`[data-lines] tbody[data-line="${kind}"]`);
    assert.match(await line('PEOPLE_RECEIVED').locator('.line-head').innerText(), /接待群众人次\s*已封顶\s+130 人次\s+每 20 人次 \+1\s+5\s+\+5\.0（合计 \+6）/);
    assert.match(await line('VISIT').locator('.line-head').innerText(), /接待走访\s+2 次\s+\+1\s+10\s+\+2\.0/);
    assert.equal(await line('VISIT').locator('[data-capped]').count(), 0);
    assert.equal(await line('VISIT').getByRole('link', { name: world.visits[0].topic }).getAttribute('href'),
      `#/committees/${committee.id}/visits?memberId=${wang.id}&from=${YEAR}-03-12&to=${YEAR}-03-12`);
    assert.equal(await line('OPINION_SUBMITTED').getByRole('link', { name: world.opinions[0].title }).getAttribute('href'),
      `#/committees/${committee.id}/opinions/${world.opinions[0].id}`);
    assert.deepEqual(await page.locator('[data-minimum-checks] [data-minimum]').allInnerTexts(), ['达到', '达到']);
    await page.getByRole('link', { name: `← ${YEAR} 年考评结果表` }).click();
    await page.getByRole('heading', { level: 2, name: '一年一考评' }).waitFor();
    await settled();
  });

  await step(t, 'a breakdown says when the rating was lowered for the minimum', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}/evaluation/${YEAR}/members/${wen.id}`);
    await page.getByRole('heading', { level: 2, name: `${wen.name} ${YEAR} 年度考评明细` }).waitFor();
    assert.equal(await page.locator('[data-rating-limited]').innerText(), '因未达最低要求降为基本称职');
    assert.deepEqual(await page.locator('[data-minimum-checks] [data-minimum]').allInnerTexts(), ['达到', '未达到']);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: '一年一考评' }).waitFor();
    await settled();
  });

  await step(t, 'closes the year after confirming, and the SHA-256 on screen is the sha256 of the downloaded table', async () => {
    await yearPanel().getByRole('button', { name: '关闭年度' }).click();
    assert.match(await dialog().innerText(), /冻结[\s\S]*SHA-256/);
    await dialog().getByRole('button', { name: '关闭年度' }).click();
    await yearPanel().locator('[data-notice]').getByText(`已关闭 ${YEAR} 年度考评`).waitFor();
    await settled();
    assert.equal(await yearPanel().locator('[data-evaluation-state] [data-state]').innerText(), '已关闭');
    const sha = await yearPanel().locator('[data-sha256]').innerText();
    assert.match(sha, /^[0-9a-f]{64}$/, 'the hash in full');
    await yearPanel().getByText('可用 sha256sum 核对下载的结果表').waitFor();
    assert.equal(await yearPanel().getByRole('button', { name: /计算|关闭年度/ }).count(), 0, 'a closed year is neither computed nor closed again');
    const downloaded = page.waitForEvent('download');
    await yearPanel().getByRole('button', { name: '下载结果表（CSV）' }).click();
    const download = await downloaded;
    assert.equal(download.suggestedFilename(), `考评结果表-${committee.name}-${YEAR}.csv`);
    const bytes = await readFile(await download.path());
    assert.equal(createHash('sha256').update(bytes).digest('hex'), sha);
    const lines = bytes.toString('utf8').split('\n');
    assert.equal(lines[0], '委员编号,姓名,界别,活动组,在任月数,得分,等次,达到最低要求');
    assert.ok(lines.includes(`${wang.id},${wang.name},经济界${TAIL},第一活动组${TAIL},12,86.0,优秀,是`), lines.join('\n'));
  });

  await step(t, 'prints the table on A4 with the committee, the state and the hash under it, without buttons', async () => {
    const sha = await yearPanel().locator('[data-sha256]').innerText();
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.locator('[data-print-line]').innerText(), new RegExp(`^${YEAR} 年度委员履职考评结果表 · 已关闭（`));
    assert.match(await page.locator('[data-print-hash]').innerText(), new RegExp(`SHA-256：${sha}`));
    assert.ok(await page.locator('[data-evaluation-table]').isVisible());
    for (const hidden of ['[data-nav]', '[data-evaluation-tools]', '[data-evaluation-year]', '[data-filters]', '[data-inactive-panel]']) {
      assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is not on paper`);
    }
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a page to print');
    await page.emulateMedia({ media: 'screen' });
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('a convenor sees their group\'s members only', async (t) => {
  const { committee, wang, wen, li } = world;
  await openAs(world.accounts.convenor, { width: 1366, height: 768 });

  await step(t, 'opens last year, computed, by default: their group in the table and among the 挂牌委员, no office buttons', async () => {
    await page.locator('[data-nav]').getByRole('link', { name: '一年一考评', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '一年一考评' }).waitFor();
    await settled();
    assert.equal(await page.locator('[data-evaluation-tools]').getByLabel('年度').inputValue(), String(YEAR));
    assert.deepEqual(await shownMembers(), [wang.id, wen.id]);
    assert.equal(await page.locator('#evaluation-groupId').count(), 0, 'no group to choose');
    assert.equal(await yearPanel().getByRole('button', { name: /计算|关闭年度/ }).count(), 0);
    assert.deepEqual(await page.locator('[data-inactive] [data-inactive-member]').evaluateAll((items) => items.map((i) => Number(i.dataset.inactiveMember))), [wen.id]);
    assert.match(await yearPanel().locator('[data-sha256]').innerText(), /^[0-9a-f]{64}$/);
  });

  await step(t, 'reads a group member\'s breakdown, and is refused another group\'s in words', async () => {
    await row(wen).getByRole('link', { name: wen.name }).click();
    await page.getByRole('heading', { level: 2, name: `${wen.name} ${YEAR} 年度考评明细` }).waitFor();
    await page.goto(`${BASE}/#/committees/${committee.id}/evaluation/${YEAR}/members/${li.id}`);
    await page.locator('main').getByText(/只能查看本活动组委员的考评明细/).waitFor();
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('a member opens their breakdown from their record on a phone', async (t) => {
  const { committee, wang } = world;
  const thisYear = Number(beijing().slice(0, 4));
  await openAs(world.accounts.member, { width: 375, height: 740 });

  await step(t, 'the record links the breakdown of a computed year only', async () => {
    assert.equal(await page.locator('[data-nav]').getByRole('link', { name: '一年一考评' }).count(), 0, 'the table is not a member\'s');
    const asked = page.waitForResponse((r) => r.url().includes(`/api/v1/evaluations/${thisYear}/members/${wang.id}`));
    await page.getByRole('link', { name: '我的履职档案' }).click();
    await page.getByRole('heading', { level: 2, name: `${wang.name}的履职档案` }).waitFor();
    assert.equal(await page.locator('[data-record-tools]').getByLabel('年度').inputValue(), String(thisYear));
    assert.equal((await asked).status(), 404, 'not computed');
    assert.equal(await page.locator('[data-evaluation-link]').isVisible(), false, `${thisYear} is not computed`);
    await page.locator('[data-record-tools]').getByLabel('年度').selectOption(String(YEAR));
    await page.getByRole('link', { name: `查看 ${YEAR} 年考评明细` }).click();
  });

  await step(t, 'reads the breakdown on a screen no wider than the phone', async () => {
    await page.getByRole('heading', { level: 2, name: `${wang.name} ${YEAR} 年度考评明细` }).waitFor();
    assert.match(page.url(), new RegExp(`#/committees/${committee.id}/evaluation/${YEAR}/members/${wang.id}$`));
    assert.equal(await page.locator('[data-breakdown-score] [data-score]').innerText(), '86.0');
    const wider = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wider <= 375, `the page is ${wider}px wide`);
    const entry = await page.locator('[data-lines] .line-entry').first().boundingBox();
    assert.ok(entry.x >= 0 && entry.x + entry.width <= 375, 'each record is within the screen');
    assert.equal(await page.getByRole('link', { name: /考评结果表/ }).count(), 0, 'no way to the table');
    await page.getByRole('link', { name: `${YEAR} 年履职档案` }).waitFor();
  });

  await step(t, 'the table itself is refused in words', async () => {
    await page.goto(`${BASE}/#/committees/${committee.id}/evaluation?year=${YEAR}`);
    await page.locator('main').getByText('您的角色不能使用这个页面').waitFor();
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});
