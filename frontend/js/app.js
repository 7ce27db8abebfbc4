// Entry point: a hash router. Each route names its view and the records it is about (its scope);
// the router reads them, draws the navigation and gives each view a fresh root to render into.
// Nothing is routed before sign-in: without a session the login screen stands in for every route,
// and the hash keeps the route to return to.
import * as api from './api.js';
import { h } from './dom.js';
import { setOfficeNow } from './format.js';
import { MESSAGES } from './labels.js';
import { mountMasthead } from './masthead.js';
import { currentCaller, setCaller } from './permissions.js';
import * as accounts from './views/accounts.js';
import * as activities from './views/activities.js';
import * as apiTokens from './views/api-tokens.js';
import * as auditEvents from './views/audit-events.js';
import * as auditReads from './views/audit-reads.js';
import * as committee from './views/committee.js';
import * as consultation from './views/consultation.js';
import * as consultationCompliance from './views/consultation-compliance.js';
import * as consultations from './views/consultations.js';
import * as dutyOverdue from './views/duty-overdue.js';
import * as dutyRoster from './views/duty-roster.js';
import * as evaluation from './views/evaluation.js';
import * as evaluationStep from './views/evaluation-step.js';
import * as groups from './views/groups.js';
import * as home from './views/home.js';
import * as login from './views/login.js';
import * as memberEvaluation from './views/member-evaluation.js';
import * as memberRecord from './views/member-record.js';
import * as myEvaluation from './views/my-evaluation.js';
import * as members from './views/members.js';
import * as opinion from './views/opinion.js';
import * as opinionCategories from './views/opinion-categories.js';
import * as opinions from './views/opinions.js';
import * as outcomes from './views/outcomes.js';
import * as platforms from './views/platforms.js';
import * as proposals from './views/proposals.js';
import * as reports from './views/reports.js';
import * as sectors from './views/sectors.js';
import * as studios from './views/studios.js';
import * as townships from './views/townships.js';
import * as villages from './views/villages.js';
import * as visits from './views/visits.js';

const committeeScope = async ([id]) => ({ committee: await api.getCommittee(id) });
const opinionScope = async ([committeeId, id]) => {
  const [committee, opinion] = await Promise.all([api.getCommittee(committeeId), api.getOpinion(id)]);
  return { committee, opinion };
};
const consultationScope = async ([committeeId, id]) => {
  const [committee, consultation] = await Promise.all([api.getCommittee(committeeId), api.getConsultation(id)]);
  return { committee, consultation };
};
/** A member's 履职档案 of the year the address names (this year by default), and the member's committee. */
const recordScope = async ([id], query) => {
  const year = /^\d{4}$/.test(query.get('year') ?? '') ? query.get('year') : undefined;
  const record = await api.getMemberRecord(id, { year });
  return { record, committee: await api.getCommittee(record.member.committeeId) };
};
/** One member's 考评明细 of a year, in the committee the address names (the administrator must name it). */
const memberEvaluationScope = async ([committeeId, year, id]) => {
  const [committee, evaluation] = await Promise.all([
    api.getCommittee(committeeId), api.getMemberEvaluation(year, id, { committeeId })]);
  return { committee, evaluation };
};
/** An adjustment or an objection of a member's record, for the breakdown it belongs to. */
const adjustmentScope = async ([id]) => ({ step: await api.getEvaluationAdjustment(id) });
const objectionScope = async ([id]) => ({ step: await api.getEvaluationObjection(id) });
const townshipScope = async ([id]) => {
  const township = await api.getTownship(id);
  return { township, committee: await api.getCommittee(township.committeeId) };
};

/** Who reads a year's 结果表 (listEvaluations); a member reads their own breakdown, from their 履职档案. */
const EVALUATION_READERS = ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'REPORTER'];
/** Who reads the reports (getReportSummary, getReportBreakdown). */
const REPORT_READERS = ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'REPORTER'];
/** Who reads a member's breakdown (getMemberEvaluation), and with it the adjustments and objections that lead there. */
const BREAKDOWN_READERS = ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'];

