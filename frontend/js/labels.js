// Chinese labels for the contract's enums and resources, in one place.

export const TOWNSHIP_KINDS = { TOWNSHIP: '乡', TOWN: '镇', SUBDISTRICT: '街道' };
export const VILLAGE_KINDS = { VILLAGE: '村', COMMUNITY: '社区' };
export const GENDERS = { MALE: '男', FEMALE: '女' };
export const MEMBER_STATUSES = { ACTIVE: '在职', SUSPENDED: '暂停履职', REMOVED: '已撤销' };
export const ROLES = {
  ADMIN: '系统管理员', OFFICE: '委员工作处', CONVENOR: '活动组召集人', LIAISON: '活动组联络员', MEMBER: '委员', REPORTER: '统计报送（只读）',
};
/** The roles an API token may hold: integrations write as the office, scripts only read. */
export const API_TOKEN_ROLES = { OFFICE: ROLES.OFFICE, REPORTER: ROLES.REPORTER };
export const API_TOKEN_STATUSES = { ACTIVE: '有效', EXPIRED: '已过期', REVOKED: '已吊销' };
export const ACCOUNT_STATES = { true: '启用', false: '停用' };
/** The kinds of record the audit trail keeps, as the contract's AuditRecordType describes them. */
export const AUDIT_RECORD_TYPES = {
  COMMITTEE: '政协', SECTOR: '界别', TOWNSHIP: '乡镇（街道）', VILLAGE: '村（社区）', PLATFORM: '联系平台', GROUP: '界别活动组',
  MEMBER: '委员', ACCOUNT: '账号', API_TOKEN: 'API 令牌', STUDIO: '委员工作室', VISIT: '接待走访', DUTY_TURN: '轮值',
  OPINION_CATEGORY: '社情民意类别', OPINION: '社情民意', CONSULTATION: '协商活动', OUTCOME: '协商成果', PROPOSAL: '提案',
  ACTIVITY: '自选动作', EVALUATION_RULES: '考评细则', EVALUATION_YEAR: '年度考评', AWARD: '表彰',
  EVALUATION_ADJUSTMENT: '考评加减分', EVALUATION_OBJECTION: '考评申诉',
};
export const AUDIT_ACTIONS = { CREATE: '新建', UPDATE: '修改', DELETE: '删除' };

/** 一月一轮值: a turn is scheduled, then recorded as done or missed. */
export const DUTY_STATUSES = { SCHEDULED: '已排班', DONE: '已履职', MISSED: '未履职' };

/** 委员工作室 receive the public online, offline or both. */
export const STUDIO_MODES = { OFFLINE: '线下', ONLINE: '线上', BOTH: '线上线下' };
/** ISO weekdays, 1 Monday … 7 Sunday, as a schedule names them: 每周二. */
export const WEEKDAYS = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '日' };
/** The kinds of visit the articles count: a studio's reception day, a household visit, an inspection, a public talk. */
export const VISIT_KINDS = { RECEPTION_DAY: '接待日', HOUSEHOLD: '下户走访', INSPECTION: '视察', PUBLIC_TALK: '民情恳谈会' };

/** 社情民意: its lifecycle from 草稿 to 已评价, where it came from, the public's satisfaction, and each step. */
export const OPINION_STATUSES = {
  DRAFT: '草稿', SUBMITTED: '已上报', ACCEPTED: '已采用', REJECTED: '不予采用', ASSIGNED: '已交办',
  IN_PROGRESS: '办理中', RESOLVED: '已办结', CLOSED: '已评价', MERGED: '已合并',
};
export const OPINION_SOURCES = { VISIT: '接待走访', DUTY_TURN: '轮值', STUDIO: '委员工作室', ONLINE: '网上征集', OTHER: '其他' };
export const OPINION_FEEDBACKS = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', UNSATISFIED: '不满意' };
export const OPINION_ACTIONS = {
  CREATE: '记录', SUBMIT: '上报', ACCEPT: '采用', REJECT: '不予采用', ASSIGN: '交办', START: '开始办理', PROGRESS: '办理进展',
  RESOLVE: '办结', CLOSE: '评价', REOPEN: '重新交办', MERGE: '合并', FORWARD: '报送上级', ADOPT: '上级采用',
};
/** The figures counted of opinions (OpinionFigure), as the summary strip and the 统计项 filter name them. */
export const OPINION_FIGURES = {
  COLLECTED: '收集', ACCEPTED: '采用', RESOLVED: '办结', SOLVED: '已解决', AWAITING_CONFIRMATION: '已办结待确认',
  OVERDUE: '逾期', OPEN: '在办', FORWARDED: '报送上级', ADOPTED: '被上级采用',
};
/** The status filter's choices: one state, or the states people ask for together. */
export const OPINION_STATUS_GROUPS = {
  'SUBMITTED,ACCEPTED': '待处理（已上报、已采用）',
  'ASSIGNED,IN_PROGRESS': '办理中（已交办、办理中）',
  'RESOLVED,CLOSED': '已办结（含已评价）',
  ...OPINION_STATUSES,
};

