// End-to-end test of 工作报表 against a running service (E2E_BASE_URL), in headless Chromium, on the office's
// today (E2E_TODAY). In a committee of its own, made through the API: three visits and two opinions this quarter,
// one visit the quarter before. The reporter lands on the report screen: this quarter's figures against the
// quarter before, the paragraph to copy, a chart with the same numbers in the table; a number opens the records
// it counts, as many as it says, and the opinions' list with the same filters; by township the one township
// carries them; the files download and open; the page prints on A4. The office reads it on a phone, nothing wider
// than the screen. The office's 工作台 on its 概况: the to-dos link to their lists, and when an opinion is solved
// the quarter's figure and the township's bar in the chart move with it. Screenshots go to target/screenshots
// (E2E_SHOTS) for review. A member's 工作台 on a phone: this month's duty turn, their opinions, the year against the
// minimum of the rules; a convenor's adds the group and who in it has done nothing this year.
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import {
  ADMIN, BASE, CHROMIUM, CHROMIUM_FLAGS, RUN, TAIL, actAs, api, beijing, createAccounts, deleteAccounts, inDays, serviceReady,
  signInThroughApi, signedInPage, stepsOn,
} from './support.js';

const SHOTS = process.env.E2E_SHOTS || join(dirname(fileURLToPath(import.meta.url)), 'target', 'screenshots');
const DESK = { width: 1366, height: 768 };
const PHONE = { width: 375, height: 740 };

let browser;
let page;
const pageErrors = [];
const step = stepsOn(() => page);
const world = {};
const madeAccounts = [];

/** The first day of this quarter and of the quarter before, by the office's today. */
function quarters() {
  const [year, month] = beijing().split('-').map(Number);
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const day = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const before = first === 1 ? { y: year - 1, m: 10 } : { y: year, m: first - 3 };
  return { thisQuarter: (d) => day(year, first, d), quarterBefore: (d) => day(before.y, before.m, d) };
}

before(async () => {
  await serviceReady();
  actAs(await signInThroughApi(ADMIN));
  const { thisQuarter, quarterBefore } = quarters();
  const city = await api('POST', '/committees', {
    name: `政协报表州第一届委员会（${RUN}）`, region: `报表州${RUN}`, termNumber: 1, termStart: '2024-01-15',
  });
  const committee = await api('POST', '/committees', {
    name: `政协报表市第一届委员会（${RUN}）`, region: `报表市${RUN}`, termNumber: 1, termStart: '2024-01-15', parentId: city.id,
  });
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `农业界${TAIL}`, sortOrder: 1 });
  const township = await api('POST', '/townships', { committeeId: committee.id, name: `双丰镇${TAIL}`, kind: 'TOWN' });
  const group = await api('POST', '/groups', { committeeId: committee.id, name: `农业界活动组${TAIL}`, sectorId: sector.id });
  const person = (name) => api('POST', '/members', {
    committeeId: committee.id, name: `${name}${TAIL}`, gender: 'FEMALE', sectorId: sector.id, groupId: group.id, townshipId: township.id,
  });
  const member = await person('王茜');
  const idle = await person('孙晓');
  const platform = await api('POST', '/platforms', { committeeId: committee.id, townshipId: township.id, name: `双丰镇“协骊”联合体${TAIL}` });
  await api('POST', '/duty-turns', { platformId: platform.id, memberId: member.id, month: beijing().slice(0, 7) });
  await api('POST', `/evaluation-rules/${beijing().slice(0, 4)}?committeeId=${committee.id}`, { from: 'TIELI' });
  const visit = (date, peopleReceived) => api('POST', '/visits', {
    committeeId: committee.id, kind: 'HOUSEHOLD', date, startTime: '09:00', endTime: '11:00', townshipId: township.id,
    memberIds: [member.id], peopleReceived, topic: `入户走访${TAIL}`,
  });
  const visits = [await visit(thisQuarter(3), 12), await visit(thisQuarter(9), 20), await visit(thisQuarter(15), 8)];
  await visit(quarterBefore(10), 30);
  let categories = (await api('GET', `/opinion-categories?committeeId=${committee.id}&size=200`)).items;
  if (categories.length === 0) {
    await api('POST', '/opinion-categories', { committeeId: committee.id, name: '基础设施', sortOrder: 10 });
    categories = (await api('GET', `/opinion-categories?committeeId=${committee.id}&size=200`)).items;
  }
  const opinions = [];
  for (const [title, day] of [['通村道路破损', 4], ['村卫生室缺医少药', 10]]) {
    opinions.push(await api('POST', '/opinions', {
      committeeId: committee.id, categoryId: categories[0].id, collectedOn: thisQuarter(day), townshipId: township.id,
      source: 'VISIT', visitId: visits[0].id, title: `${title}${TAIL}`, content: '群众反映的情况和诉求。', memberIds: [member.id], submit: true,
    }));
  }
  const accounts = {
    office: { username: `rp-office-${RUN}`, password: `Office2024${RUN}`, displayName: `报表办${TAIL}`, role: 'OFFICE', committeeId: committee.id },
    reporter: { username: `rp-reporter-${RUN}`, password: `Report2024${RUN}`, displayName: `统计${TAIL}`, role: 'REPORTER', committeeId: committee.id },
    member: { username: `rp-member-${RUN}`, password: `Member2024${RUN}`, displayName: member.name, role: 'MEMBER', committeeId: committee.id, memberId: member.id },
    city: { username: `rp-city-${RUN}`, password: `City2024${RUN}`, displayName: `报表州政协${TAIL}`, role: 'OFFICE', committeeId: city.id },
    convenor: { username: `rp-convenor-${RUN}`, password: `Convenor2024${RUN}`, displayName: member.name, role: 'CONVENOR', committeeId: committee.id, memberId: member.id, groupId: group.id },
  };
  madeAccounts.push(...await createAccounts(accounts));
  Object.assign(world, { city, committee, township, platform, member, idle, accounts, opinions });
  await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

