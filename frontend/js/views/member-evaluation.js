// 考评明细: how one member's score of a year came about (#/committees/1/evaluation/2025/members/12). The score and
// rating (lowered where the minimum was missed), the base score, each kind of work with its count, points each, cap
// and points counted, its records linking to their screens as the 履职档案 links them, the office's 加减分 with their
// reasons, and the minimum checked against the months in office. Printable on A4 for the member's file, and
// downloaded as a workbook. Below it, the member's objections with the office's answers: the member files one here
// while the year is open (not once it is closed), and the office answers here too.
import * as api from '../api.js';
import { h, saveBlob } from '../dom.js';
import { beijingDay, chineseDate, chineseDateTime, count } from '../format.js';
import { amountTag } from '../evaluation-adjustments.js';
import {
  minimumMark, monthsText, plainNumber, pointsText, ratingTag, scoreText, signedScore, stateText, tableHref,
} from '../evaluation-marks.js';
import { breakdownObjections } from '../evaluation-objections.js';
import { EVALUATION_RATINGS, labelOf, workUnit } from '../labels.js';
import { may, mayObjectTo, mayReadRecord } from '../permissions.js';
import { hideBanner, reportProblem } from '../problems.js';
import { dutyPlatformsOf, sourceHref } from '../record-timeline.js';

const unitOf = (kind) => (kind === 'PEOPLE_RECEIVED' ? '人次' : workUnit(kind));

/** 每项分值 as the rules give it: +3 per item, or +1 for every 20 people received. */
function eachText(line) {
  if (line.pointsEach == null) return '—';
  return line.per ? `每 ${line.per} 人次 ${pointsText(line.pointsEach)}` : pointsText(line.pointsEach);
}

export async function render(root, { committee, evaluation: first }) {
  let e = first;
  const member = { id: e.memberId, groupId: e.groupId };
  const scope = { committeeId: committee.id };
  const tenure = e.activeFrom && e.activeTo ? `在任 ${chineseDate(e.activeFrom)}至${chineseDate(e.activeTo)}，${monthsText(e)}` : `在任 ${monthsText(e)}`;
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const notice = h('p', { class: 'notice', role: 'status', 'data-notice': true });
  const stateLine = h('p', { class: 'meta', 'data-breakdown-state': true, text: stateText(e) });
  const body = h('div', { class: 'breakdown-body', 'data-breakdown-body': true });
  const objections = breakdownObjections({
    committee, evaluation: e,
    answered: async (o) => {
      await Promise.all([reload(), objections.load()]);
      notice.textContent = o.status === 'UPHELD' ? `已支持该申诉，加减分 ${signedScore(o.adjustment?.amount ?? 0)}，得分已重新计算` : '已答复该申诉：不予支持';
    },
  });

  root.classList.add('evaluation-view', 'breakdown-view');
  root.append(
    h('header', { class: 'view-head evaluation-head' },
      h('p', { class: 'record-committee print-only', text: committee.name }),
      h('h2', { text: `${e.memberName} ${e.year} 年度考评明细` }),
      h('div', { class: 'toolbar evaluation-tools' },
        may('exportMemberEvaluation') ? h('button', { type: 'button', 'data-action': 'export-breakdown', text: '下载 Excel' }) : null,
        h('button', { type: 'button', 'data-action': 'print', text: '打印' })),
      h('p', { class: 'meta', 'data-breakdown-member': true, text: [e.sectorName, e.groupName || '未分组', tenure].filter(Boolean).join(' · ') }),
      stateLine,
      h('p', { class: 'meta breakdown-links screen-only' },
        may('listEvaluations') ? h('a', { href: tableHref(committee.id, e.year), text: `← ${e.year} 年考评结果表` }) : null,
        mayReadRecord(member) ? h('a', { href: `#/members/${e.memberId}/record?year=${e.year}`, text: `${e.year} 年履职档案` }) : null,
        // On a phone the objections are far below: the member gets there in one step.
        objections && mayObjectTo(e.memberId) ? h('button', { type: 'button', class: 'link', 'data-action': 'to-objections', text: '我的反馈和申诉 ↓' }) : null),
      h('p', { class: 'meta print-only', text: `打印日期：${chineseDate(beijingDay())}` })),
    banner, notice, body, ...(objections ? [objections.panel] : []));

  /** The score, the adjustments, the minimum and the lines of the breakdown as it stands. */
  async function draw() {
    const dutyPlatforms = await dutyPlatformsOf({ committeeId: committee.id, memberId: e.memberId, year: e.year, items: e.lines.flatMap((l) => l.entries) });
    const context = { committeeId: committee.id, memberId: e.memberId, dutyPlatformOf: (id) => dutyPlatforms.get(id) };
    const counted = e.lines.reduce((sum, line) => sum + Number(line.points), 0);
    stateLine.textContent = stateText(e);
    body.replaceChildren(
      scorePanel(e, counted),
      ...(e.adjustments?.length ? [adjustmentsPanel(e)] : []),
      ...(e.minimum.length ? [minimumPanel(e)] : []),
      linesPanel(e, (entry) => sourceHref(entry, context)));
  }

  /** The breakdown again, after an answer changed it. */
  async function reload() {
    e = await api.getMemberEvaluation(e.year, e.memberId, scope);
    await draw();
  }

  /** The breakdown as a workbook, through a Blob so the download carries the session. */
  async function download(button) {
    button.disabled = true;
    hideBanner(banner);
    try {
      const blob = await api.exportMemberEvaluation(e.year, e.memberId, scope);
      saveBlob(blob, `考评明细-${e.memberName}-${e.year}.xlsx`);
      notice.textContent = `已下载${e.memberName} ${e.year} 年的考评明细（Excel）`;
    } catch (error) {
      reportProblem(error, { banner });
    } finally {
      button.disabled = false;
    }
  }

  root.addEventListener('click', (event) => {
    const target = event.target.closest('[data-action]');
    if (target?.dataset.action === 'print') window.print();
    else if (target?.dataset.action === 'export-breakdown') download(target);
    else if (target?.dataset.action === 'to-objections') objections.panel.scrollIntoView({ block: 'start' });
  });

  await Promise.all([draw(), objections?.load()]);
}