/** The two screens of 审计, under one crumb. */
const AUDIT_TABS = [
  { tab: 'events', label: '变更记录', href: () => '#/audit' },
  { tab: 'reads', label: '个人信息查看记录', href: () => '#/audit/reads' },
];

/**
 * path pattern, view, the tab it belongs to (among its tabs, the committee's by default), its crumb, how
 * to read the records it is about (from the path's ids and the query), and the roles it is for (default all).
 * Filters may follow the path as a query (#/audit?recordType=MEMBER&recordId=17), so a filtered screen can be
 * reloaded or sent on.
 */
const ROUTES = [
  { pattern: /^\/$/, view: home, name: 'home' },
  { pattern: /^\/committees\/(\d+)$/, view: committee, name: 'committee', tab: 'overview', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/reports$/, view: reports, name: 'reports', tab: 'reports', scope: committeeScope, roles: REPORT_READERS },
  { pattern: /^\/committees\/(\d+)\/members$/, view: members, name: 'members', tab: 'members', scope: committeeScope },
  { pattern: /^\/members\/(\d+)\/record$/, view: memberRecord, name: 'member-record', tab: 'members', crumb: '履职档案', scope: recordScope },
  { pattern: /^\/committees\/(\d+)\/groups$/, view: groups, name: 'groups', tab: 'groups', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/sectors$/, view: sectors, name: 'sectors', tab: 'sectors', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/townships$/, view: townships, name: 'townships', tab: 'townships', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/platforms$/, view: platforms, name: 'platforms', tab: 'platforms', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/duty$/, view: dutyRoster, name: 'duty', tab: 'duty', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/duty\/overdue$/, view: dutyOverdue, name: 'duty-overdue', tab: 'duty', crumb: '逾期未记录', scope: committeeScope, roles: ['ADMIN', 'OFFICE'] },
  { pattern: /^\/committees\/(\d+)\/studios$/, view: studios, name: 'studios', tab: 'studios', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/visits$/, view: visits, name: 'visits', tab: 'visits', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/opinions$/, view: opinions, name: 'opinions', tab: 'opinions', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/opinions\/(\d+)$/, view: opinion, name: 'opinion', tab: 'opinions', crumb: '社情民意详情', scope: opinionScope },
  { pattern: /^\/committees\/(\d+)\/opinion-categories$/, view: opinionCategories, name: 'opinion-categories', tab: 'opinions', crumb: '社情民意类别', scope: committeeScope, roles: ['ADMIN', 'OFFICE'] },
  { pattern: /^\/committees\/(\d+)\/consultations$/, view: consultations, name: 'consultations', tab: 'consultations', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/consultations\/compliance$/, view: consultationCompliance, name: 'consultation-compliance', tab: 'consultations', crumb: '一季一协商', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/consultations\/(\d+)$/, view: consultation, name: 'consultation', tab: 'consultations', crumb: '协商详情', scope: consultationScope },
  { pattern: /^\/committees\/(\d+)\/outcomes$/, view: outcomes, name: 'outcomes', tab: 'consultations', crumb: '协商成果督办', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/proposals$/, view: proposals, name: 'proposals', tab: 'proposals', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/activities$/, view: activities, name: 'activities', tab: 'activities', scope: committeeScope },
  { pattern: /^\/committees\/(\d+)\/evaluation$/, view: evaluation, name: 'evaluation', tab: 'evaluation', scope: committeeScope, roles: EVALUATION_READERS },
  { pattern: /^\/committees\/(\d+)\/evaluation\/(\d{4})\/members\/(\d+)$/, view: memberEvaluation, name: 'member-evaluation', tab: 'evaluation', crumb: '考评明细', scope: memberEvaluationScope,
    roles: BREAKDOWN_READERS },
  { pattern: /^\/evaluation-adjustments\/(\d+)$/, view: evaluationStep, name: 'evaluation-step', scope: adjustmentScope, roles: BREAKDOWN_READERS },
  { pattern: /^\/evaluation-objections\/(\d+)$/, view: evaluationStep, name: 'evaluation-step', scope: objectionScope, roles: BREAKDOWN_READERS },
  { pattern: /^\/my-evaluation$/, view: myEvaluation, name: 'my-evaluation', crumb: '我的考评', roles: BREAKDOWN_READERS },
  { pattern: /^\/townships\/(\d+)\/villages$/, view: villages, name: 'villages', tab: 'townships', scope: townshipScope },
  { pattern: /^\/accounts$/, view: accounts, name: 'accounts', roles: ['ADMIN'] },
  { pattern: /^\/api-tokens$/, view: apiTokens, name: 'api-tokens', roles: ['ADMIN'] },
  { pattern: /^\/audit$/, view: auditEvents, name: 'audit', tab: 'events', tabs: AUDIT_TABS, crumb: '审计', roles: ['ADMIN', 'OFFICE'] },
  { pattern: /^\/audit\/reads$/, view: auditReads, name: 'audit-reads', tab: 'reads', tabs: AUDIT_TABS, crumb: '审计', roles: ['ADMIN', 'OFFICE'] },
];