/** 协商: its kinds, who came, who else sat at the table, and 一季一协商 per platform and quarter. */
export const CONSULTATION_KINDS = { QUARTERLY: '季度协商', INVITED: '请你来协商', PUBLIC_TALK: '民情恳谈', GRASSROOTS: '基层协商' };
export const ATTENDANCES = { PRESENT: '出席', EXCUSED: '请假', ABSENT: '缺席' };
export const GUEST_KINDS = { VILLAGE_REP: '村（居）民代表', GRID_WORKER: '网格员', OFFICIAL: '部门负责人', RESIDENT: '群众', EXPERT: '专家', OTHER: '其他' };
export const QUARTER_STATES = { HELD: '已开展', MISSED: '未开展（已逾期）', DUE: '本季度待开展', UPCOMING: '尚未到来' };
/** 协商成果: agreed, carried out, implemented with evidence, or dropped with a reason. */
export const OUTCOME_STATUSES = { AGREED: '已达成', IN_PROGRESS: '落实中', IMPLEMENTED: '已落实', DROPPED: '已放弃' };
export const OUTCOME_ACTIONS = { START: '开始落实', PROGRESS: '记录进展', IMPLEMENT: '已落实', DROP: '放弃' };
/** Which steps each state allows, as the contract's transitionOutcome says. */
export const OUTCOME_NEXT = { AGREED: ['START', 'PROGRESS', 'IMPLEMENT', 'DROP'], IN_PROGRESS: ['PROGRESS', 'IMPLEMENT', 'DROP'], IMPLEMENTED: [], DROPPED: [] };

/** 提案: the fields a proposal is filed under, and where its handling stands. */
export const PROPOSAL_CATEGORIES = {
  ECONOMY: '经济建设', POLITICS: '政治建设', CULTURE: '文化建设', SOCIETY: '社会建设', ECOLOGY: '生态文明建设', OTHER: '其他',
};
export const PROPOSAL_STATUSES = { FILED: '已提交', ACCEPTED: '已立案', NOT_ACCEPTED: '不予立案', ANSWERED: '已答复', CLOSED: '已办结' };
/** The step that leads to each state, as the office names it: 立案, 答复. */
export const PROPOSAL_STEPS = { ACCEPTED: '立案', NOT_ACCEPTED: '不予立案', ANSWERED: '答复', CLOSED: '办结' };

/** 自选动作: the other work that counts in a member's record. */
export const ACTIVITY_KINDS = {
  RESEARCH: '调研报告', TRAINING: '培训', VOLUNTEER: '志愿服务', SCHOOL_READING: '进校园读书', BUSINESS_FORUM: '企业家座谈', OTHER: '其他',
};

/** 履职档案: the measure word each family of work is counted with (接待走访 4 次, 提交社情民意 3 条, 出席协商 2 场). */
const WORK_UNITS = {
  VISIT: '次', DUTY: '次', OPINION: '条', CONSULTATION: '场', PROPOSAL: '件', ACTIVITY: '次', AWARD: '项', EVALUATION: '项', OBJECTION: '件',
};
/** The family of a WorkKind (VISIT, DUTY, OPINION, …), which its tag's colour and its measure word follow. */
export const workFamily = (kind) => String(kind).split('_')[0];
export const workUnit = (kind) => WORK_UNITS[workFamily(kind)] ?? '项';

