// Start page: each committee with the size of its roster, read through the API.
import * as api from '../api.js';
import { chineseDate } from '../format.js';

/** Figures shown on a committee's card: label, unit and how to count it through the API. */
const FIGURES = [
  { label: '委员', unit: '名', countFor: (id) => total(api.listMembers({ committeeId: id, size: 1 })) },
  { label: '在职委员', unit: '名', countFor: (id) => total(api.listMembers({ committeeId: id, status: 'ACTIVE', size: 1 })) },
  { label: '界别活动组', unit: '个', countFor: (id) => total(api.listGroups({ committeeId: id, size: 1 })) },
  { label: '界别', unit: '个', countFor: (id) => total(api.listSectors({ committeeId: id, size: 1 })) },
  { label: '乡镇（街道）', unit: '个', countFor: (id) => total(api.listTownships({ committeeId: id, size: 1 })) },
  { label: '村（社区）', unit: '个', countFor: (id) => total(api.listVillages({ committeeId: id, size: 1 })) },
  { label: '联系平台', unit: '个', countFor: (id) => total(api.listPlatforms({ committeeId: id, size: 1 })) },
  { label: '下级政协', unit: '个', countFor: (id) => total(api.listCommittees({ parentId: id, size: 1 })) },
];

const total = async (page) => (await page).total;

export async function render(root, { status }) {
  const page = await api.listCommittees({ size: 200, sort: 'id' });
  status.textContent = `服务运行正常 · 共 ${page.total} 个政协`;
  root.replaceChildren();
  root.classList.add('cards');
  if (page.items.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = '还没有政协数据。运行 make run 会载入演示数据，也可以通过接口新建政协。';
    root.append(empty);
    return;
  }
  const template = document.getElementById('committee-card');
  for (const committee of page.items) {
    const card = template.content.firstElementChild.cloneNode(true);
    card.dataset.committeeId = committee.id;
    const name = card.querySelector('[data-field="name"]');
    name.textContent = committee.name;
    name.href = `#/committees/${committee.id}`;
    card.querySelector('[data-field="region"]').textContent = committee.region;
    card.querySelector('[data-field="termNumber"]').textContent = committee.termNumber;
    card.querySelector('[data-field="term"]').textContent = committee.termEnd
      ? `${chineseDate(committee.termStart)}至${chineseDate(committee.termEnd)}`
      : `${chineseDate(committee.termStart)}起`;
    root.append(card);
    fillFigures(card.querySelector('[data-figures]'), committee.id);
  }
}

async function fillFigures(list, committeeId) {
  const totals = await Promise.all(FIGURES.map((f) => f.countFor(committeeId).catch(() => null)));
  FIGURES.forEach((figure, i) => {
    const item = document.createElement('div');
    const label = document.createElement('dt');
    const value = document.createElement('dd');
    label.textContent = figure.label;
    value.textContent = totals[i] === null ? '—' : `${totals[i]}`;
    value.title = `${totals[i] ?? '—'} ${figure.unit}`;
    item.append(label, value);
    list.append(item);
  });
}