function scorePanel(e, counted) {
  const limited = e.ratingLimited ? `因未达最低要求降为${labelOf(EVALUATION_RATINGS, e.rating)}` : null;
  const adjustment = Number(e.adjustment ?? 0);
  const adjusted = adjustment !== 0 || e.adjustments?.length > 0;
  const sum = [`基础分 ${scoreText(e.baseScore)}`, `${counted < 0 ? '-' : '+'} 各类计分 ${scoreText(Math.abs(counted))}`,
    adjusted ? `${adjustment < 0 ? '-' : '+'} 加减分 ${scoreText(Math.abs(adjustment))}` : null, `= ${scoreText(e.score)} 分`];
  return h('section', { class: 'panel breakdown-score', 'data-breakdown-score': true, 'aria-label': '得分和等次' },
    h('p', { class: 'score-line' },
      h('span', { class: 'score-big', 'data-score': true, text: scoreText(e.score) }), h('span', { class: 'score-unit', text: '分' }),
      ratingTag(e.rating),
      limited ? h('span', { class: 'rating-limited', 'data-rating-limited': true, text: limited }) : null),
    h('p', { class: 'meta score-sum', 'data-score-sum': true },
      sum.filter(Boolean).join(' '),
      e.maxScoreApplied ? h('span', { class: 'meta-inline', text: '（已达满分上限，按满分计）' }) : null,
      !e.maxScoreApplied && Number(e.baseScore) + counted + adjustment < 0 ? h('span', { class: 'meta-inline', text: '（得分不低于 0）' }) : null),
    h('p', { class: 'meta', text: `最低要求：${e.minimumMet ? '达到' : '未达到'}` }));
}

