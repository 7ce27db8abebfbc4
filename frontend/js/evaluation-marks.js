// How 一年一考评 reads on every screen that shows it: scores to one decimal, points with their sign, a rating as
// a coloured tag, months in office with （折算）, the minimum met or not, the reasons a member is 挂牌, and the
// line that says where a year stands.
import { h } from './dom.js';
import { chineseDate, chineseDateTime } from './format.js';
import { EVALUATION_RATINGS, EVALUATION_STATES, INACTIVE_REASONS, labelOf } from './labels.js';

/** A score as the table publishes it: one decimal (86.5, 60.0). */
export const scoreText = (score) => Number(score).toFixed(1);

/** Points of a kind, an adjustment or the score, to one decimal with the sign: +12.0, -3.0. */
export const signedScore = (n) => `${Number(n) < 0 ? '-' : '+'}${scoreText(Math.abs(Number(n)))}`;

/** Points with their sign, as exact as the service gives them (+3, -5, +0.6667). */
export function pointsText(points) {
  const n = Number(points);
  const text = Number.isInteger(n) ? String(Math.abs(n)) : String(Math.abs(Number(n.toFixed(4))));
  return `${n < 0 ? '-' : '+'}${text}`;
}

/** A bound or a value per item without a sign (12, 1.5). */
export const plainNumber = (n) => String(Number(Number(n).toFixed(4)));

export function ratingTag(rating) {
  return h('span', { class: `rating rating-${String(rating).toLowerCase()}`, 'data-rating': rating, text: labelOf(EVALUATION_RATINGS, rating) });
}

/** "12 个月", or "5 个月（折算）" when the member was in office part of the year and the minimum was prorated. */
export const monthsText = ({ activeMonths, prorated }) => `${activeMonths} 个月${prorated ? '（折算）' : ''}`;

export function minimumMark(met) {
  return h('span', { class: `minimum ${met ? 'minimum-met' : 'minimum-missed'}`, 'data-minimum': met ? 'met' : 'missed', text: met ? '达到' : '未达到' });
}

export function reasonTags(reasons) {
  return h('span', { class: 'reasons' }, reasons.map((reason) => h('span', {
    class: `reason reason-${reason.toLowerCase()}`, 'data-reason': reason, text: labelOf(INACTIVE_REASONS, reason),
  })));
}

/** When a computed year was computed, as of which day, and when it was closed: 计算于 2026年6月30日 09:00，数据截至 2026年6月30日. */
export function stateDetail(evaluation) {
  if (evaluation.status === 'NOT_COMPUTED' || !evaluation.computedAt) return '';
  const when = [`计算于 ${chineseDateTime(evaluation.computedAt)}`, evaluation.asOf ? `数据截至 ${chineseDate(evaluation.asOf)}` : null];
  if (evaluation.status === 'CLOSED' && evaluation.closedAt) when.push(`关闭于 ${chineseDateTime(evaluation.closedAt)}`);
  return when.filter(Boolean).join('，');
}

/** Where a year stands, in one line: 未计算; 已计算（计算于 …，数据截至 …）; 已关闭（…，关闭于 …）. */
export function stateText(evaluation) {
  const detail = stateDetail(evaluation);
  return `${labelOf(EVALUATION_STATES, evaluation.status)}${detail ? `（${detail}）` : ''}`;
}

export function stateTag(status) {
  return h('span', { class: `evaluation-state state-${String(status).toLowerCase()}`, 'data-state': status, text: labelOf(EVALUATION_STATES, status) });
}

/** The screens of a year: its table, and one member's breakdown. */
export const tableHref = (committeeId, year) => `#/committees/${committeeId}/evaluation?year=${year}`;
export const breakdownHref = (committeeId, year, memberId) => `#/committees/${committeeId}/evaluation/${year}/members/${memberId}`;