/** 一年一考评: a year's state, the ratings, why a member is 挂牌, and where a year's rules may start from. */
export const EVALUATION_STATES = { NOT_COMPUTED: '未计算', OPEN: '已计算', CLOSED: '已关闭' };
export const EVALUATION_RATINGS = { EXCELLENT: '优秀', COMPETENT: '称职', BASICALLY_COMPETENT: '基本称职', INCOMPETENT: '不称职' };
export const INACTIVE_REASONS = { NO_WORK: '无履职记录', BELOW_MINIMUM: '未达最低要求', UNQUALIFIED: '不称职', UNQUALIFIED_TWICE: '连续两年不称职' };
export const RULES_STARTS = { TIELI: '铁力模板', YUETANG: '岳塘模板', PREVIOUS_YEAR: '沿用上一年的细则' };
/** The kinds a rule set scores (EvaluationItemKind): the kinds of work, and 接待群众人次 counted per so many people. */
export const EVALUATION_ITEM_KINDS = {
  VISIT: '接待走访', PEOPLE_RECEIVED: '接待群众人次', DUTY_DONE: '轮值履职', DUTY_MISSED: '轮值缺勤',
  OPINION_SUBMITTED: '提交社情民意', OPINION_ACCEPTED: '社情民意被采用', OPINION_FORWARDED: '社情民意报送上级',
  OPINION_ADOPTED: '社情民意被上级采用', OPINION_SOLVED: '社情民意已解决',
  CONSULTATION_PRESENT: '出席协商', CONSULTATION_EXCUSED: '协商请假', CONSULTATION_ABSENT: '协商缺席',
  PROPOSAL_LED: '领衔提案', PROPOSAL_COSIGNED: '附议提案', PROPOSAL_ACCEPTED: '提案立案',
  ACTIVITY_RESEARCH: '调研报告', ACTIVITY_TRAINING: '培训', ACTIVITY_VOLUNTEER: '志愿服务', ACTIVITY_SCHOOL_READING: '进校园读书',
  ACTIVITY_BUSINESS_FORUM: '企业家座谈', ACTIVITY_OTHER: '其他自选动作', AWARD: '表彰',
};
/** The kinds a minimum may ask for (EvaluationMinimumKind): work that is counted, not absences, awards or 人次. */
const MINIMUM_KINDS = ['VISIT', 'DUTY_DONE', 'OPINION_SUBMITTED', 'OPINION_ACCEPTED', 'OPINION_FORWARDED', 'OPINION_ADOPTED',
  'OPINION_SOLVED', 'CONSULTATION_PRESENT', 'PROPOSAL_LED', 'PROPOSAL_COSIGNED', 'PROPOSAL_ACCEPTED', 'ACTIVITY_RESEARCH',
  'ACTIVITY_TRAINING', 'ACTIVITY_VOLUNTEER', 'ACTIVITY_SCHOOL_READING', 'ACTIVITY_BUSINESS_FORUM', 'ACTIVITY_OTHER'];
export const EVALUATION_MINIMUM_KINDS = Object.fromEntries(MINIMUM_KINDS.map((kind) => [kind, EVALUATION_ITEM_KINDS[kind]]));
/** What a member may object to (EvaluationObjectionItem): a scored kind, or the parts of the breakdown beside them. */
export const EVALUATION_OBJECTION_ITEMS = {
  ...EVALUATION_ITEM_KINDS, MINIMUM: '最低要求', TENURE: '在任月数', ADJUSTMENT: '加减分', OTHER: '其他',
};
export const OBJECTION_STATUSES = { OPEN: '待答复', UPHELD: '已支持', REJECTED: '不予支持' };

/** The states a member may change to from each state; 已撤销 is final. */
export const NEXT_MEMBER_STATUSES = { ACTIVE: ['SUSPENDED', 'REMOVED'], SUSPENDED: ['ACTIVE', 'REMOVED'], REMOVED: [] };

/** The label of an enum value, or the value itself when the contract grew a new one. */
export const labelOf = (labels, value) => labels[value] ?? value ?? '';

/** Options for a <select> of an enum: [{ value, label }]. */
export const optionsOf = (labels) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The measure word people count each resource with: 12 名委员, 3 个界别. */
const MEASURE_WORDS = { members: '名', visits: '次', opinions: '条', outcomes: '项', consultations: '场', proposals: '件', activities: '次' };
export const measureWord = (resource) => MEASURE_WORDS[resource] ?? '个';

export const MESSAGES = {
  staleVersion: '记录已被他人修改，请刷新后重试',
  offline: '无法连接服务，请确认后端已启动（make run）后重试。',
  reload: '刷新',
};
