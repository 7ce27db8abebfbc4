// 考评明细: how one member's score of a year came about (#/committees/1/evaluation/2025/members/12). The score and
// rating (lowered where the minimum was missed), the base score, each kind of work with its count, points each, cap
// and points counted, its records linking to their screens as the 履职档案 links them, and the minimum checked
// against the months in office. Printable on A4 for the member's file.
import { h } from '../dom.js';
import { beijingDay, chineseDate, count } from '../format.js';
import {
  minimumMark, monthsText, plainNumber, pointsText, ratingTag, scoreText, stateText, tableHref,
} from '../evaluation-marks.js';
import { EVALUATION_RATINGS, labelOf, workUnit } from '../labels.js';
import { may, mayReadRecord } from '../permissions.js';
import { dutyPlatformsOf, sourceHref } from '../record-timeline.js';

const unitOf = (kind) => (kind === 'PEOPLE_RECEIVED' ? '人次' : workUnit(kind));
/** Points of a kind or of the score, to one decimal with the sign: +12.0, -3.0. */
const signedScore = (n) => `${n < 0 ? '-' : '+'}${scoreText(Math.abs(n))}`;

/** 每项分值 as the rules give it: +3 per item, or +1 for every 20 people received. */
function eachText(line) {
  if (line.pointsEach == null) return '—';
  return line.per ? `每 ${line.per} 人次 ${pointsText(line.pointsEach)}` : pointsText(line.pointsEach);
}

export async function render(root, { committee, evaluation: e }) {
  const member = { id: e.memberId, groupId: e.groupId };
  const dutyPlatforms = await dutyPlatformsOf({ committeeId: committee.id, memberId: e.memberId, year: e.year, items: e.lines.flatMap((l) => l.entries) });
  const context = { committeeId: committee.id, memberId: e.memberId, dutyPlatformOf: (id) => dutyPlatforms.get(id) };
  const tenure = e.activeFrom && e.activeTo ? `在任 ${chineseDate(e.activeFrom)}至${chineseDate(e.activeTo)}，${monthsText(e)}` : `在任 ${monthsText(e)}`;
  const counted = e.lines.reduce((sum, line) => sum + Number(line.points), 0);

  root.classList.add('evaluation-view', 'breakdown-view');
  root.append(
    h('header', { class: 'view-head evaluation-head' },
      h('p', { class: 'record-committee print-only', text: committee.name }),
      h('h2', { text: `${e.memberName} ${e.year} 年度考评明细` }),
      h('div', { class: 'toolbar evaluation-tools' }, h('button', { type: 'button', 'data-action': 'print', text: '打印' })),
      h('p', { class: 'meta', 'data-breakdown-member': true, text: [e.sectorName, e.groupName || '未分组', tenure].filter(Boolean).join(' · ') }),
      h('p', { class: 'meta', 'data-breakdown-state': true, text: stateText(e) }),
      h('p', { class: 'meta breakdown-links screen-only' },
        may('listEvaluations') ? h('a', { href: tableHref(committee.id, e.year), text: `← ${e.year} 年考评结果表` }) : null,
        mayReadRecord(member) ? h('a', { href: `#/members/${e.memberId}/record?year=${e.year}`, text: `${e.year} 年履职档案` }) : null),
      h('p', { class: 'meta print-only', text: `打印日期：${chineseDate(beijingDay())}` })),
    scorePanel(e, counted),
    ...(e.minimum.length ? [minimumPanel(e)] : []),
    linesPanel(e, (entry) => sourceHref(entry, context)));

  root.addEventListener('click', (event) => {
    if (event.target.closest('[data-action]')?.dataset.action === 'print') window.print();
  });
}

function scorePanel(e, counted) {
  const limited = e.ratingLimited ? `因未达最低要求降为${labelOf(EVALUATION_RATINGS, e.rating)}` : null;
  return h('section', { class: 'panel breakdown-score', 'data-breakdown-score': true, 'aria-label': '得分和等次' },
    h('p', { class: 'score-line' },
      h('span', { class: 'score-big', 'data-score': true, text: scoreText(e.score) }), h('span', { class: 'score-unit', text: '分' }),
      ratingTag(e.rating),
      limited ? h('span', { class: 'rating-limited', 'data-rating-limited': true, text: limited }) : null),
    h('p', { class: 'meta score-sum', 'data-score-sum': true },
      `基础分 ${scoreText(e.baseScore)} ${counted < 0 ? '-' : '+'} 各类计分 ${scoreText(Math.abs(counted))} = ${scoreText(e.score)} 分`,
      e.maxScoreApplied ? h('span', { class: 'meta-inline', text: '（已达满分上限，按满分计）' }) : null,
      !e.maxScoreApplied && Number(e.baseScore) + counted < 0 ? h('span', { class: 'meta-inline', text: '（得分不低于 0）' }) : null),
    h('p', { class: 'meta', text: `最低要求：${e.minimumMet ? '达到' : '未达到'}` }));
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
