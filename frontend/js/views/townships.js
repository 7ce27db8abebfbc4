// 乡镇（街道）: the townships of one committee, each leading to its villages and communities.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { chineseDate } from '../format.js';
import { TOWNSHIP_KINDS, labelOf, optionsOf } from '../labels.js';
import { may } from '../permissions.js';

export function render(root, { committee }) {
  return mountCrud(root, {
    noun: '乡镇（街道）',
    title: '乡镇（街道）',
    intro: `${committee.name}辖区的乡、镇和街道；点击“村（社区）”查看其下的村和社区。`,
    empty: may('createTownship') ? '还没有乡镇（街道），点击“新建乡镇（街道）”添加' : '还没有乡镇（街道）',
    api: { list: api.listTownships, export: api.exportTownships, get: api.getTownship, create: api.createTownship, update: api.updateTownship, remove: api.deleteTownship },
    scope: { committeeId: committee.id },
    sort: 'id',
    filters: [
      { name: 'q', type: 'search', label: '搜索', placeholder: '按名称搜索' },
      { name: 'kind', type: 'select', label: '类型', options: optionsOf(TOWNSHIP_KINDS) },
    ],
    columns: [
      { key: 'name', label: '名称', sort: 'name' },
      { key: 'kind', label: '类型', sort: 'kind', cell: (t) => labelOf(TOWNSHIP_KINDS, t.kind) },
      { key: 'villages', label: '村（社区）', cell: (t) => h('a', { href: `#/townships/${t.id}/villages`, text: '查看村（社区）' }) },
      { key: 'createdAt', label: '创建日期', sort: 'createdAt', cell: (t) => chineseDate(t.createdAt) },
    ],
    fields: [
      { name: 'name', label: '名称', required: true, maxLength: 50, hint: '如：双丰镇、东方红街道；同一政协内不能重名' },
      { name: 'kind', label: '类型', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(TOWNSHIP_KINDS) },
    ],
    toBody: (values) => ({ committeeId: committee.id, ...values }),
    may: { create: may('createTownship'), update: () => may('updateTownship'), remove: () => may('deleteTownship') },
    nameOf: (township) => township.name,
  });
}