after(async () => {
  await deleteAccounts(madeAccounts);
  await browser?.close();
});

const settled = () => page.waitForFunction(() => !document.querySelector('[data-report-body]')?.hasAttribute('aria-busy'));
const figureRow = (key) => page.locator(`[data-figure-row="${key}"]`);
const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

async function openAs(account, viewport) {
  page = await signedInPage(browser, account, viewport, { committeeName: world.committee.name, errors: pageErrors });
}

test('the reporter starts on this quarter\'s report and follows a number to its records', async (t) => {
  await openAs(world.accounts.reporter, DESK);

  await step(t, 'lands on 工作报表 for 本季度, each figure against the quarter before', async () => {
    await page.getByRole('heading', { level: 2, name: '工作报表' }).waitFor();
    await settled();
    assert.equal(await page.locator('#report-preset').inputValue(), 'THIS_QUARTER');
    assert.equal(await figureRow('VISITS').locator('[data-figure="VISITS"]').innerText(), '3');
    assert.equal(await figureRow('VISITS').locator('td').nth(1).innerText(), '1', 'the quarter before had one visit');
    assert.equal(await figureRow('PEOPLE_RECEIVED').locator('[data-figure]').innerText(), '40');
    assert.equal(await figureRow('OPINIONS_COLLECTED').locator('[data-figure]').innerText(), '2');
    assert.match(await page.locator('[data-report-text]').innerText(), /收集社情民意 2 条/);
    await page.locator('[data-chart] canvas').first().waitFor();
    await shot('reports-summary-reporter-1366');
  });

  await step(t, 'copies the paragraph for the quarterly report', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
    await page.getByRole('button', { name: '复制文字' }).click();
    await page.locator('[data-notice]').getByText('已复制这段文字').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('[data-report-text]').innerText());
  });

  await step(t, 'a number opens as many records as it says, and the list with the same filters', async () => {
    await page.locator('[data-figure="VISITS"]').click();
    const dialog = page.locator('[data-drill-dialog]');
    await dialog.locator('[data-drill-total]').waitFor();
    assert.equal(await dialog.locator('[data-drill-total]').getAttribute('data-drill-total'), '3');
    assert.equal(await dialog.locator('.drill-records tbody tr').count(), 3);
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.locator('[data-figure="PEOPLE_RECEIVED"]').click();
    await dialog.locator('[data-drill-total]').waitFor();
    assert.equal(await dialog.locator('[data-drill-total]').getAttribute('data-drill-measure'), '40', '人次 is the list\'s sum');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.locator('[data-figure="OPINIONS_COLLECTED"]').click();
    await dialog.locator('[data-drill-total]').waitFor();
    assert.equal(await dialog.locator('[data-drill-total]').getAttribute('data-drill-total'), '2');
    await shot('reports-drill-down-1366');
    await dialog.locator('[data-drill-list]').click();
    await page.locator('[data-view="opinions"] [data-rows] tr').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-view]')?.hasAttribute('aria-busy'));
    assert.equal(await page.locator('[data-view="opinions"] [data-rows] tr').count(), 2);
    assert.match(page.url(), /figure=COLLECTED/);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: '工作报表' }).waitFor();
  });

  await step(t, 'by township: the township carries the quarter\'s visits, kept in the address', async () => {
    await page.locator('#report-by').selectOption('TOWNSHIP');
    await settled();
    await page.locator('[data-slice-row]').first().waitFor();
    assert.equal(await page.locator('[data-slice-row]').count(), 1);
    assert.equal(await page.locator('[data-slice-row="0"] th').innerText(), world.township.name);
    assert.equal(await page.locator('[data-slice-row="0"] [data-figure="VISITS"]').innerText(), '3');
    assert.match(page.url(), /by=TOWNSHIP/);
    await page.locator('#report-compare').selectOption('PREVIOUS');
    await settled();
    await page.locator('[data-slice-row="0"] [data-compared]').first().waitFor();
    assert.equal(await page.locator('[data-slice-row="0"] td').first().locator('[data-compared]').getAttribute('data-compared'), '1',
      'the quarter before, beside: one visit');
    assert.match(page.url(), /compare=PREVIOUS/);
    await shot('reports-by-township-1366');
    await page.locator('#report-compare').selectOption('');
    await settled();
  });

  await step(t, 'the breakdown downloads as CSV and as Excel', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const text = (await readFile(await csv.path())).toString('utf8');
    assert.equal(text.charCodeAt(0), 0xfeff, 'the CSV starts with a byte order mark for Excel');
    assert.ok(text.includes(world.township.name), 'the township\'s row is in the file');
    assert.match(csv.suggestedFilename(), /\.csv$/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    const workbook = await readFile(await xlsx.path());
    assert.equal(workbook.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file is a zip');
    assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
  });

  await step(t, 'prints on A4 with the committee, the period and the day, without the controls', async () => {
    await page.locator('#report-by').selectOption('');
    await settled();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('[data-report-controls]').isVisible(), false);
    assert.equal(await page.locator('.report-tools').isVisible(), false);
    assert.match(await page.locator('[data-print-line]').innerText(), /第.季度.*打印日期/);
    assert.equal(await page.locator('[data-figure="VISITS"]').isVisible(), true, 'the numbers print');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await writeFile(join(SHOTS, 'reports-summary-a4.pdf'), pdf);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 4, `the summary prints on a few A4 pages, not ${pages}`);
    await page.emulateMedia({ media: 'screen' });
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('the office reads the report on a phone, nothing wider than the screen', async (t) => {
  await openAs(world.accounts.office, PHONE);

  await step(t, 'opens 报表 from the committee\'s tabs and reads the quarter by month', async () => {
    await page.locator('[data-nav]').getByRole('link', { name: '报表', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '工作报表' }).waitFor();
    await settled();
    await page.locator('#report-by').selectOption('MONTH');
    await settled();
    await page.locator('[data-slice-row]').first().waitFor();
    assert.equal(await page.locator('[data-slice-row]').count(), 3, 'a quarter has three months');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the page is ${width}px wide on a ${PHONE.width}px phone`);
    await shot('reports-by-month-375');
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('the office\'s 工作台: to-dos that open their lists, and figures and charts that move when an opinion is solved', async (t) => {
  await openAs(world.accounts.office, DESK);
  const desk = () => page.locator('[data-desk]');
  const todo = (key) => desk().locator(`[data-todo="${key}"] [data-todo-count]`);
  const quarterFigure = (key) => desk().locator(`[data-desk-figure="${key}"] dd`).first();
  /** The township's row in the numbers of the chart of solved and open opinions. */
  const townshipNumbers = () => desk().locator('[data-chart-numbers="townships"] tbody tr', { hasText: world.township.name }).locator('td');
  const drawn = async () => {
    await desk().locator('[data-todo]').first().waitFor();
    await desk().locator('[data-desk-figure]').first().waitFor();
    await desk().locator('[data-chart-numbers="townships"] tbody tr').first().waitFor({ state: 'attached' });
    await desk().locator('[data-chart="trend"] canvas').first().waitFor();
  };

  await step(t, 'what waits is counted, and a count opens the list that holds it', async () => {
    await drawn();
    assert.equal(await todo('submitted').getAttribute('data-todo-count'), '2');
    assert.equal(await todo('overdue-outcomes').getAttribute('data-todo-count'), '0');
    assert.equal(await quarterFigure('OPINIONS_COLLECTED').innerText(), '2');
    assert.equal(await quarterFigure('OPINIONS_SOLVED').innerText(), '0');
    assert.deepEqual(await townshipNumbers().allInnerTexts(), ['0', '2'], 'none solved, two open');
    await page.screenshot({ path: join(SHOTS, 'desk-office-1366.png'), fullPage: true });
    await desk().locator('[data-todo="submitted"] a').click();
    await page.locator('[data-view="opinions"] [data-rows] tr').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-view]')?.hasAttribute('aria-busy'));
    assert.equal(await page.locator('[data-view="opinions"] [data-rows] tr').count(), 2);
    assert.match(page.url(), /status=SUBMITTED/);
  });

  await step(t, 'an opinion solved moves the to-do, the quarter\'s figure and the township\'s bar', async () => {
    const officeToken = await signInThroughApi(world.accounts.office);
    const id = world.opinions[0].id;
    await api('POST', `/opinions/${id}/transitions`, { action: 'ACCEPT' }, officeToken);
    await api('POST', `/opinions/${id}/transitions`, { action: 'ASSIGN', assignedUnit: '双丰镇人民政府', dueDate: inDays(30) }, officeToken);
    await api('POST', `/opinions/${id}/transitions`, { action: 'RESOLVE', resolution: '道路已修复', resolvedOn: beijing() }, officeToken);
    await api('POST', `/opinions/${id}/transitions`, { action: 'CLOSE', feedback: 'SATISFIED' }, officeToken);
    // Read afresh: the same address again would not draw the screen anew.
    await page.goto(`${BASE}/#/committees/${world.committee.id}`);
    await page.reload();
    await drawn();
    assert.equal(await todo('submitted').getAttribute('data-todo-count'), '1');
    assert.equal(await quarterFigure('OPINIONS_SOLVED').innerText(), '1');
    assert.deepEqual(await townshipNumbers().allInnerTexts(), ['1', '1'], 'one solved, one open');
  });

  await step(t, 'a list screen downloads every row of its filters', async () => {
    await page.locator('[data-nav]').getByRole('link', { name: '接待走访', exact: true }).click();
    await page.locator('[data-view="visits"] [data-rows] tr').first().waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const lines = (await readFile(await csv.path())).toString('utf8').trim().split('\n');
    assert.equal(lines.length, 1 + 4, 'the header and the committee\'s four visits');
    assert.match(csv.suggestedFilename(), /^接待走访-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.goto(`${BASE}/#/committees/${world.committee.id}`);
    await page.reload();
    await drawn();
  });

  await step(t, 'the 工作台 prints on A4 with the committee and the day, without buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    assert.match(await page.locator('[data-print-line]').innerText(), /打印日期/);
    assert.equal(await page.getByRole('button', { name: '修改', exact: true }).isVisible(), false);
    assert.equal(await desk().locator('[data-desk-figure="OPINIONS_SOLVED"]').isVisible(), true, 'the figures print');
    const pdf = await page.pdf({ format: 'A4' });
    await writeFile(join(SHOTS, 'desk-office-a4.pdf'), pdf);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 6, `the 工作台 prints on a few A4 pages, not ${pages}`);
    await page.emulateMedia({ media: 'screen' });
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('a member\'s 工作台 on a phone, and a convenor\'s with their group', async (t) => {
  await openAs(world.accounts.member, PHONE);
  const desk = () => page.locator('[data-desk]');

  await step(t, 'the member sees this month\'s turn, their opinions and the year against the minimum', async () => {
    await desk().locator('[data-duty-turn]').waitFor();
    assert.match(await desk().locator('[data-desk-duty]').innerText(), new RegExp(world.platform.name.replace(/[“”]/g, '.')));
    await desk().locator('[data-opinions-total]').waitFor();
    assert.equal(await desk().locator('[data-opinions-total]').getAttribute('data-opinions-total'), '2');
    await desk().locator('[data-minimum="VISIT"]').waitFor();
    assert.match(await desk().locator('[data-minimum="VISIT"]').innerText(), /已达到/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= PHONE.width, `the page is ${width}px wide on a ${PHONE.width}px phone`);
    await shot('desk-member-375');
  });

  await openAs(world.accounts.convenor, DESK);
  await step(t, 'the convenor sees the group\'s year and who has done nothing yet', async () => {
    await desk().locator('[data-group-figure="VISITS"]').waitFor();
    // This quarter's three visits, and the quarter before's when that quarter is of this year too.
    const month = Number(beijing().slice(5, 7));
    assert.equal(await desk().locator('[data-group-figure="VISITS"] dd').innerText(), month > 3 ? '4' : '3');
    await desk().locator('[data-idle-members]').waitFor();
    assert.deepEqual(await desk().locator('[data-idle-members] a').allInnerTexts(), [world.idle.name]);
    await shot('desk-convenor-1366');
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('a city office sees its districts side by side on its 工作台', async (t) => {
  page = await signedInPage(browser, world.accounts.city, DESK, { committeeName: world.city.name, errors: pageErrors });

  await step(t, 'this quarter\'s figures of the committee below, opening its report', async () => {
    const district = page.locator(`[data-desk-districts] [data-district="${world.committee.id}"]`);
    await district.waitFor();
    assert.equal(await district.locator('td').first().innerText(), '3', 'the district\'s three visits this quarter');
    await shot('desk-city-office-1366');
    await district.getByRole('link', { name: world.committee.name }).click();
    await page.getByRole('heading', { level: 2, name: '工作报表' }).waitFor();
    await settled();
    assert.equal(await figureRow('VISITS').locator('[data-figure="VISITS"]').innerText(), '3');
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});
