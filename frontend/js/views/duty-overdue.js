// 逾期未记录 (系统管理员、委员工作处): duty months that have passed with nothing recorded, oldest first,
// for the office to follow up and record as done or missed.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { recordDialog, turnName } from '../duty.js';
import { chineseMonth } from '../format.js';
import { DUTY_STATUSES, labelOf } from '../labels.js';

export async function render(root, { committee }) {
  const platforms = await api.listPlatforms({ committeeId: committee.id, size: 200, sort: 'name' });
  const records = recordDialog();
  return mountCrud(root, {
    noun: '轮值',
    title: '逾期未记录的轮值',
    intro: '月份已过、仍未记录是否履职的轮值。请向轮值委员了解情况后记录“已履职”或“未履职”，未履职须说明原因。',
    empty: '没有逾期未记录的轮值',
    api: { list: api.listDutyTurns, export: api.exportDutyTurns, get: api.getDutyTurn },
    scope: { committeeId: committee.id, overdue: true },
    sort: 'month',
    filters: [
      { name: 'platformId', type: 'select', label: '联系平台', options: platforms.items.map((p) => ({ value: String(p.id), label: p.name })) },
    ],
    columns: [
      { key: 'platformName', label: '联系平台',
        cell: (t) => h('a', { href: `#/committees/${committee.id}/duty?platformId=${t.platformId}&year=${t.month.slice(0, 4)}`, text: t.platformName }) },
      { key: 'month', label: '月份', sort: 'month', cell: (t) => chineseMonth(t.month) },
      { key: 'memberName', label: '轮值委员' },
    ],
    fields: [],
    may: { create: false, update: () => false, remove: () => false },
    nameOf: turnName,
    rowActions: [
      {
        name: 'record',
        label: '记录',
        run: (turn, screen) => records.open(turn, async (recorded) => {
          await screen.reload();
          screen.say(`已记录${turnName(recorded)}的轮值：${labelOf(DUTY_STATUSES, recorded.status)}`);
        }),
      },
    ],
    extras: [records.dialog],
  });
}
