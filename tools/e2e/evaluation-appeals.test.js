// End-to-end test of 一年一考评 in the office's and members' hands, against a running service (E2E_BASE_URL, office
// date 2026-06-30), in headless Chromium. In a committee of its own, made through the API, three members with a year
// (2025) of work, scored by the 铁力 template and computed: 王茜 of the first group (visits, opinions, a research
// report: 称职), 汪淳 of the first group (one visit, no opinion: 基本称职 for the minimum) and 张立 of the second group
// in office from August with three duty turns missed (不称职). The office changes the rules in the editor, is told
// every mistake of a draft at once, tries a draft (试算) beside the rules in force without saving, saves it and
// computes. 汪淳 on a phone reaches their breakdown from the masthead and files an objection; the office cannot close
// the year while it is open, upholds it with points, sees the table change, adds a deduction and withdraws it; the
// member reads the answer and the points in the score's sum and their record. The office closes the year and sees
// the SHA-256; the member's form gives way to saying the year is closed; both download workbooks. The reporter's
// table has no names; the convenor reads their group's objections without answering them.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  ADMIN, BASE, CHROMIUM, CHROMIUM_FLAGS, RUN, TAIL, actAs, api, serviceReady, signInThroughApi, signedInPage, stepsOn, createAccounts, deleteAccounts,
} from './support.js';
import { evaluationCommittee } from './evaluation-world.js';

let browser;
let page;
const pageErrors = [];
const step = stepsOn(() => page);
const world = {};
const madeAccounts = [];
const YEAR = 2025;
const DESK = { width: 1366, height: 768 };
const PHONE = { width: 375, height: 740 };
/** Where screenshots of the screens go when E2E_SHOTS names a directory (to look at them; nothing compares them). */
const SHOTS = process.env.E2E_SHOTS;

before(async () => {
  await serviceReady();
  actAs(await signInThroughApi(ADMIN));
  const { on, committee, economy, farming, first, second, township, platform, person, visit } =
    await evaluationCommittee(YEAR, '申诉市', '红旗乡');
  const wang = await person('王茜', economy, first);
  const wen = await person('汪淳', farming, first);
  const zhang = await person('张立', economy, second, { termStart: on(8, 1) });

  const visits = [await visit(on(3, 12), 60, '社区文体设施不足', wang), await visit(on(5, 8), 70, '通村道路养护', wang),
    await visit(on(6, 2), 12, '冬季供暖', wen)];
  for (const month of [8, 9, 10]) {
    const turn = await api('POST', '/duty-turns', { platformId: platform.id, memberId: zhang.id, month: on(month, 1).slice(0, 7) });
    await api('POST', `/duty-turns/${turn.id}/record`, { outcome: 'MISSED', missedReason: '外出未参加' });
  }
  const categories = (await api('GET', `/opinion-categories?committeeId=${committee.id}&size=200`)).items;
  for (const [title, collectedOn] of [['建设村通村道路破损', on(3, 15)], ['村卫生室缺少常用药', on(4, 2)]]) {
    await api('POST', '/opinions', {
      committeeId: committee.id, categoryId: categories[0].id, collectedOn, townshipId: township.id, source: 'VISIT', visitId: visits[0].id,
      title: `${title}${TAIL}`, content: '群众反映的情况和诉求。', memberIds: [wang.id], submit: true,
    });
  }
  await api('POST', '/activities', {
    committeeId: committee.id, kind: 'RESEARCH', date: on(4, 20), title: `农村电商发展调研${TAIL}`, memberIds: [wang.id], peopleReached: 12,
  });
  await api('POST', `/evaluation-rules/${YEAR}?committeeId=${committee.id}`, { from: 'TIELI' });
  await api('POST', `/evaluations/${YEAR}/compute?committeeId=${committee.id}`);

  const accounts = {
    office: { username: `ap-office-${RUN}`, password: `Office2024${RUN}`, displayName: `考评办${TAIL}`, role: 'OFFICE', committeeId: committee.id },
    member: { username: `ap-member-${RUN}`, password: `Member2024${RUN}`, displayName: wen.name, role: 'MEMBER', committeeId: committee.id, memberId: wen.id },
    convenor: { username: `ap-convenor-${RUN}`, password: `Convenor2024${RUN}`, displayName: `召集人${TAIL}`, role: 'CONVENOR', committeeId: committee.id, groupId: first.id },
    reporter: { username: `ap-reporter-${RUN}`, password: `Report2024${RUN}`, displayName: `统计${TAIL}`, role: 'REPORTER', committeeId: committee.id },
  };
  madeAccounts.push(...await createAccounts(accounts));
  Object.assign(world, { committee, first, second, wang, wen, zhang, accounts });
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
});

