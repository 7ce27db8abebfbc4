// How the 审计 screens show the trail: records' fields by the names their forms give them, values as
// people read them, and the filters both screens share. A field the service grows shows as its key.
import { h } from './dom.js';
import { chineseDate, chineseDateTime, isTimestamp } from './format.js';
import {
  ACCOUNT_STATES, AUDIT_RECORD_TYPES, GENDERS, MEMBER_STATUSES, ROLES, TOWNSHIP_KINDS, VILLAGE_KINDS, labelOf, optionsOf,
} from './labels.js';

/** Longest value a list shows in full; longer ones are cut, with the whole text as the title. */
const SHORT_VALUE = 30;

const FIELD_LABELS = {
  name: '名称',
  region: '地区',
  termNumber: '届次',
  termStart: '任期开始',
  termEnd: '任期结束',
  parentId: '上级政协',
  committeeId: '所属政协',
  sortOrder: '排序号',
  kind: '类型',
  townshipId: '乡镇（街道）',
  address: '地址',
  description: '简介',
  sectorId: '界别',
  convenorId: '召集人',
  liaisonName: '联络员',
  liaisonTitle: '联络员职务',
  gender: '性别',
  birthYear: '出生年份',
  ethnicity: '民族',
  party: '党派（政治面貌）',
  groupId: '界别活动组',
  employer: '工作单位',
  jobTitle: '职务',
  phone: '联系电话',
  status: '状态',
  statusReason: '状态变更原因',
  statusDate: '状态变更日期',
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  memberId: '关联的委员',
  enabled: '账号状态',
  sessionsValidFrom: '登录有效起点',
  secretPrefix: '密钥开头',
  expiresAt: '失效时间',
  createdBy: '新建人',
  revokedAt: '吊销时间',
  revokedBy: '吊销人',
};

/** Where a record type names a field its own way. */
const FIELD_LABELS_BY_TYPE = {
  MEMBER: { name: '姓名', townshipId: '联系的乡镇（街道）' },
  GROUP: { sectorId: '所属界别' },
  PLATFORM: { townshipId: '所在乡镇（街道）' },
  VILLAGE: { townshipId: '所属乡镇（街道）' },
  ACCOUNT: { groupId: '负责的界别活动组' },
};

/** Fields whose values are the contract's enums. */
const VALUE_LABELS = {
  gender: GENDERS,
  status: MEMBER_STATUSES,
  role: ROLES,
  kind: { ...TOWNSHIP_KINDS, ...VILLAGE_KINDS },
  enabled: ACCOUNT_STATES,
};

/** A field of a record of the given type as people call it: jobTitle → 职务; an unknown key as it is. */
export const fieldLabel = (recordType, key) => FIELD_LABELS_BY_TYPE[recordType]?.[key] ?? FIELD_LABELS[key] ?? key;

/** A value as people read it: 女, 2026年3月1日, 编号 3 for a related record, （空） for nothing. */
export function readableValue(key, value) {
  if (value === null || value === undefined || value === '') return '（空）';
  if (VALUE_LABELS[key]) return labelOf(VALUE_LABELS[key], String(value));
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (/Id$/.test(key) && typeof value === 'number') return `编号 ${value}`;
  if (isTimestamp(value)) return chineseDateTime(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return chineseDate(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A value for a list: cut short when long, with the whole text in its title. */
export function shortValue(key, value, className) {
  const text = readableValue(key, value);
  if (text.length <= SHORT_VALUE) return h('span', { class: className, text });
  return h('span', { class: className, title: text, text: `${text.slice(0, SHORT_VALUE)}…` });
}

/** The filters both screens offer, in the order people narrow a search down. */
export const recordFilters = () => [
  { name: 'recordType', type: 'select', label: '记录类型', options: optionsOf(AUDIT_RECORD_TYPES) },
  { name: 'recordId', type: 'number', label: '记录编号', placeholder: '如 17' },
  { name: 'actor', type: 'text', label: '操作人', placeholder: '用户名，如 tieli-office' },
];

export const periodFilters = () => [
  { name: 'from', type: 'date', label: '自（含）' },
  { name: 'to', type: 'date', label: '至（含）' },
];

/** When an entry happened, to the minute in Beijing time. */
export const timeCell = (at) => h('time', { datetime: at, class: 'nowrap', text: chineseDateTime(at) });
