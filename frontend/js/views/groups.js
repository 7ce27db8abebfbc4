// 界别活动组: the activity groups of one committee, each with its sector, convenor (an active
// member) and liaison; members join a group through their own record.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { chineseDate } from '../format.js';
import { may } from '../permissions.js';

export async function render(root, { committee }) {
  const [sectors, convenors] = await Promise.all([
    api.listSectors({ committeeId: committee.id, size: 200, sort: 'sortOrder' }),
    api.listMembers({ committeeId: committee.id, status: 'ACTIVE', size: 200, sort: 'name' }),
  ]);
  const sectorOptions = sectors.items.map((s) => ({ value: String(s.id), label: s.name }));
  const convenorOptions = convenors.items.map((m) => ({
    value: String(m.id), label: [m.name, m.sectorName, m.employer].filter(Boolean).join(' · '),
  }));
  const more = convenors.total > convenors.items.length ? `（列出前 ${convenors.items.length} 名，共 ${convenors.total} 名）` : '';
  return mountCrud(root, {
    noun: '界别活动组',
    title: '界别活动组',
    intro: `${committee.name}的界别活动组（联组、小组）；组员在委员名册中选择所属活动组。`,
    empty: may('createGroup') ? '还没有界别活动组，点击“新建界别活动组”添加' : '还没有界别活动组',
    api: { list: api.listGroups, export: api.exportGroups, get: api.getGroup, create: api.createGroup, update: api.updateGroup, remove: api.deleteGroup },
    scope: { committeeId: committee.id },
    sort: 'id',
    filters: [
      { name: 'q', type: 'search', label: '搜索', placeholder: '组名或联络员姓名' },
      { name: 'sectorId', type: 'select', label: '界别', options: sectorOptions },
    ],
    columns: [
      { key: 'name', label: '名称', sort: 'name' },
      { key: 'sectorName', label: '界别', cell: (g) => g.sectorName || '—' },
      { key: 'convenorName', label: '召集人', cell: (g) => g.convenorName || '—' },
      { key: 'liaisonName', label: '联络员（职务）', cell: (g) => (g.liaisonName ? `${g.liaisonName}${g.liaisonTitle ? `（${g.liaisonTitle}）` : ''}` : '—') },
      { key: 'memberCount', label: '委员人数', cell: (g) => `${g.memberCount} 名` },
      { key: 'createdAt', label: '创建日期', sort: 'createdAt', cell: (g) => chineseDate(g.createdAt) },
    ],
    fields: [
      { name: 'name', label: '名称', required: true, maxLength: 50, hint: '如：农业界活动组；同一政协内不能重名' },
      { name: 'sectorId', label: '界别', type: 'select', numeric: true, blankLabel: '（不限界别）', options: sectorOptions },
      { name: 'convenorId', label: '召集人', type: 'select', numeric: true, blankLabel: '（暂未确定）', options: convenorOptions,
        hint: `须为本政协的在职委员${more}` },
      { name: 'liaisonName', label: '联络员', maxLength: 50, hint: '一般为专委会负责人' },
      { name: 'liaisonTitle', label: '联络员职务', maxLength: 100, hint: '如：提案委员会主任' },
    ],
    toBody: (values) => ({ committeeId: committee.id, ...values }),
    may: { create: may('createGroup'), update: (item) => may('updateGroup', item), remove: () => may('deleteGroup') },
    nameOf: (group) => group.name,
  });
}
