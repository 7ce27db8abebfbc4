// 试算: a draft rule set beside the rules in force, as the what-if answers it — how many members each rating would
// have under each, how many would change rating, and every member's score and rating under both, the changed ones
// marked (and alone, when asked). Nothing of it is saved: the panel says so.
import { h } from './dom.js';
import { chineseDate, count } from './format.js';
import { breakdownHref, ratingTag, scoreText, signedScore } from './evaluation-marks.js';
import { EVALUATION_RATINGS, labelOf } from './labels.js';
import { mayReadEvaluation } from './permissions.js';

const RATING_ORDER = Object.keys(EVALUATION_RATINGS);

/** ↑ or ↓: the draft's rating above or below the current one. */
const direction = (row) => (RATING_ORDER.indexOf(row.rating) < RATING_ORDER.indexOf(row.currentRating) ? 'up' : 'down');

export function whatIfPanel({ committee }) {
  const heading = h('h4', { id: 'what-if-title', text: '试算结果' });
  const lead = h('p', { class: 'summary', 'data-what-if-changes': true, 'aria-live': 'polite' });
  const figures = h('tbody', { 'data-what-if-figures': true });
  const figuresHead = h('tr', {});
  const onlyChanged = h('input', { type: 'checkbox', name: 'onlyChanged', 'data-only-changed': true });
  const onlyLabel = h('span', { text: '只看等次变化的' });
  const rows = h('tbody', { 'data-what-if-rows': true });
  const empty = h('p', { class: 'hint', 'data-what-if-empty': true, hidden: true });
  const stale = h('p', { class: 'banner what-if-stale', 'data-what-if-stale': true, hidden: true,
    text: '草稿在试算后又改过：以下是改动前的试算结果，请重新试算。' });
  const panel = h('section', { class: 'what-if', 'data-what-if': true, 'aria-labelledby': heading.id, hidden: true },
    h('div', { class: 'what-if-head' }, heading,
      h('p', { class: 'warning what-if-note', 'data-what-if-note': true,
        text: '试算不保存任何内容：细则、结果表和审计记录都不变。满意后点“保存细则”，再“重新计算”。' })),
    stale, lead,
    h('div', { class: 'rules-table-wrap' }, h('table', { class: 'mini what-if-figures' }, h('thead', {}, figuresHead), figures)),
    h('label', { class: 'filter-check what-if-filter' }, onlyChanged, onlyLabel),
    h('div', { class: 'rules-table-wrap what-if-rows-wrap' },
      h('table', { class: 'mini what-if-rows' },
        h('thead', {},
          h('tr', {}, h('th', { scope: 'col', rowspan: 2, text: '委员' }), h('th', { scope: 'col', rowspan: 2, text: '活动组' }),
            h('th', { scope: 'colgroup', colspan: 2, class: 'current-col', text: '现行细则' }),
            h('th', { scope: 'colgroup', colspan: 3, class: 'draft-col', text: '草稿' })),
          h('tr', {}, ['得分', '等次'].map((text) => h('th', { scope: 'col', class: `current-col${text === '得分' ? ' number' : ''}`, text })),
            ['得分', '分差', '等次'].map((text) => h('th', { scope: 'col', class: `draft-col${text === '等次' ? '' : ' number'}`, text })))),
        rows)),
    empty);
  const state = { result: null };

  function show(result) {
    state.result = result;
    stale.hidden = true;
    panel.classList.remove('stale');
    const current = result.current;
    heading.textContent = `试算结果（${result.year} 年，数据截至 ${chineseDate(result.asOf)}，未保存）`;
    lead.textContent = current
      ? `按草稿，${count(result.members, '人')}中有 ${count(result.changes, '人')}的等次会变`
      : `${result.year} 年尚无现行细则，只列出按草稿的结果（${count(result.members, '人')}）`;
    figuresHead.replaceChildren(h('th', { scope: 'col', text: '' }),
      h('th', { scope: 'col', class: 'number current-col', text: current ? `现行：${current.name}` : '现行：（无）' }),
      h('th', { scope: 'col', class: 'number draft-col', text: `草稿：${result.draft.name}` }),
      h('th', { scope: 'col', class: 'number', text: '变化' }));
    const line = (key, label, now, then) => {
      const change = now == null ? null : then - now;
      return h('tr', { 'data-figure': key, class: change ? 'changed' : null },
        h('th', { scope: 'row', text: label }),
        h('td', { class: 'number', 'data-current': true, text: now == null ? '—' : count(now, '人') }),
        h('td', { class: 'number', 'data-draft': true, text: count(then, '人') }),
        h('td', { class: 'number', 'data-change': true, text: !change ? '—' : `${change > 0 ? '+' : ''}${change}` }));
    };
    figures.replaceChildren(
      ...RATING_ORDER.map((r) => line(r, EVALUATION_RATINGS[r], current?.ratings[r], result.draft.ratings[r])),
      line('below-minimum', '未达最低要求', current?.belowMinimum, result.draft.belowMinimum));
    onlyLabel.textContent = `只看等次变化的（${count(result.changes, '人')}）`;
    onlyChanged.disabled = !current;
    rows.replaceChildren(...result.rows.map((row) => member(row, result.year)));
    filter();
  }

  function member(row, year) {
    const name = mayReadEvaluation(row.memberId, row.groupId)
      ? h('a', { href: breakdownHref(committee.id, year, row.memberId), text: row.memberName })
      : row.memberName;
    const gap = row.currentScore == null ? null : Number(row.score) - Number(row.currentScore);
    return h('tr', { class: row.ratingChanged ? `changed ${direction(row)}` : null, 'data-member': row.memberId, 'data-changed': row.ratingChanged ? 'true' : null },
      h('th', { scope: 'row' }, name),
      h('td', { class: 'group', text: row.groupName || '未分组' }),
      h('td', { class: 'number current-col', 'data-current-score': true, text: row.currentScore == null ? '—' : scoreText(row.currentScore) }),
      h('td', { class: 'current-col' }, row.currentRating ? ratingTag(row.currentRating) : '—'),
      h('td', { class: 'number draft-col', 'data-draft-score': true, text: scoreText(row.score) }),
      h('td', { class: 'number draft-col gap', text: gap == null || Math.abs(gap) < 0.05 ? '' : signedScore(gap) }),
      h('td', { class: 'draft-col' }, ratingTag(row.rating),
        row.ratingChanged ? h('span', { class: `rating-move ${direction(row)}`, text: direction(row) === 'up' ? ' ↑' : ' ↓',
          title: `由${labelOf(EVALUATION_RATINGS, row.currentRating)}变为${labelOf(EVALUATION_RATINGS, row.rating)}` }) : null,
        row.minimumMet ? null : h('span', { class: 'meta-inline', text: ' 未达最低要求' })));
  }

  function filter() {
    const only = onlyChanged.checked;
    let shown = 0;
    for (const row of rows.rows) {
      row.hidden = only && row.dataset.changed !== 'true';
      if (!row.hidden) shown++;
    }
    empty.hidden = shown > 0;
    empty.textContent = only ? '按草稿没有委员的等次会变' : '没有参加考评的委员';
  }

  function clear() {
    state.result = null;
    onlyChanged.checked = false;
    rows.replaceChildren();
    panel.hidden = true;
  }

  /** The draft changed after it was tried: the result stays to compare with, marked as being of the draft before. */
  function outdated() {
    if (!state.result) return;
    stale.hidden = false;
    panel.classList.add('stale');
  }

  onlyChanged.addEventListener('change', filter);

  return { panel, show, clear, outdated, shown: () => state.result !== null };
}