/** The office's additions and deductions, each with its reason, and their sum as the score counts it. */
function adjustmentsPanel(e) {
  return h('section', { class: 'panel breakdown-adjustments', 'data-breakdown-adjustments': true, 'aria-labelledby': 'breakdown-adjustments-title' },
    h('h3', { id: 'breakdown-adjustments-title', text: '加减分' }),
    h('ul', { class: 'adjustments' }, e.adjustments.map((a) => h('li', { class: 'adjustment', 'data-adjustment-id': a.id },
      h('div', { class: 'adjustment-head' }, amountTag(a.amount),
        h('span', { class: 'meta-inline', text: [a.objectionId ? '因支持申诉' : '委员工作处', a.createdBy, chineseDateTime(a.createdAt)].join(' · ') })),
      h('p', { class: 'adjustment-reason', text: a.reason })))),
    h('p', { class: 'meta adjustment-sum', 'data-adjustment-sum': true, text: `加减分合计 ${signedScore(e.adjustment ?? 0)}，已计入得分` }));
}

function minimumPanel(e) {
  return h('section', { class: 'panel breakdown-minimum', 'data-minimum-checks': true, 'aria-labelledby': 'breakdown-minimum-title' },
    h('h3', { id: 'breakdown-minimum-title', text: '最低要求' }),
    h('ul', { class: 'minimum-checks' }, e.minimum.map((m) => h('li', { 'data-kind': m.kind },
      h('span', { class: 'lines' },
        h('strong', { text: m.label }),
        h('span', { class: 'meta-inline', text: m.required === m.count
          ? `要求 ${count(m.required, workUnit(m.kind))} · 完成 ${count(m.done, workUnit(m.kind))}`
          : `全年要求 ${count(m.count, workUnit(m.kind))}，按在任 ${e.activeMonths} 个月折算为 ${count(m.required, workUnit(m.kind))} · 完成 ${count(m.done, workUnit(m.kind))}` })),
      minimumMark(m.met)))));
}

/** The kinds that counted, line by line with their records; the kinds of the rules with no record, named in one line. */
function linesPanel(e, hrefOf) {
  const scored = e.lines.filter((line) => line.count > 0 || Number(line.points) !== 0);
  const idle = e.lines.filter((line) => !scored.includes(line));
  const table = h('table', { class: 'evaluation-lines', 'data-lines': true },
    h('thead', {}, h('tr', {}, ['类别', '条数', '每项分值', '封顶', '计入分值'].map((text) => h('th', { scope: 'col', text })))),
    scored.map((line) => h('tbody', { 'data-line': line.kind },
      h('tr', { class: 'line-head' },
        h('th', { scope: 'rowgroup', class: 'line-label' }, line.label,
          line.capped ? h('span', { class: 'capped', 'data-capped': true, text: '已封顶' }) : null),
        h('td', { class: 'line-count', 'data-label': '条数', text: count(line.count, unitOf(line.kind)) }),
        h('td', { class: 'line-each', 'data-label': '每项', text: eachText(line) }),
        h('td', { class: 'line-cap', 'data-label': '封顶', text: line.cap == null ? '不封顶' : plainNumber(line.cap) }),
        h('td', { class: 'line-points', 'data-label': '计入', 'data-points': true },
          signedScore(Number(line.points)),
          line.capped ? h('span', { class: 'meta-inline', text: `（合计 ${pointsText(line.rawPoints)}）` }) : null)),
      line.entries.map((entry) => entryRow(entry, hrefOf(entry))))));
  return h('section', { class: 'panel breakdown-lines', 'aria-labelledby': 'breakdown-lines-title' },
    h('h3', { id: 'breakdown-lines-title', text: '计分明细' }),
    scored.length ? table : h('p', { class: 'hint', text: `${e.year} 年没有计分的履职记录，得分为基础分。` }),
    idle.length ? h('p', { class: 'hint idle-lines', 'data-idle-lines': true, text: `没有记录的类别：${idle.map((line) => line.label).join('、')}` }) : null);
}

function entryRow(entry, href) {
  const about = [entry.amount ? count(entry.amount, '人次') : null, entry.detail].filter(Boolean).join(' · ');
  return h('tr', { class: 'line-entry', 'data-record': `${entry.recordType}/${entry.recordId}` },
    h('td', { class: 'entry-date', text: chineseDate(entry.date) }),
    h('td', { class: 'entry-title', colspan: 3 },
      href ? h('a', { href, text: entry.title }) : entry.title,
      about ? h('span', { class: 'meta-inline', text: ` ${about}` }) : null),
    h('td', { class: 'entry-points', text: pointsText(entry.points) }));
}
