// End-to-end test of 履职档案 against a running service (E2E_BASE_URL), in headless Chromium. In a committee of its
// own, made through the API: a member with a year of work (two visits, a duty turn done, an opinion submitted, a
// consultation attended, a proposal led, a research report) and one visit the year before. The office opens the
// member from the roster, reads the counts and the items by month, switches to the year before and back,
// downloads the workbook, records an award (refused once as a duplicate), sees it in the timeline as 表彰 and
// deletes it again. The member, signed in on a phone, reaches their own record from the masthead; a reporter
// sees the counts only.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  ADMIN, BASE, CHROMIUM, CHROMIUM_FLAGS, RUN, TAIL, actAs, api, beijing, serviceReady, signInThroughApi, signedInPage,
  stepsOn, createAccounts, deleteAccounts,
} from './support.js';

let browser;
let page;
const pageErrors = [];
const step = stepsOn(() => page);
const world = {};
const madeAccounts = [];

const chinese = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; };

before(async () => {
  await serviceReady();
  actAs(await signInThroughApi(ADMIN));
  const thisYear = Number(beijing().slice(0, 4));
  const lastYear = thisYear - 1;
  const on = (month, day, year = thisYear) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const committee = await api('POST', '/committees', {
    name: `政协档案市第一届委员会（${RUN}）`, region: `档案市${RUN}`, termNumber: 1, termStart: on(1, 15, lastYear),
  });
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `经济界${TAIL}`, sortOrder: 1 });
  const group = await api('POST', '/groups', { committeeId: committee.id, name: `经济界活动组${TAIL}`, sectorId: sector.id });
  const township = await api('POST', '/townships', { committeeId: committee.id, name: `工农乡${TAIL}`, kind: 'TOWNSHIP' });
  const platform = await api('POST', '/platforms', { committeeId: committee.id, townshipId: township.id, name: `工农乡“协骊”联合体${TAIL}` });
  const person = (name) => api('POST', '/members', {
    committeeId: committee.id, name: `${name}${TAIL}`, gender: 'FEMALE', sectorId: sector.id, groupId: group.id, townshipId: township.id,
  });
  const member = await person('王茜');
  const other = await person('汪淳');
  const accounts = {
    office: { username: `rec-office-${RUN}`, password: `Office2024${RUN}`, displayName: `档案办${TAIL}`, role: 'OFFICE', committeeId: committee.id },
    member: { username: `rec-member-${RUN}`, password: `Member2024${RUN}`, displayName: member.name, role: 'MEMBER', committeeId: committee.id, memberId: member.id },
    reporter: { username: `rec-reporter-${RUN}`, password: `Report2024${RUN}`, displayName: `统计${TAIL}`, role: 'REPORTER', committeeId: committee.id },
  };
  madeAccounts.push(...await createAccounts(accounts));

  const visit = (date, kind, peopleReceived, topic) => api('POST', '/visits', {
    committeeId: committee.id, kind, date, startTime: '09:00', endTime: '11:00', townshipId: township.id,
    memberIds: [member.id, other.id], peopleReceived, topic: `${topic}${TAIL}`,
  });
  const visits = [
    await visit(on(3, 12), 'HOUSEHOLD', 26, '社区文体设施不足'),
    await visit(on(5, 8), 'PUBLIC_TALK', 60, '通村道路养护'),
    await visit(on(11, 3, lastYear), 'HOUSEHOLD', 18, '冬季供暖'),
  ];
  const turn = await api('POST', '/duty-turns', { platformId: platform.id, memberId: member.id, month: on(2, 1).slice(0, 7) });
  await api('POST', `/duty-turns/${turn.id}/record`, { outcome: 'DONE', policyExplained: true, peopleReached: 30, note: '宣讲惠农补贴政策' });
  const categories = (await api('GET', `/opinion-categories?committeeId=${committee.id}&size=200`)).items;
  const opinion = await api('POST', '/opinions', {
    committeeId: committee.id, categoryId: categories[0].id, collectedOn: on(3, 15), townshipId: township.id, source: 'VISIT',
    visitId: visits[0].id, title: `建设村通村道路破损${TAIL}`, content: '建设村至乡政府的通村道路多处破损，雨天积水，群众出行不便。',
    memberIds: [member.id], submit: true,
  });
  const consultation = await api('POST', '/consultations', {
    committeeId: committee.id, kind: 'QUARTERLY', date: on(4, 10), townshipId: township.id, platformId: platform.id,
    topic: `村集体经济增收${TAIL}`, members: [{ memberId: member.id, attendance: 'PRESENT' }], guests: [],
  });
  const proposal = await api('POST', '/proposals', {
    committeeId: committee.id, title: `关于加快农村寄递物流体系建设的提案${TAIL}`, category: 'ECONOMY', filedOn: on(1, 20), leadMemberId: member.id,
  });
  await api('POST', '/activities', {
    committeeId: committee.id, kind: 'RESEARCH', date: on(4, 20), title: `农村电商发展调研${TAIL}`, memberIds: [member.id], peopleReached: 12,
  });
  Object.assign(world, { committee, group, member, other, accounts, visits, turn, opinion, consultation, proposal, platform, thisYear, lastYear });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