const TABS = [
  { tab: 'overview', label: '概况', href: (id) => `#/committees/${id}` },
  { tab: 'reports', label: '报表', href: (id) => `#/committees/${id}/reports`, roles: REPORT_READERS },
  { tab: 'members', label: '委员', href: (id) => `#/committees/${id}/members` },
  { tab: 'groups', label: '界别活动组', href: (id) => `#/committees/${id}/groups` },
  { tab: 'sectors', label: '界别', href: (id) => `#/committees/${id}/sectors` },
  { tab: 'townships', label: '乡镇（街道）', href: (id) => `#/committees/${id}/townships` },
  { tab: 'platforms', label: '联系平台', href: (id) => `#/committees/${id}/platforms` },
  { tab: 'duty', label: '轮值', href: (id) => `#/committees/${id}/duty` },
  { tab: 'studios', label: '委员工作室', href: (id) => `#/committees/${id}/studios` },
  { tab: 'visits', label: '接待走访', href: (id) => `#/committees/${id}/visits` },
  { tab: 'opinions', label: '社情民意', href: (id) => `#/committees/${id}/opinions` },
  { tab: 'consultations', label: '协商', href: (id) => `#/committees/${id}/consultations` },
  { tab: 'proposals', label: '提案', href: (id) => `#/committees/${id}/proposals` },
  { tab: 'activities', label: '自选动作', href: (id) => `#/committees/${id}/activities` },
  { tab: 'evaluation', label: '一年一考评', href: (id) => `#/committees/${id}/evaluation`, roles: EVALUATION_READERS },
];

const main = document.getElementById('app');
const nav = document.querySelector('[data-nav]');
const status = document.querySelector('[data-status]');
const masthead = mountMasthead(document.querySelector('[data-account]'), { status });
let current = 0;

function match(path) {
  for (const route of ROUTES) {
    const found = route.pattern.exec(path);
    if (found) return { route, params: found.slice(1) };
  }
  return null;
}

function drawNav(route, scope) {
  const trail = [h('a', { href: '#/', text: '首页' })];
  if (scope.committee) trail.push(h('a', { href: `#/committees/${scope.committee.id}`, text: scope.committee.name }));
  if (scope.township) trail.push(h('span', { text: `${scope.township.name} · 村（社区）` }));
  if (route.crumb) trail.push(h('span', { text: route.crumb }));
  const crumbs = h('ol', { class: 'crumbs', 'aria-label': '当前位置' }, trail.map((link) => h('li', {}, link)));
  // A tab names the roles it is for where not every role may open its screen.
  const tabSet = (scope.committee ? TABS : route.tabs)?.filter((t) => !t.roles || t.roles.includes(currentCaller()?.role));
  const tabs = tabSet
    ? h('ul', { class: 'tabs' }, tabSet.map((t) => h('li', {},
      h('a', { href: t.href(scope.committee?.id), 'aria-current': t.tab === route.tab ? 'page' : null, text: t.label }))))
    : null;
  nav.replaceChildren(...(trail.length > 1 ? [crumbs] : []), tabs ?? '');
}

