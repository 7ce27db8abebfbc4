// 联系平台（一乡一平台）: each township's liaison platform, e.g. a “协骊”联合体.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { h } from '../dom.js';
import { chineseDate } from '../format.js';
import { may } from '../permissions.js';

export async function render(root, { committee }) {
  const townships = await api.listTownships({ committeeId: committee.id, size: 200, sort: 'name' });
  const townshipOptions = townships.items.map((t) => ({ value: String(t.id), label: t.name }));
  return mountCrud(root, {
    noun: '联系平台',
    title: '联系平台',
    intro: '一乡一平台：委员在各乡镇（街道）的平台轮值、接待群众、开展协商。',
    empty: townshipOptions.length || !may('createPlatform')
      ? `还没有联系平台${may('createPlatform') ? '，点击“新建联系平台”添加' : ''}`
      : '还没有联系平台。联系平台设在乡镇（街道），请先在“乡镇（街道）”中添加乡镇。',
    api: { list: api.listPlatforms, export: api.exportPlatforms, get: api.getPlatform, create: api.createPlatform, update: api.updatePlatform, remove: api.deletePlatform },
    scope: { committeeId: committee.id },
    sort: 'id',
    filters: [
      { name: 'q', type: 'search', label: '搜索', placeholder: '按名称或地址搜索' },
      { name: 'townshipId', type: 'select', label: '乡镇（街道）', options: townshipOptions },
    ],
    columns: [
      { key: 'name', label: '平台名称', sort: 'name' },
      { key: 'townshipName', label: '所在乡镇（街道）', cell: (p) => h('a', { href: `#/townships/${p.townshipId}/villages`, text: p.townshipName }) },
      { key: 'address', label: '地址', cell: (p) => p.address || '—' },
      { key: 'createdAt', label: '创建日期', sort: 'createdAt', cell: (p) => chineseDate(p.createdAt) },
    ],
    fields: [
      { name: 'name', label: '平台名称', required: true, maxLength: 100, hint: '如：双丰镇“协骊”联合体；同一政协内不能重名' },
      { name: 'townshipId', label: '所在乡镇（街道）', type: 'select', required: true, numeric: true, blankLabel: '请选择', options: townshipOptions },
      { name: 'address', label: '地址', maxLength: 200 },
      { name: 'description', label: '简介', type: 'textarea', maxLength: 2000 },
    ],
    toBody: (values) => ({ committeeId: committee.id, ...values }),
    may: { create: may('createPlatform'), update: () => may('updatePlatform'), remove: () => may('deletePlatform') },
    nameOf: (platform) => platform.name,
  });
}