after(async () => {
  await deleteAccounts(madeAccounts);
  await browser?.close();
});

const dialog = () => page.locator('dialog[open]');
const settled = () => page.waitForFunction(() => !document.querySelector('[data-view]')?.hasAttribute('aria-busy'));
const tile = (kind) => page.locator(`[data-record-counts] tr[data-kind="${kind}"]`);
const item = (kind, text) => page.locator(`[data-record-items] tr[data-kind="${kind}"]`, { hasText: text });

async function openAs(account, viewport) {
  page = await signedInPage(browser, account, viewport, { committeeName: world.committee.name, errors: pageErrors, timeout: 15_000 });
}

test('the office reads a member\'s record by year, downloads it and records an award', async (t) => {
  const { member, thisYear, lastYear } = world;
  await openAs(world.accounts.office, { width: 1366, height: 768 });

  await step(t, 'opens the member from the roster', async () => {
    await page.locator('[data-nav]').getByRole('link', { name: '委员', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '委员' }).waitFor();
    const row = page.locator('[data-rows] tr', { hasText: member.name });
    await row.getByRole('button', { name: `更多操作：委员“${member.name}”` }).click();
    await row.getByRole('link', { name: `履职档案：委员“${member.name}”` }).click();
    await page.getByRole('heading', { level: 2, name: `${member.name}的履职档案` }).waitFor();
    assert.match(page.url(), new RegExp(`#/members/${member.id}/record$`));
    assert.match(await page.locator('[data-record-member]').innerText(), new RegExp(`经济界${TAIL} · 经济界活动组${TAIL} · 在职`));
    assert.equal(await page.locator('[data-record-tools]').getByLabel('年度').inputValue(), String(thisYear), 'this year by default');
  });

  await step(t, 'sees the counts per kind and the items by month, newest first, linking to their records', async () => {
    assert.equal(await page.locator('[data-record-total]').innerText(), `${thisYear}年共 7 项履职记录`);
    assert.equal(await tile('VISIT').getAttribute('title'), '接待走访 2 次 · 86 人次');
    assert.equal(await tile('DUTY_DONE').getAttribute('title'), '轮值履职 1 次 · 30 人次');
    assert.equal(await tile('OPINION_SUBMITTED').getAttribute('title'), '提交社情民意 1 条');
    assert.equal(await tile('CONSULTATION_PRESENT').getAttribute('title'), '出席协商 1 场');
    assert.equal(await tile('PROPOSAL_LED').getAttribute('title'), '领衔提案 1 件');
    assert.equal(await tile('ACTIVITY_RESEARCH').getAttribute('title'), '调研报告 1 次 · 12 人次');
    const months = await page.locator('[data-record-items] tbody').evaluateAll((bodies) => bodies.map((b) => b.dataset.month));
    assert.deepEqual(months, ['05', '04', '03', '02', '01'].map((m) => `${thisYear}-${m}`), 'months newest first');
    assert.match(await page.locator(`[data-month="${thisYear}-03"] .record-month`).innerText(), new RegExp(`${thisYear}年3月\\s*2 项`));
    const visit = item('VISIT', world.visits[0].topic);
    assert.match(await visit.innerText(), new RegExp(`${chinese(`${thisYear}-03-12`)}\\s+接待走访\\s+${world.visits[0].topic}\\s+26 人次\\s+下户走访`));
    assert.equal(await visit.getByRole('link').getAttribute('href'),
      `#/committees/${world.committee.id}/visits?memberId=${member.id}&from=${thisYear}-03-12&to=${thisYear}-03-12`);
    assert.equal(await item('OPINION_SUBMITTED', world.opinion.title).getByRole('link').getAttribute('href'),
      `#/committees/${world.committee.id}/opinions/${world.opinion.id}`);
    assert.equal(await item('DUTY_DONE', '轮值').getByRole('link').getAttribute('href'),
      `#/committees/${world.committee.id}/duty?platformId=${world.platform.id}&year=${thisYear}`);
    await item('CONSULTATION_PRESENT', world.consultation.topic).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: world.consultation.topic }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: `${member.name}的履职档案` }).waitFor();
  });

  await step(t, 'switches to the year before, kept in the address, and back', async () => {
    await page.locator('[data-record-tools]').getByLabel('年度').selectOption(String(lastYear));
    await settled();
    await page.waitForFunction((year) => window.location.hash.endsWith(`?year=${year}`), lastYear);
    assert.equal(await page.locator('[data-record-total]').innerText(), `${lastYear}年共 1 项履职记录`);
    assert.equal(await tile('VISIT').getAttribute('title'), '接待走访 1 次 · 18 人次');
    await item('VISIT', world.visits[2].topic).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: `${member.name}的履职档案` }).waitFor();
    assert.equal(await page.locator('[data-record-tools]').getByLabel('年度').inputValue(), String(lastYear), 'a reload keeps the year');
    await page.locator('[data-record-tools]').getByLabel('年度').selectOption(String(thisYear));
    await settled();
    assert.equal(await page.locator('[data-record-total]').innerText(), `${thisYear}年共 7 项履职记录`);
  });

  await step(t, 'downloads the record as a workbook', async () => {
    const answered = page.waitForResponse((r) => r.url().includes(`/api/v1/members/${member.id}/record/export`));
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    const response = await answered;
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const download = await downloaded;
    assert.equal(download.suggestedFilename(), `履职档案-${member.name}-${thisYear}.xlsx`);
    const bytes = await readFile(await download.path());
    assert.ok(bytes.length > 1000, 'a workbook, not an empty file');
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an xlsx is a zip');
  });

  await step(t, 'records an award, refused once as a duplicate, and sees it in the timeline as 表彰', async () => {
    const title = `${lastYear}年度优秀政协委员`;
    await page.locator('[data-awards]').getByText('还没有表彰记录').waitFor();
    await page.getByRole('button', { name: '记录表彰' }).click();
    await dialog().getByLabel('表彰年度').fill(String(lastYear));
    await dialog().getByLabel('表彰名称').fill(title);
    assert.equal(await dialog().getByLabel('颁发日期').inputValue(), beijing());
    await dialog().getByLabel('说明').fill('经主席会议研究决定');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.locator('[data-awards] [data-notice]').getByText(`已记录表彰“${title}”`).waitFor();
    assert.match(await page.locator('[data-award-list]').innerText(), new RegExp(`${title}[\\s\\S]*${lastYear} 年度 · ${chinese(beijing())}颁发 · 经主席会议研究决定`));
    const award = item('AWARD', title);
    await award.waitFor();
    assert.match(await award.innerText(), new RegExp(`${chinese(beijing())}\\s+表彰\\s+${title}`));
    assert.equal(await tile('AWARD').getAttribute('title'), '表彰 1 项');

    await page.getByRole('button', { name: '记录表彰' }).click();
    await dialog().getByLabel('表彰年度').fill(String(lastYear));
    await dialog().getByLabel('表彰名称').fill(title);
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().getByText(`已有 ${lastYear} 年度的“${title}”`).waitFor();
    await dialog().getByRole('button', { name: '取消' }).click();
    assert.equal(await page.locator('[data-award-list] [data-award]').count(), 1, 'recorded once');
  });

  await step(t, 'deletes the award after asking, and it leaves the timeline', async () => {
    const title = `${lastYear}年度优秀政协委员`;
    await page.getByRole('button', { name: `删除表彰“${title}”` }).click();
    assert.match(await dialog().innerText(), new RegExp(`确定删除${member.name}的表彰“${title}”吗`));
    await dialog().getByRole('button', { name: '删除' }).click();
    await page.locator('[data-awards] [data-notice]').getByText(`已删除表彰“${title}”`).waitFor();
    assert.equal(await item('AWARD', title).count(), 0);
    assert.equal(await page.locator('[data-record-total]').innerText(), `${thisYear}年共 7 项履职记录`);
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('a member reads their own record on a phone', async (t) => {
  const { member, thisYear } = world;
  await openAs(world.accounts.member, { width: 375, height: 740 });

  await step(t, 'reaches it from the masthead, on a screen no wider than the phone', async () => {
    await page.getByRole('link', { name: '我的履职档案' }).click();
    await page.getByRole('heading', { level: 2, name: `${member.name}的履职档案` }).waitFor();
    await item('VISIT', world.visits[1].topic).waitFor();
    assert.equal(await tile('VISIT').getAttribute('title'), '接待走访 2 次 · 86 人次');
    const wider = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wider <= 375, `the page is ${wider}px wide`);
    const card = await item('VISIT', world.visits[1].topic).boundingBox();
    assert.ok(card.x >= 0 && card.x + card.width <= 375, 'each item is a card within the screen');
    await page.getByRole('button', { name: '下载 Excel' }).waitFor();
    await page.getByRole('button', { name: '打印' }).waitFor();
    assert.equal(await page.locator('[data-awards]').count(), 0, 'awards are the office\'s to keep');
  });

  await step(t, 'another member\'s record is refused in words', async () => {
    await page.goto(`${BASE}/#/members/${world.other.id}/record?year=${thisYear}`);
    await page.locator('main').getByText(/委员只能查看本人的履职档案/).waitFor();
    assert.equal(await page.locator('[data-record-items]').count(), 0);
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('a reporter sees the counts only', async (t) => {
  const { member, thisYear } = world;
  await openAs(world.accounts.reporter, { width: 1366, height: 768 });

  await step(t, 'opens the record from the roster\'s name: counts, no items, no download', async () => {
    await page.goto(`${BASE}/#/committees/${world.committee.id}/members`);
    await page.locator('[data-rows]').getByRole('link', { name: member.name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `${member.name}的履职档案` }).waitFor();
    assert.match(await page.locator('[data-record-total]').innerText(), new RegExp(`^${thisYear}年共 \\d+ 项履职记录$`));
    assert.equal(await tile('VISIT').getAttribute('title'), '接待走访 2 次 · 86 人次');
    assert.equal(await tile('PROPOSAL_LED').getAttribute('title'), '领衔提案 1 件');
    await page.locator('[data-counts-only]').getByText('只能查看各类工作的条数').waitFor();
    assert.equal(await page.locator('[data-record-items]').count(), 0);
    assert.equal(await page.getByRole('button', { name: '下载 Excel' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: '打印' }).count(), 0);
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});
