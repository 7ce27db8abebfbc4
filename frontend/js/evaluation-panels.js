// Beside the 结果表: each activity group's members, scores and ratings (a card a group on a phone), and the 挂牌委员
// the office must talk to — no work, below the minimum, 不称职, 不称职 two years running — each linking to the
// member's 履职档案 of the year.
import * as api from './api.js';
import { h } from './dom.js';
import { count } from './format.js';
import { reasonTags, scoreText } from './evaluation-marks.js';
import { EVALUATION_RATINGS, labelOf } from './labels.js';
import { may, mayReadRecord } from './permissions.js';
import { reportProblem } from './problems.js';

const RATING_KEYS = Object.keys(EVALUATION_RATINGS);

/** A cell that says what it is on a phone, where the table's head is not shown. */
const cell = (label, text, className) => h('td', { class: className, 'data-label': label, text });

export function groupsPanel({ committee }) {
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const body = h('tbody', { 'data-group-rows': true });
  const table = h('table', { class: 'evaluation-groups labelled-cards' },
    h('thead', {}, h('tr', {}, ['活动组', '人数', '平均分', '总分', ...RATING_KEYS.map((r) => EVALUATION_RATINGS[r]), '未达最低要求']
      .map((text) => h('th', { scope: 'col', text })))),
    body);
  const empty = h('p', { class: 'hint', hidden: true, text: '计算后列出各活动组的人数、得分和等次。' });
  const panel = h('section', { class: 'panel evaluation-groups-panel', 'data-groups': true, 'aria-labelledby': 'evaluation-groups-title' },
    h('h3', { id: 'evaluation-groups-title', text: '各活动组' }), banner, table, empty);

  async function load(year) {
    try {
      const groups = await api.listGroupEvaluations(year, { committeeId: committee.id });
      body.replaceChildren(...groups.map((g) => h('tr', { 'data-group': g.groupId ?? 'none' },
        h('th', { scope: 'row', class: 'group-name', text: g.groupName || '未分组' }),
        cell('人数', count(g.members, '人')),
        cell('平均分', scoreText(g.average), 'number'),
        cell('总分', scoreText(g.total), 'number'),
        RATING_KEYS.map((r) => cell(EVALUATION_RATINGS[r], String(g.ratings[r]), 'number')),
        cell('未达最低要求', String(g.belowMinimum), g.belowMinimum > 0 ? 'number below' : 'number'))));
      table.hidden = groups.length === 0;
      empty.hidden = groups.length > 0;
    } catch (error) {
      reportProblem(error, { banner });
    }
  }

  return { panel, load };
}

export function inactivePanel({ committee }) {
  const banner = h('div', { class: 'banner', 'data-banner': true, role: 'alert', hidden: true });
  const heading = h('h3', { id: 'evaluation-inactive-title', text: '挂牌委员' });
  const list = h('ul', { class: 'inactive', 'data-inactive': true });
  const panel = h('section', { class: 'panel evaluation-inactive-panel', 'data-inactive-panel': true, 'aria-labelledby': heading.id },
    heading,
    h('p', { class: 'hint', text: '没有任何履职记录、未达到最低要求或评为不称职的委员，须约谈或处置；点姓名查看其当年的履职档案。' }),
    banner, list);

  async function load(year) {
    if (!may('listInactiveMembers')) return;
    try {
      const members = await api.listInactiveMembers(year, { committeeId: committee.id });
      heading.textContent = members.length ? `挂牌委员（${members.length} 人）` : '挂牌委员';
      list.replaceChildren(...(members.length ? members.map((m) => item(m, year)) : [h('li', { class: 'hint', text: '没有挂牌委员' })]));
    } catch (error) {
      reportProblem(error, { banner });
    }
  }

  function item(m, year) {
    const name = mayReadRecord({ id: m.memberId, groupId: m.groupId })
      ? h('a', { href: `#/members/${m.memberId}/record?year=${year}`, text: m.memberName })
      : m.memberName;
    const before = m.previousRating ? `上一年${labelOf(EVALUATION_RATINGS, m.previousRating)}` : null;
    return h('li', { 'data-inactive-member': m.memberId },
      h('span', { class: 'lines' },
        h('strong', {}, name),
        h('span', { class: 'meta-inline', text: [m.groupName || '未分组', `${scoreText(m.score)} 分 ${labelOf(EVALUATION_RATINGS, m.rating)}`,
          count(m.workItems, '项履职记录'), before].filter(Boolean).join(' · ') })),
      reasonTags(m.reasons));
  }

  return { panel: may('listInactiveMembers') ? panel : null, load };
}
