// 履职档案: a member's year of work as the service counts it — the counts per kind on top, then every item by
// month, newest first, each linking to its source. The year chosen is kept in the address
// (#/members/12/record?year=2025). A reporter sees the counts only; the office keeps the member's awards (表彰)
// here too. Printed, it is the member's page of 一人一档 on A4; downloaded, the same record as a workbook.
import * as api from '../api.js';
import { h, saveBlob } from '../dom.js';
import { beijingDay, chineseDate } from '../format.js';
import { MEMBER_STATUSES, labelOf } from '../labels.js';
import { breakdownHref } from '../evaluation-marks.js';
import { isOffice, may, mayReadEvaluation } from '../permissions.js';
import { hideBanner, reportProblem } from '../problems.js';
import { awardsPanel } from '../record-awards.js';
import { countsTable, dutyPlatformsOf, sourceHref, timelineTable } from '../record-timeline.js';

const COUNTS_ONLY_NOTE = '统计报送账号只能查看各类工作的条数和人次，不列出具体事项，也不能下载或打印。';

export async function render(root, { committee, record: first }) {
  let record = first;
  const { member } = record;
  const state = { ticket: 0, dutyPlatforms: await dutyPlatformsOfRecord(record) };
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const yearSelect = h('select', { id: 'record-year', name: 'year' });
  const exportButton = may('exportMemberRecord') ? h('button', { type: 'button', 'data-action': 'export-record', text: '下载 Excel' }) : null;
  const printLine = h('p', { class: 'meta print-only', 'data-print-line': true });
  const evaluationLink = h('p', { class: 'meta screen-only', 'data-evaluation-link': true, hidden: true });
  const body = h('div', { class: 'record-body', 'data-record-body': true });
  const awards = isOffice() ? awardsPanel(member, { changed: () => load(record.year) }) : null;
  const status = h('span', { class: `status status-${String(member.status).toLowerCase()}`, text: labelOf(MEMBER_STATUSES, member.status) });

  root.classList.add('record-view');
  root.append(
    h('header', { class: 'view-head record-head' },
      h('p', { class: 'record-committee print-only', text: committee.name }),
      h('h2', { text: `${member.name}的履职档案` }),
      h('form', { class: 'toolbar record-tools', 'data-record-tools': true },
        h('label', { class: 'filter', for: yearSelect.id }, h('span', { text: '年度' }), yearSelect),
        exportButton,
        record.countsOnly ? null : h('button', { type: 'button', 'data-action': 'print', text: '打印' })),
      h('p', { class: 'meta', 'data-record-member': true }, [member.sectorName, member.groupName || '未分组'].join(' · '), ' · ', status),
      evaluationLink, printLine),
    banner, notice, body, ...(awards ? [awards.panel] : []));

  function showYears() {
    const years = [...new Set([...record.years, record.year])].sort((a, b) => b - a);
    yearSelect.replaceChildren(...years.map((y) => h('option', { value: String(y), text: `${y}年` })));
    yearSelect.value = String(record.year);
    printLine.textContent = `${record.year}年度 · 打印日期：${chineseDate(beijingDay())}`;
  }

  /** The link to the year's 考评明细, once the year is computed (the breakdown answers 404 before). */
  async function showEvaluationLink(year) {
    evaluationLink.hidden = true;
    if (!mayReadEvaluation(member.id, member.groupId)) return;
    const computed = await api.getMemberEvaluation(year, member.id, { committeeId: member.committeeId }).then(() => true, () => false);
    if (!computed || year !== record.year) return;
    evaluationLink.replaceChildren(h('a', { href: breakdownHref(member.committeeId, year, member.id), text: `查看 ${year} 年考评明细` }));
    evaluationLink.hidden = false;
  }

  function show() {
    showYears();
    showEvaluationLink(record.year);
    const total = record.counts.reduce((n, c) => n + c.count, 0);
    if (total === 0) {
      body.replaceChildren(h('p', { class: 'empty', 'data-record-empty': true, text: `${record.year}年没有履职记录` }));
      return;
    }
    const context = { committeeId: member.committeeId, memberId: member.id, dutyPlatformOf: (id) => state.dutyPlatforms.get(id) };
    body.replaceChildren(
      h('section', { class: 'record-summary', 'aria-label': '分类统计' },
        h('p', { class: 'summary', 'data-record-total': true, text: `${record.year}年共 ${total} 项履职记录` }),
        countsTable(record.counts)),
      record.countsOnly
        ? h('p', { class: 'warning', 'data-counts-only': true, text: COUNTS_ONLY_NOTE })
        : h('section', { class: 'panel record-timeline', 'aria-labelledby': 'record-timeline-title' },
          h('h3', { id: 'record-timeline-title', text: '履职记录（最近的在前）' }),
          timelineTable(record.items, (item) => sourceHref(item, context))));
  }

  async function load(year) {
    const ticket = ++state.ticket;
    root.setAttribute('aria-busy', 'true');
    try {
      const next = await api.getMemberRecord(member.id, { year });
      if (ticket !== state.ticket) return;
      const platforms = await dutyPlatformsOfRecord(next);
      // A load that ends after one has moved to another screen must not write over that screen's address.
      if (ticket !== state.ticket || !root.isConnected) return;
      record = next;
      state.dutyPlatforms = platforms;
      hideBanner(banner);
      show();
      window.history.replaceState(null, '', `#/members/${member.id}/record?year=${record.year}`);
    } catch (error) {
      if (ticket === state.ticket) reportProblem(error, { banner });
    } finally {
      if (ticket === state.ticket) root.removeAttribute('aria-busy');
    }
  }

  /** The same record as a workbook, through a Blob so the download carries the session. */
  async function download() {
    exportButton.disabled = true;
    hideBanner(banner);
    try {
      const blob = await api.exportMemberRecord(member.id, { year: record.year });
      saveBlob(blob, `履职档案-${member.name}-${record.year}.xlsx`);
      notice.textContent = `已下载${member.name}${record.year}年的履职档案`;
    } catch (error) {
      reportProblem(error, { banner });
    } finally {
      exportButton.disabled = false;
    }
  }

  root.addEventListener('change', (event) => {
    if (event.target === yearSelect) { notice.textContent = ''; load(Number(yearSelect.value)); }
  });
  root.addEventListener('submit', (event) => { if (event.target.matches('[data-record-tools]')) event.preventDefault(); });
  root.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (action === 'export-record') download();
    else if (action === 'print') window.print();
  });

  show();
  await awards?.load();
}

/** The platforms of the record's duty turns, for their links. */
const dutyPlatformsOfRecord = ({ member, year, items }) => dutyPlatformsOf({ committeeId: member.committeeId, memberId: member.id, year, items });
