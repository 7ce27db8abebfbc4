// 工作台 of a member at the top of the committee's 概况: this month's duty turn, my opinions and what became of them,
// my year so far against the minimum of the year's rules. A convenor or liaison also sees their group this year
// and who in it has done nothing yet. All read through the same list and report operations as everywhere else.
import * as api from './api.js';
import { h } from './dom.js';
import { beijingDay, chineseDate, chineseMonth } from './format.js';
import { DUTY_STATUSES, EVALUATION_MINIMUM_KINDS, OPINION_STATUSES, labelOf } from './labels.js';

const RECENT = 5;
const GROUP_FIGURES = ['VISITS', 'DUTY_DONE', 'OPINIONS_COLLECTED', 'CONSULTATIONS', 'PROPOSALS_FILED', 'ACTIVITIES', 'INACTIVE_MEMBERS'];

export function memberDesk(committee, caller) {
  const today = beijingDay();
  const year = Number(today.slice(0, 4));
  const month = today.slice(0, 7);
  const base = `#/committees/${committee.id}`;
  const me = caller.memberId;
  const lead = ['CONVENOR', 'LIAISON'].includes(caller.role) && caller.groupId;
  const duty = h('div', { 'data-desk-duty': true }, h('p', { class: 'meta', text: '正在读取…' }));
  const opinions = h('div', { 'data-desk-opinions': true });
  const minimum = h('div', { 'data-desk-minimum': true });
  const group = lead ? h('div', { 'data-desk-group': true }) : null;
  const panel = h('section', { class: 'desk', 'data-desk': true, 'aria-label': '我的工作台' },
    me ? h('section', { class: 'panel', 'aria-labelledby': 'desk-duty-title' },
      h('div', { class: 'panel-head' }, h('h3', { id: 'desk-duty-title', text: `本月轮值（${chineseMonth(month)}）` }),
        h('a', { href: `${base}/duty`, text: '查看轮值' })), duty) : null,
    me ? h('section', { class: 'panel', 'aria-labelledby': 'desk-opinions-title' },
      h('div', { class: 'panel-head' }, h('h3', { id: 'desk-opinions-title', text: '我的社情民意' }),
        h('a', { href: `${base}/opinions?memberId=${me}`, text: '查看全部' })), opinions) : null,
    me ? h('section', { class: 'panel', 'aria-labelledby': 'desk-minimum-title' },
      h('div', { class: 'panel-head' }, h('h3', { id: 'desk-minimum-title', text: `我的${year}年履职` }),
        h('a', { href: `#/members/${me}/record?year=${year}`, text: '查看履职档案' })), minimum) : null,
    group ? h('section', { class: 'panel', 'aria-labelledby': 'desk-group-title' },
      h('h3', { id: 'desk-group-title', text: `本组委员${year}年履职` }), group) : null);

  async function showDuty() {
    const turns = await api.listDutyTurns({ committeeId: committee.id, memberId: me, year, month: Number(month.slice(5)), size: 20 });
    duty.replaceChildren(turns.items.length === 0
      ? h('p', { class: 'meta', 'data-duty-none': true, text: '本月没有轮值。' })
      : h('ul', { class: 'plain-list' }, turns.items.map((turn) => h('li', { 'data-duty-turn': turn.id },
        h('strong', { text: turn.platformName }), ' · ',
        h('span', { class: `duty-${String(turn.status).toLowerCase()}`, text: turn.overdue ? '逾期未记录' : labelOf(DUTY_STATUSES, turn.status) })))));
  }

  async function showOpinions() {
    const page = await api.listOpinions({ committeeId: committee.id, memberId: me, size: RECENT, sort: '-collectedOn' });
    opinions.replaceChildren(page.total === 0
      ? h('p', { class: 'meta', text: '还没有提交社情民意。' })
      : h('div', {},
        h('p', { class: 'summary', 'data-opinions-total': page.total, text: `共 ${page.total} 条，最近的 ${page.items.length} 条：` }),
        h('ul', { class: 'plain-list desk-opinions' }, page.items.map((o) => h('li', {},
          h('a', { href: `${base}/opinions/${o.id}`, text: o.title }),
          h('span', { class: 'meta-inline', text: ` ${chineseDate(o.collectedOn)} · ` }),
          h('span', { class: 'badge', text: labelOf(OPINION_STATUSES, o.status) }))))));
  }

  async function showMinimum() {
    const [record, rules] = await Promise.all([
      api.getMemberRecord(me, { year }),
      api.getEvaluationRules(year, { committeeId: committee.id }).catch(() => null),
    ]);
    const done = new Map(record.counts.map((c) => [c.kind, c.count]));
    const required = rules?.minimum ?? [];
    const rows = required.length > 0 ? required.map((m) => [m.kind, done.get(m.kind) ?? 0, m.count])
      : record.counts.map((c) => [c.kind, c.count, null]);
    minimum.replaceChildren(
      h('p', { class: 'meta', text: required.length > 0 ? `按${year}年考评细则的最低要求（截至今天）` : `${year}年考评细则还没有最低要求，以下为今年各类履职记录。` }),
      rows.length === 0 ? h('p', { class: 'meta', text: '今年还没有履职记录。' }) : h('table', { class: 'grid desk-minimum' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: '项目' }), h('th', { scope: 'col', class: 'number', text: '已完成' }),
          required.length > 0 ? h('th', { scope: 'col', class: 'number', text: '最低要求' }) : null,
          required.length > 0 ? h('th', { scope: 'col', text: '情况' }) : null)),
        h('tbody', {}, rows.map(([kind, count, need]) => h('tr', { 'data-minimum': kind },
          h('th', { scope: 'row', text: labelOf(EVALUATION_MINIMUM_KINDS, kind) || record.counts.find((c) => c.kind === kind)?.label || kind }),
          h('td', { class: 'number', text: String(count) }),
          need === null ? null : h('td', { class: 'number', text: String(need) }),
          need === null ? null : h('td', { class: count >= need ? 'minimum-met' : 'minimum-missed', text: count >= need ? '已达到' : `还差 ${need - count}` }))))));
  }

  async function showGroup() {
    const [breakdown, idle, members] = await Promise.all([
      api.getReportBreakdown({ committeeId: committee.id, preset: 'THIS_YEAR', by: 'GROUP' }),
      api.listMembers({ committeeId: committee.id, groupId: caller.groupId, idleFrom: `${year}-01-01`, idleTo: today, size: 200, sort: 'name' }),
      api.listMembers({ committeeId: committee.id, groupId: caller.groupId, status: 'ACTIVE', size: 1 }),
    ]);
    const row = breakdown.rows.find((r) => r.slice.id === caller.groupId);
    const figures = row ? GROUP_FIGURES.map((key) => row.figures.find((f) => f.key === key)).filter(Boolean) : [];
    group.replaceChildren(
      h('p', { class: 'meta', text: `${row?.slice.name ?? '本组'}：在职委员 ${members.total} 名。` }),
      h('dl', { class: 'figures desk-figures', 'data-group-figures': true }, figures.map((f) => h('div', { 'data-group-figure': f.key, title: f.definition },
        h('dt', { text: `${f.label}（${f.unit}）` }), h('dd', { text: String(f.value) })))),
      h('h4', { text: `今年还没有任何履职记录的委员（${idle.total} 名）` }),
      idle.total === 0 ? h('p', { class: 'meta', 'data-idle-none': true, text: '本组委员今年都有履职记录。' })
        : h('ul', { class: 'plain-list inline-list', 'data-idle-members': true }, idle.items.map((m) => h('li', {},
          h('a', { href: `#/members/${m.id}/record?year=${year}`, text: m.name })))));
  }

  async function load() {
    const failed = (node) => () => node?.replaceChildren(h('p', { class: 'meta', text: '暂时读不到这部分内容。' }));
    await Promise.all([
      me ? showDuty().catch(failed(duty)) : null,
      me ? showOpinions().catch(failed(opinions)) : null,
      me ? showMinimum().catch(failed(minimum)) : null,
      group ? showGroup().catch(failed(group)) : null,
    ]);
  }

  return { panel, load };
}