/** A screen that cannot be shown: a record that is gone, or a service that does not answer. */
function showError(root, error) {
  drawNav({}, {});
  const gone = error instanceof api.ApiError && error.status === 404;
  const text = !(error instanceof api.ApiError) ? MESSAGES.offline
    : gone ? `${error.message}。`
      : `服务返回错误：${error.problem.title || error.status}（${error.message}）`;
  if (gone) {
    delete status.dataset.state;
    status.textContent = '服务运行正常';
  } else {
    status.dataset.state = 'error';
    status.textContent = text;
  }
  showNothing(root, text);
}

function showNothing(root, text) {
  root.replaceChildren(h('div', { class: 'empty' }, h('p', { text }), h('p', {}, h('a', { href: '#/', text: '返回首页' }))));
}

async function route() {
  const caller = currentCaller();
  if (!caller) return;
  const [path, query = ''] = (window.location.hash.replace(/^#/, '') || '/').split('?');
  // An account bound to one committee sees only that committee: its start page is the committee.
  // A reporter's work is the reports: its start page is the committee's 报表.
  if (path === '/' && caller.committeeId) {
    window.location.replace(`#/committees/${caller.committeeId}${caller.role === 'REPORTER' ? '/reports' : ''}`);
    return;
  }
  const found = match(path);
  const visit = ++current;
  const root = h('section', { class: 'view', 'data-view': found ? found.route.name : 'not-found' });
  main.replaceChildren(root);
  if (!found) {
    drawNav({}, {});
    showNothing(root, '没有这个页面，请从首页进入。');
    return;
  }
  if (found.route.roles && !found.route.roles.includes(caller.role)) {
    drawNav({}, {});
    showNothing(root, '您的角色不能使用这个页面，请从首页进入。');
    return;
  }
  const { route: chosen, params } = found;
  try {
    const scope = chosen.scope ? await chosen.scope(params, new URLSearchParams(query)) : {};
    if (visit !== current) return;
    drawNav(chosen, scope);
    delete status.dataset.state;
    if (chosen.name !== 'home') status.textContent = '服务运行正常';
    await chosen.view.render(root, {
      ...scope,
      status,
      query: new URLSearchParams(query),
      navigate: (hash) => { window.location.hash = hash; },
      refreshNav: (changed) => drawNav(chosen, { ...scope, committee: changed }),
    });
    const heading = root.querySelector('.view-head h2')?.textContent;
    if (visit === current) document.title = heading ? `${heading} · 政协委员联系群众平台` : '政协委员联系群众平台';
  } catch (error) {
    if (visit === current) showError(root, error);
  }
}

/**
 * The login screen in place of the current screen. reason: null (no session yet), 'signed-out', or
 * the 401 that ended the session; the hash stays, so signing in again returns to the same screen.
 */
function showLogin(reason) {
  if (!currentCaller() && main.querySelector('[data-view="login"]')) return;
  ++current;
  setCaller(null);
  masthead.hide();
  drawNav({}, {});
  if (reason === 'signed-out') window.history.replaceState(null, '', '#/');
  delete status.dataset.state;
  status.textContent = '请登录';
  document.title = '登录 · 政协委员联系群众平台';
  const root = h('section', { class: 'view login-view', 'data-view': 'login' });
  main.replaceChildren(root);
  login.render(root, { reason, signedIn: start });
}

/** With a token: who it belongs to decides the masthead and what the screens offer. */
async function start() {
  const [caller, clock] = await Promise.all([api.getCurrentCaller(), api.getOfficeClock()]);
  setOfficeNow(clock.now);
  setCaller(caller);
  masthead.show(currentCaller());
  await route();
}

async function boot() {
  if (!api.hasToken()) {
    showLogin(null);
    return;
  }
  try {
    await start();
  } catch (error) {
    if (error instanceof api.ApiError && error.status === 401) return;
    const root = h('section', { class: 'view', 'data-view': 'error' });
    main.replaceChildren(root);
    showError(root, error);
  }
}

api.session.addEventListener('signed-out', (event) => showLogin(event.detail));
window.addEventListener('hashchange', route);
boot();
