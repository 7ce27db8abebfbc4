// The reporting script an office runs from cron (examples/monthly-report.sh), run as cron would against the
// service: with a REPORTER API token bound to a committee of its own, it writes last month's summary as JSON and
// Excel and last month by township as CSV into dated files, "last month" being the office's (E2E_TODAY), and
// leaves nothing but an error when the token is refused.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ADMIN, BASE, RUN, TAIL, actAs, api, serviceReady, signInThroughApi } from './support.js';

const SCRIPT = fileURLToPath(new URL('../../examples/monthly-report.sh', import.meta.url));
const run = promisify(execFile);

const TODAY = process.env.E2E_TODAY || '2026-06-30';
/** The month before the office's today, as the script names its files. */
const LAST_MONTH = (() => {
  const [y, m] = TODAY.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();

const world = {};

before(async () => {
  await serviceReady();
  actAs(await signInThroughApi(ADMIN));
  const committee = await api('POST', '/committees', {
    name: `政协报表市第一届委员会（${RUN}）`, region: `报表市${RUN}`, termNumber: 1, termStart: '2024-01-15',
  });
  const sector = await api('POST', '/sectors', { committeeId: committee.id, name: `经济界${TAIL}`, sortOrder: 1 });
  const township = await api('POST', '/townships', { committeeId: committee.id, name: `东城街道${TAIL}`, kind: 'SUBDISTRICT' });
  const member = await api('POST', '/members', {
    committeeId: committee.id, name: `王报${TAIL}`, gender: 'MALE', sectorId: sector.id, townshipId: township.id,
  });
  const visit = (date, peopleReceived) => api('POST', '/visits', {
    committeeId: committee.id, kind: 'HOUSEHOLD', date, startTime: '09:00', endTime: '10:00', townshipId: township.id,
    memberIds: [member.id], peopleReceived, topic: `下户走访${TAIL}`,
  });
  // Two visits last month, one this month: the report counts the first two only.
  const visits = [await visit(`${LAST_MONTH}-03`, 9), await visit(`${LAST_MONTH}-20`, 4), await visit(TODAY, 100)];
  const expires = `${Number(TODAY.slice(0, 4)) + 1}${TODAY.slice(4)}`;
  const made = await api('POST', '/api-tokens', { name: `月报脚本${TAIL}`, role: 'REPORTER', committeeId: committee.id, expiresOn: expires });
  Object.assign(world, { committee, sector, township, member, visits, token: made.token, secret: made.secret });
  world.dir = await mkdtemp(join(tmpdir(), 'cppcc-report-'));
});

after(async () => {
  if (world.token) await api('DELETE', `/api-tokens/${world.token.id}`).catch(() => {});
  for (const v of world.visits ?? []) await api('DELETE', `/visits/${v.id}`).catch(() => {});
  if (world.member) await api('DELETE', `/members/${world.member.id}`).catch(() => {});
  if (world.township) await api('DELETE', `/townships/${world.township.id}`).catch(() => {});
  if (world.sector) await api('DELETE', `/sectors/${world.sector.id}`).catch(() => {});
  if (world.committee) await api('DELETE', `/committees/${world.committee.id}`).catch(() => {});
  if (world.dir) await rm(world.dir, { recursive: true, force: true });
});

test('the monthly script writes last month as JSON, Excel and CSV into dated files', async () => {
  const { stdout } = await run('bash', [SCRIPT, world.dir], {
    env: { ...process.env, CPPCC_URL: BASE, CPPCC_TOKEN: world.secret },
  });
  assert.match(stdout, new RegExp(`report-${LAST_MONTH}\\.json`));
  const files = (await readdir(world.dir)).sort();
  assert.deepEqual(files, [`report-${LAST_MONTH}-by-township.csv`, `report-${LAST_MONTH}.json`, `report-${LAST_MONTH}.xlsx`]);

  const summary = JSON.parse(await readFile(join(world.dir, `report-${LAST_MONTH}.json`), 'utf8'));
  assert.equal(summary.committeeId, world.committee.id);
  assert.equal(summary.period.from, `${LAST_MONTH}-01`);
  const figure = (key) => summary.figures.find((f) => f.key === key).value;
  assert.equal(figure('VISITS'), 2);
  assert.equal(figure('PEOPLE_RECEIVED'), 13);

  const xlsx = await readFile(join(world.dir, `report-${LAST_MONTH}.xlsx`));
  assert.equal(xlsx.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX file is a zip');
  assert.ok(xlsx.includes('xl/worksheets/sheet1.xml'), 'with a worksheet');

  const csv = (await readFile(join(world.dir, `report-${LAST_MONTH}-by-township.csv`), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trim().split('\r\n').map((line) => line.split(','));
  assert.deepEqual(header.slice(0, 2), ['编号', '乡镇（街道）']);
  assert.equal(rows.length, 1);
  assert.equal(rows[0][1], world.township.name);
  assert.equal(rows[0][header.indexOf('接待群众（人次）')], '13');
});

test('a refused token leaves no file, only the service\'s reason', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cppcc-report-'));
  try {
    await assert.rejects(run('bash', [SCRIPT, dir], { env: { ...process.env, CPPCC_URL: BASE, CPPCC_TOKEN: 'cppcc_wrong' } }),
      (error) => {
        assert.equal(error.code, 1);
        assert.match(error.stderr, /HTTP 401/);
        return true;
      });
    assert.deepEqual(await readdir(dir), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
