// 我的考评: the signed-in member's way to their own score (#/my-evaluation). It opens their breakdown of the latest
// year the office has computed, looking back a few years from this one; before any is computed it says so and
// leads to their 履职档案.
import * as api from '../api.js';
import { h } from '../dom.js';
import { beijingDay } from '../format.js';
import { breakdownHref } from '../evaluation-marks.js';
import { currentCaller } from '../permissions.js';

const YEARS_BACK = 5;

export async function render(root) {
  const { memberId, committeeId } = currentCaller();
  if (!memberId || !committeeId) {
    root.append(h('div', { class: 'empty' }, h('p', { text: '您的账号没有绑定委员，没有本人的考评。' }), h('p', {}, h('a', { href: '#/', text: '返回首页' }))));
    return;
  }
  const thisYear = Number(beijingDay().slice(0, 4));
  for (let year = thisYear; year >= thisYear - YEARS_BACK; year--) {
    const evaluation = await api.getEvaluationYear(year, { committeeId }).catch(() => null);
    if (!root.isConnected) return;
    if (evaluation && evaluation.status !== 'NOT_COMPUTED') {
      // The breakdown takes this screen's place in the history, so Back leads to where one came from.
      window.location.replace(breakdownHref(committeeId, year, memberId));
      return;
    }
  }
  root.append(
    h('header', { class: 'view-head' }, h('h2', { text: '我的考评' })),
    h('div', { class: 'empty', 'data-my-evaluation-empty': true },
      h('p', { text: `委员工作处还没有计算 ${thisYear - YEARS_BACK} 年以来的考评。` }),
      h('p', { text: '计算后，这里列出您每一类履职工作的计分、加减分、最低要求的完成情况和等次，对结果有疑问可以提出申诉。' }),
      h('p', {}, h('a', { href: `#/members/${memberId}/record`, text: '查看我的履职档案' }))));
}
