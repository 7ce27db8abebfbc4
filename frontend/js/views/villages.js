// 村（社区）: the villages and communities of one township.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { chineseDate } from '../format.js';
import { VILLAGE_KINDS, labelOf, optionsOf } from '../labels.js';
import { may } from '../permissions.js';

export function render(root, { township }) {
  return mountCrud(root, {
    noun: '村（社区）',
    title: `${township.name} · 村（社区）`,
    intro: `${township.name}下的村和社区。`,
    empty: may('createVillage') ? '还没有村（社区），点击“新建村（社区）”添加' : '还没有村（社区）',
    api: { list: api.listVillages, export: api.exportVillages, get: api.getVillage, create: api.createVillage, update: api.updateVillage, remove: api.deleteVillage },
    scope: { townshipId: township.id },
    sort: 'id',
    filters: [
      { name: 'q', type: 'search', label: '搜索', placeholder: '按名称搜索' },
      { name: 'kind', type: 'select', label: '类型', options: optionsOf(VILLAGE_KINDS) },
    ],
    columns: [
      { key: 'name', label: '名称', sort: 'name' },
      { key: 'kind', label: '类型', sort: 'kind', cell: (v) => labelOf(VILLAGE_KINDS, v.kind) },
      { key: 'createdAt', label: '创建日期', sort: 'createdAt', cell: (v) => chineseDate(v.createdAt) },
    ],
    fields: [
      { name: 'name', label: '名称', required: true, maxLength: 50, hint: `如：建国村、幸福社区；${township.name}内不能重名` },
      { name: 'kind', label: '类型', type: 'select', required: true, blankLabel: '请选择', options: optionsOf(VILLAGE_KINDS) },
    ],
    toBody: (values) => ({ townshipId: township.id, ...values }),
    may: { create: may('createVillage'), update: () => may('updateVillage'), remove: () => may('deleteVillage') },
    nameOf: (village) => village.name,
  });
}