after(async () => {
  await deleteAccounts(madeAccounts);
  await browser?.close();
});

const dialog = () => page.locator('dialog[open]');
const settled = () => page.waitForFunction(() => !document.querySelector('[data-view]')?.hasAttribute('aria-busy'));
const yearPanel = () => page.locator('[data-evaluation-year]');
const rulesPanel = () => page.locator('[data-rules-panel]');
const rulesForm = () => page.locator('[data-rules-form]');
const whatIf = () => page.locator('[data-what-if]');
const row = (member) => page.locator(`[data-evaluation-table] tr[data-member="${member.id}"]`);
const figure = (key) => page.locator(`[data-evaluation-figures] [data-figure="${key}"] dd`);
const objection = () => page.locator('[data-objections-panel] [data-objection]');
const rules = () => api('GET', `/evaluation-rules/${YEAR}?committeeId=${world.committee.id}`);
const pointsOf = (set, kind) => set.items.find((item) => item.kind === kind).points;

async function openAs(account, viewport) {
  page = await signedInPage(browser, account, viewport, { committeeName: world.committee.name, errors: pageErrors });
}

async function shot(name) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The page is no wider than the phone, and the element lies within it. */
async function fitsThePhone(selector) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= PHONE.width, `the page is ${wide}px wide`);
  const box = await page.locator(selector).boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${selector} lies within the screen: ${JSON.stringify(box)}`);
}

async function openYear() {
  await page.locator('[data-nav]').getByRole('link', { name: '一年一考评', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: '一年一考评' }).waitFor();
  await settled();
  assert.equal(await page.locator('[data-evaluation-tools]').getByLabel('年度').inputValue(), String(YEAR), 'last year, computed, opens first');
}

test('the office changes the rules, tries the draft beside the rules in force, saves it and computes', async (t) => {
  const { wang, wen, zhang } = world;
  await openAs(world.accounts.office, DESK);

  await step(t, 'opens the year\'s rules in the editor', async () => {
    await openYear();
    assert.match(await rulesPanel().locator('[data-rules-summary]').innerText(), /铁力市政协委员履职考评细则（2025年，据模板拟定） · 基础分 60 · 满分 100 · 计分 22 类/);
    assert.equal(await rulesForm().isVisible(), false, 'the editor opens on request');
    await rulesPanel().getByRole('button', { name: '修改细则' }).click();
    assert.equal(await rulesForm().getByLabel('基础分').inputValue(), '60');
    assert.equal(await rulesForm().getByLabel('优秀').inputValue(), '85');
    assert.equal(await rulesForm().getByLabel('接待走访：每项分值').inputValue(), '1');
    assert.equal(await rulesForm().getByLabel('接待群众人次：每多少人次').inputValue(), '20');
    assert.equal(await rulesForm().getByLabel('接待走访：每多少人次').isDisabled(), true, 'per is for 人次 only');
    assert.equal(await rulesForm().locator('[data-rule-items] tr').count(), 22);
    await shot('rules-editor-1366');
  });

  await step(t, 'is told every mistake of a draft at once, each beside its input', async () => {
    const items = rulesForm().locator('[data-rule-items] tr');
    const award = await items.evaluateAll((rows) => rows.findIndex((r) => r.querySelector('[data-part="kind"]').value === 'AWARD'));
    await rulesForm().locator(`[name="items[${award}].kind"]`).selectOption('VISIT');
    await rulesForm().getByLabel('优秀').fill('55');
    await rulesForm().getByRole('button', { name: '试算' }).click();
    const kindError = rulesForm().locator(`[data-error-for="items[${award}].kind"]`);
    await kindError.waitFor();
    assert.match(await kindError.innerText(), /接待走访出现了不止一次/);
    assert.match(await rulesForm().locator('[data-error-for="ratings.excellent"]').innerText(), /优秀分数线须高于称职分数线/);
    assert.equal(await rulesForm().locator(`[name="items[${award}].kind"]`).getAttribute('aria-invalid'), 'true');
    assert.equal(await whatIf().isVisible(), false, 'no what-if of a draft with mistakes');
    await rulesForm().locator(`[name="items[${award}].kind"]`).selectOption('AWARD');
    await rulesForm().getByLabel('优秀').fill('85');
  });

  await step(t, 'removes a minimum and adds it again', async () => {
    await rulesForm().getByRole('button', { name: '删除最低要求提交社情民意' }).click();
    assert.equal(await rulesForm().locator('[data-rule-minimum] tr').count(), 1);
    await rulesForm().getByRole('button', { name: '＋ 添加最低要求' }).click();
    await rulesForm().getByLabel('第 2 项最低要求').selectOption({ label: '提交社情民意' });
    assert.equal(await rulesForm().getByLabel('最低要求提交社情民意：至少几项').inputValue(), '1');
  });

  await step(t, 'raises a visit\'s points, lightens a missed turn, and tries it: one rating changes, nothing is saved', async () => {
    await rulesForm().getByLabel('接待走访：每项分值').fill('3');
    await rulesForm().getByLabel('轮值缺勤：每项分值').fill('-3');
    await rulesForm().getByRole('button', { name: '试算' }).click();
    await whatIf().waitFor();
    assert.equal(await rulesForm().locator('.field-error:visible').count(), 0, 'the mistakes are gone');
    assert.match(await whatIf().locator('[data-what-if-note]').innerText(), /试算不保存任何内容/);
    assert.equal(await whatIf().locator('[data-what-if-changes]').innerText(), '按草稿，3 人中有 1 人的等次会变');
    const line = async (key) => whatIf().locator(`[data-what-if-figures] tr[data-figure="${key}"] td`).allInnerTexts();
    assert.deepEqual(await line('COMPETENT'), ['1 人', '1 人', '—']);
    assert.deepEqual(await line('BASICALLY_COMPETENT'), ['1 人', '2 人', '+1']);
    assert.deepEqual(await line('INCOMPETENT'), ['1 人', '0 人', '-1']);
    const member = (m) => whatIf().locator(`[data-what-if-rows] tr[data-member="${m.id}"]`);
    assert.equal(await member(zhang).getAttribute('data-changed'), 'true');
    assert.equal(await member(zhang).locator('[data-current-score]').innerText(), '45.0');
    assert.equal(await member(zhang).locator('[data-draft-score]').innerText(), '51.0');
    assert.equal(await member(wang).getAttribute('data-changed'), null);
    assert.equal(await member(wang).locator('[data-current-score]').innerText(), '74.0');
    assert.equal(await member(wang).locator('[data-draft-score]').innerText(), '78.0');
    await shot('what-if-1366');
    await whatIf().getByLabel('只看等次变化的（1 人）').check();
    assert.deepEqual(await whatIf().locator('[data-what-if-rows] tr:visible').evaluateAll((rows) => rows.map((r) => Number(r.dataset.member))), [zhang.id]);
    const kept = await rules();
    assert.equal(pointsOf(kept, 'VISIT'), 1, 'the what-if saved nothing');
    assert.equal(pointsOf(kept, 'DUTY_MISSED'), -5);
    assert.equal(await figure('INCOMPETENT').innerText(), '1 人', 'nor changed the table');
  });

  await step(t, 'saves the draft and computes again: the table follows the new rules', async () => {
    const before = await rules();
    await rulesForm().getByRole('button', { name: '保存细则' }).click();
    await rulesPanel().locator('[data-notice]').getByText(`已保存 ${YEAR} 年的考评细则`).waitFor();
    const saved = await rules();
    assert.equal(saved.version, before.version + 1);
    assert.equal(pointsOf(saved, 'VISIT'), 3);
    assert.equal(pointsOf(saved, 'DUTY_MISSED'), -3);
    assert.deepEqual(saved.minimum, before.minimum);
    assert.equal(await whatIf().isVisible(), false, 'the what-if of the draft is done with');
    await yearPanel().getByRole('button', { name: '重新计算' }).click();
    await yearPanel().locator('[data-notice]').getByText(`已计算 ${YEAR} 年的考评`).waitFor();
    await settled();
    assert.equal(await figure('INCOMPETENT').innerText(), '0 人');
    assert.equal(await row(zhang).locator('[data-score]').innerText(), '51.0');
    assert.equal(await row(wen).locator('[data-score]').innerText(), '63.0');
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('a member objects on a phone, the office upholds it with points, and the member reads the answer', async (t) => {
  const { committee, wang, wen, zhang } = world;
  const breakdown = `#/committees/${committee.id}/evaluation/${YEAR}/members/${wen.id}`;
  await openAs(world.accounts.member, PHONE);
  const memberPage = page;

  await step(t, 'reaches their breakdown of the latest computed year from the masthead', async () => {
    await page.getByRole('link', { name: '我的考评' }).click();
    await page.getByRole('heading', { level: 2, name: `${wen.name} ${YEAR} 年度考评明细` }).waitFor();
    assert.ok(page.url().endsWith(breakdown), page.url());
    assert.equal(await page.locator('[data-breakdown-score] [data-score]').innerText(), '63.0');
    assert.equal(await page.locator('[data-breakdown-adjustments]').count(), 0, 'no 加减分 yet');
    await fitsThePhone('[data-breakdown-score]');
  });

  await step(t, 'files an objection about the opinion the breakdown lacks', async () => {
    const form = page.locator('[data-objection-form]');
    await form.getByRole('button', { name: '提出申诉' }).click();
    assert.equal(await form.locator('[data-error-for="item"]').innerText(), '请选择针对哪一项');
    assert.equal(await form.locator('[data-error-for="reason"]').innerText(), '请填写理由');
    await form.getByLabel('针对哪一项').selectOption({ label: '提交社情民意' });
    await form.getByLabel('理由').fill('6月在红旗乡提交的“冬季供暖”社情民意没有计入');
    await fitsThePhone('[data-objection-form]');
    await shot('breakdown-objection-form-375');
    await form.getByRole('button', { name: '提出申诉' }).click();
    await page.locator('[data-breakdown-objections] [data-notice]').getByText('已提出申诉（提交社情民意）').waitFor();
    const filed = page.locator('[data-breakdown-objections] [data-objection]');
    assert.equal(await filed.count(), 1);
    assert.equal(await filed.locator('[data-objection-status]').innerText(), '待答复');
    assert.match(await filed.locator('[data-objection-reason]').innerText(), /冬季供暖/);
    await fitsThePhone('[data-breakdown-objections] [data-objection]');
  });

  await openAs(world.accounts.office, DESK);

  await step(t, 'the office finds it open first in the objections, and cannot close the year while it is', async () => {
    await openYear();
    const panel = page.locator('[data-objections-panel]');
    assert.match(await page.locator('[data-waiting-objections]').innerText(), new RegExp(`^${YEAR} 年还有 1 件委员申诉待答复，答复后才能关闭年度。`));
    assert.equal(await panel.locator('h3').innerText(), '委员申诉（1 件待答复，共 1 件）');
    assert.equal(await objection().count(), 1);
    assert.equal(await objection().locator('[data-objection-status]').innerText(), '待答复');
    assert.equal(await objection().getByRole('link', { name: wen.name }).getAttribute('href'), breakdown);
    assert.equal(await objection().locator('[data-objection-item]').innerText(), '提交社情民意');
    assert.match(await objection().locator('[data-objection-reason]').innerText(), /冬季供暖/);
    await yearPanel().getByRole('button', { name: '关闭年度' }).click();
    await dialog().getByRole('button', { name: '关闭年度' }).click();
    await yearPanel().locator('[data-banner]').getByText(/申诉/).waitFor();
    assert.equal(await yearPanel().locator('[data-evaluation-state] [data-state]').innerText(), '已计算');
    await page.locator('[data-waiting-objections]').getByRole('button', { name: '去答复' }).click();
    await page.locator('[data-objections-panel] [data-objection].flash').waitFor();
    await shot('objections-open-1366');
  });

  await step(t, 'upholds it with three points: the answer, the table and the 加减分 follow', async () => {
    await objection().getByRole('button', { name: `答复${wen.name}的申诉` }).click();
    await dialog().getByRole('button', { name: '提交答复' }).click();
    assert.equal(await dialog().locator('[data-error-for="amount"]').innerText(), '请填写加减分（支持时须加分或减分）');
    await dialog().getByRole('spinbutton', { name: '加减分' }).fill('3');
    await dialog().getByLabel('答复（也是加减分的原因）').fill('经核实6月的社情民意漏录，补加3分');
    await shot('answer-dialog-1366');
    await dialog().getByRole('button', { name: '提交答复' }).click();
    await page.locator('[data-objections-panel] [data-notice]').getByText(`已支持${wen.name}的申诉，加减分 +3.0`).waitFor();
    await settled();
    assert.equal(await objection().locator('[data-objection-status]').innerText(), '已支持');
    assert.equal(await objection().locator('[data-answer-amount]').innerText(), '加减分 +3.0');
    assert.equal(await objection().getByRole('button', { name: /答复/ }).count(), 0, 'answered once');
    assert.equal(await page.locator('[data-waiting-objections]').isVisible(), false, 'none waits any more');
    assert.equal(await row(wen).locator('[data-score]').innerText(), '66.0');
    assert.equal(await row(wen).locator('[data-adjustment]').innerText(), '+3.0');
    const made = page.locator(`[data-adjustments-panel] [data-member="${wen.id}"]`);
    assert.equal(await made.locator('[data-amount]').innerText(), '+3.0');
    assert.equal(await made.getByRole('button', { name: '撤销' }).count(), 0, 'it stays with the objection');
    await made.getByRole('button', { name: '因支持申诉' }).click();
    await page.locator(`[data-objections-panel] [data-objection="${await objection().getAttribute('data-objection')}"].flash`).waitFor();
  });

  await step(t, 'adds a deduction for a member found by name, which lowers a rating, and withdraws it', async () => {
    await page.locator('[data-adjustments-panel]').getByRole('button', { name: '加减分', exact: true }).click();
    await dialog().getByRole('button', { name: '记录加减分' }).click();
    assert.equal(await dialog().locator('[data-error-for="memberId"]').innerText(), '请选择委员');
    await dialog().getByLabel('按姓名查找委员').fill(zhang.name);
    await page.waitForFunction((id) => document.querySelector('dialog[open] [name="memberId"]')?.value === String(id), zhang.id);
    await dialog().getByRole('spinbutton', { name: '加减分' }).fill('-1.5');
    await dialog().getByLabel('原因').fill('10月轮值未请假，按规定扣分');
    await shot('adjustment-dialog-1366');
    await dialog().getByRole('button', { name: '记录加减分' }).click();
    await page.locator('[data-adjustments-panel] [data-notice]').getByText(`已为${zhang.name}记录加减分 -1.5`).waitFor();
    await settled();
    assert.equal(await row(zhang).locator('[data-score]').innerText(), '49.5');
    assert.equal(await row(zhang).locator('[data-rating]').innerText(), '不称职');
    assert.equal(await figure('INCOMPETENT').innerText(), '1 人');
    assert.match(await page.locator('[data-adjustments-panel] h3').innerText(), /加减分（2 项，合计 \+1\.5）/);
    await page.locator('[data-adjustments-panel]').scrollIntoViewIfNeeded();
    await shot('adjustments-1366');
    await page.locator('[data-adjustments-panel]').getByRole('button', { name: `撤销${zhang.name}的加减分 -1.5` }).click();
    assert.match(await dialog().innerText(), /10月轮值未请假/);
    await dialog().getByRole('button', { name: '撤销' }).click();
    await page.locator('[data-adjustments-panel] [data-notice]').getByText(`已撤销${zhang.name}的加减分 -1.5`).waitFor();
    await settled();
    assert.equal(await row(zhang).locator('[data-score]').innerText(), '51.0');
    assert.equal(await figure('INCOMPETENT').innerText(), '0 人');
  });

  await step(t, 'the member reads the answer, and the points in the score\'s sum', async () => {
    page = memberPage;
    await page.reload();
    await page.getByRole('heading', { level: 2, name: `${wen.name} ${YEAR} 年度考评明细` }).waitFor();
    assert.equal(await page.locator('[data-breakdown-score] [data-score]').innerText(), '66.0');
    assert.equal(await page.locator('[data-score-sum]').innerText(), '基础分 60.0 + 各类计分 3.0 + 加减分 3.0 = 66.0 分');
    assert.match(await page.locator('[data-breakdown-adjustments]').innerText(), /\+3\.0[\s\S]*因支持申诉[\s\S]*经核实6月的社情民意漏录/);
    const answered = page.locator('[data-breakdown-objections] [data-objection]');
    assert.equal(await answered.locator('[data-objection-status]').innerText(), '已支持');
    assert.match(await answered.locator('[data-objection-answer]').innerText(), /委员工作处答复（支持）\s*加减分 \+3\.0\s*经核实6月的社情民意漏录，补加3分/);
    await fitsThePhone('[data-objection-answer]');
    await shot('breakdown-answered-375');
  });

  await step(t, 'the member\'s record of this year lists the objection, its answer and the points, each leading to the breakdown', async () => {
    await page.getByRole('link', { name: '我的履职档案' }).click();
    await page.getByRole('heading', { level: 2, name: `${wen.name}的履职档案` }).waitFor();
    assert.equal(await page.locator('[data-record-tools]').getByLabel('年度').inputValue(), '2026', 'made on the office\'s today');
    const steps = page.locator('[data-record-items] tr[data-kind="OBJECTION_FILED"], [data-record-items] tr[data-kind="OBJECTION_ANSWERED"],'
      + ' [data-record-items] tr[data-kind="EVALUATION_ADJUSTED"]');
    await steps.first().waitFor();
    assert.deepEqual((await steps.evaluateAll((rows) => rows.map((r) => r.dataset.kind))).sort(),
      ['EVALUATION_ADJUSTED', 'OBJECTION_ANSWERED', 'OBJECTION_FILED']);
    assert.deepEqual((await steps.locator('.tag').allInnerTexts()).sort(), ['提出考评申诉', '考评加减分', '考评申诉答复'].sort());
    await fitsThePhone('[data-record-items]');
    await shot('record-objections-375');
    await page.locator('[data-record-items] tr[data-kind="OBJECTION_FILED"] .record-title a').click();
    await page.getByRole('heading', { level: 2, name: `${wen.name} ${YEAR} 年度考评明细` }).waitFor();
    assert.ok(page.url().endsWith(breakdown), page.url());
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: `${wen.name}的履职档案` }).waitFor();
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('the office closes the year; the objection form gives way to saying so, and both download workbooks', async (t) => {
  const { committee, wen } = world;
  await openAs(world.accounts.office, DESK);

  await step(t, 'closes the year, now that every objection is answered, and sees the SHA-256', async () => {
    await openYear();
    await yearPanel().getByRole('button', { name: '关闭年度' }).click();
    await dialog().getByRole('button', { name: '关闭年度' }).click();
    await yearPanel().locator('[data-notice]').getByText(`已关闭 ${YEAR} 年度考评`).waitFor();
    await settled();
    assert.match(await yearPanel().locator('[data-sha256]').innerText(), /^[0-9a-f]{64}$/);
    assert.equal(await page.locator('[data-adjustments-panel]').getByRole('button', { name: '加减分', exact: true }).isVisible(), false);
    await rulesPanel().getByRole('button', { name: '查看细则' }).click();
    assert.equal(await rulesForm().getByLabel('基础分').isDisabled(), true, 'a closed year\'s rules are read only');
    assert.equal(await rulesForm().getByRole('button', { name: '保存细则' }).isVisible(), false);
    assert.match(await page.locator('[data-objections-intro]').innerText(), /已关闭/);
  });

  await step(t, 'downloads the table as a workbook with the filters chosen', async () => {
    await page.locator('[data-results]').getByLabel('等次').selectOption('BASICALLY_COMPETENT');
    await settled();
    const downloaded = page.waitForEvent('download');
    await page.locator('[data-results]').getByRole('button', { name: '下载 Excel' }).click();
    const download = await downloaded;
    assert.equal(download.suggestedFilename(), `考评结果表-${committee.name}-${YEAR}-基本称职.xlsx`);
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');
  });

  await openAs(world.accounts.member, PHONE);

  await step(t, 'the member\'s breakdown says the year is closed instead of offering the form, and downloads', async () => {
    await page.getByRole('link', { name: '我的考评' }).click();
    await page.getByRole('heading', { level: 2, name: `${wen.name} ${YEAR} 年度考评明细` }).waitFor();
    await page.locator('[data-breakdown-objections] [data-objection]').waitFor();
    assert.match(await page.locator('[data-objections-closed]').innerText(), new RegExp(`${YEAR} 年度考评已关闭，得分、等次和明细已冻结，不能再提出申诉`));
    assert.equal(await page.locator('[data-objection-form]').count(), 0);
    await fitsThePhone('[data-objections-closed]');
    await shot('breakdown-closed-375');
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Excel' }).click();
    const download = await downloaded;
    assert.equal(download.suggestedFilename(), `考评明细-${wen.name}-${YEAR}.xlsx`);
    assert.equal((await readFile(await download.path())).subarray(0, 2).toString('latin1'), 'PK');
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});

test('the reporter\'s table has no names; the convenor reads their group\'s objections without answering', async (t) => {
  const { wang, wen } = world;
  await openAs(world.accounts.reporter, DESK);

  await step(t, 'the reporter sees every row without a name, and no sort by name', async () => {
    await openYear();
    assert.equal(await page.locator('[data-evaluation-table] tbody tr').count(), 3);
    assert.equal(await page.locator('[data-evaluation-table] thead').getByText('姓名').count(), 0);
    assert.equal(await page.locator('[data-evaluation-table] tbody a').count(), 0);
    assert.equal(await page.locator('[data-evaluation-table] tbody').getByText(wen.name).count(), 0);
    assert.deepEqual(await page.locator('[data-results]').getByLabel('排序').locator('option').allInnerTexts(), ['得分从高到低', '得分从低到高']);
    await page.locator('[data-anonymous-note]').waitFor();
    assert.equal(await page.locator('[data-objections-panel], [data-adjustments-panel], [data-rules-panel]').count(), 0);
    await shot('reporter-table-1366');
  });

  await openAs(world.accounts.convenor, DESK);

  await step(t, 'the convenor sees their group, and its objection with the answer, without answering', async () => {
    await openYear();
    assert.deepEqual((await page.locator('[data-evaluation-table] tr[data-member]').evaluateAll((rows) => rows.map((r) => Number(r.dataset.member)))).sort(),
      [wang.id, wen.id].sort());
    assert.equal(await objection().count(), 1);
    assert.equal(await objection().locator('[data-objection-status]').innerText(), '已支持');
    assert.equal(await page.locator('[data-objections-panel]').getByRole('button', { name: /答复/ }).count(), 0);
    assert.equal(await page.locator('[data-rules-panel]').count(), 0);
    assert.equal(await page.locator('[data-adjustments-panel]').getByRole('button', { name: '加减分', exact: true }).count(), 0);
  });

  assert.deepEqual(pageErrors, [], 'no script errors on the page');
});
