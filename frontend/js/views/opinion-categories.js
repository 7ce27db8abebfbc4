// 社情民意类别: the categories an opinion is filed under (基础设施、农业农村…), in the order the forms
// offer them; the office adds, renames, reorders and deletes those no opinion uses.
import * as api from '../api.js';
import { mountCrud } from '../crud.js';
import { may } from '../permissions.js';
import { reportProblem } from '../problems.js';

const MAX_SORT_ORDER = 1000;

export async function render(root, { committee }) {
  let shown = [];
  const list = async (query) => {
    const page = await api.listOpinionCategories(query);
    shown = page.items;
    return page;
  };
  const fieldsOf = (category, sortOrder) => ({ committeeId: committee.id, name: category.name, sortOrder });

  /** 上移 and 下移 exchange the sort numbers of two neighbours; equal numbers are first set apart. */
  async function move(category, screen, step) {
    const index = shown.findIndex((c) => c.id === category.id);
    const other = shown[index + step];
    if (!other) return;
    let [mine, theirs] = [other.sortOrder, category.sortOrder];
    if (mine === theirs) [mine, theirs] = step < 0 ? [Math.max(0, theirs - 1), theirs] : [Math.min(MAX_SORT_ORDER, theirs + 1), theirs];
    try {
      await api.updateOpinionCategory(category.id, fieldsOf(category, mine), category.version);
      if (theirs !== other.sortOrder) await api.updateOpinionCategory(other.id, fieldsOf(other, theirs), other.version);
      screen.say(`已${step < 0 ? '上移' : '下移'}类别“${category.name}”`);
    } catch (error) {
      reportProblem(error, { banner: screen.banner, subject: `类别“${category.name}”`, verb: '调整' });
    }
    await screen.reload();
  }

  const last = (c) => shown.at(-1)?.id === c.id;
  return mountCrud(root, {
    noun: '类别',
    title: '社情民意类别',
    intro: '记录社情民意时可选的类别，按排序号从小到大排列。仍有社情民意使用的类别不能删除，可以改名。',
    empty: '还没有类别，点击“新建类别”添加',
    api: { list, export: api.exportOpinionCategories, create: api.createOpinionCategory, update: api.updateOpinionCategory, remove: api.deleteOpinionCategory, get: async (id) => shown.find((c) => String(c.id) === String(id)) },
    scope: { committeeId: committee.id, size: 200 },
    columns: [
      { key: 'name', label: '类别名称' },
      { key: 'sortOrder', label: '排序号' },
    ],
    fields: [
      { name: 'name', label: '类别名称', required: true, maxLength: 20, hint: '如：生态环境；同一政协内不能重名' },
      { name: 'sortOrder', label: '排序号', type: 'number', min: 0, max: MAX_SORT_ORDER, hint: '小的在前，0–1000' },
    ],
    defaults: () => ({ sortOrder: Math.min(MAX_SORT_ORDER, (shown.at(-1)?.sortOrder ?? 0) + 10) }),
    toBody: (values) => ({ committeeId: committee.id, ...values }),
    may: { create: may('createOpinionCategory'), update: () => may('updateOpinionCategory'), remove: () => may('deleteOpinionCategory') },
    nameOf: (category) => category.name,
    rowActions: [
      { name: 'move-up', label: '上移', shows: (c) => may('updateOpinionCategory') && shown[0]?.id !== c.id, run: (c, screen) => move(c, screen, -1) },
      { name: 'move-down', label: '下移', shows: (c) => may('updateOpinionCategory') && !last(c), run: (c, screen) => move(c, screen, 1) },
    ],
  });
}
