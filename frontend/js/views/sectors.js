// 界别: the sectors of one committee.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { chineseDate } from '../format.js';
import { may } from '../permissions.js';

export function render(root, { committee }) {
  return mountCrud(root, {
    noun: '界别',
    title: '界别',
    intro: `${committee.name}的界别，按排序号排列；委员和界别活动组按界别归属。`,
    empty: may('createSector') ? '还没有界别，点击“新建界别”添加' : '还没有界别',
    api: { list: api.listSectors, export: api.exportSectors, get: api.getSector, create: api.createSector, update: api.updateSector, remove: api.deleteSector },
    scope: { committeeId: committee.id },
    sort: 'sortOrder',
    filters: [{ name: 'q', type: 'search', label: '搜索', placeholder: '按界别名称搜索' }],
    columns: [
      { key: 'sortOrder', label: '排序号', sort: 'sortOrder' },
      { key: 'name', label: '界别名称', sort: 'name' },
      { key: 'createdAt', label: '创建日期', sort: 'createdAt', cell: (s) => chineseDate(s.createdAt) },
    ],
    fields: [
      { name: 'name', label: '界别名称', required: true, maxLength: 50, hint: '如：农业界、经济界；同一政协内不能重名' },
      { name: 'sortOrder', label: '排序号', type: 'number', min: 0, max: 9999, hint: '0–9999，小的排在前面；不填为 0' },
    ],
    defaults: {},
    toBody: (values) => ({ committeeId: committee.id, ...values }),
    may: { create: may('createSector'), update: () => may('updateSector'), remove: () => may('deleteSector') },
    nameOf: (sector) => sector.name,
  });
}
