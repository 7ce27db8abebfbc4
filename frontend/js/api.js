// The only module that knows the API's addresses: one function per operationId of openapi.yaml.
// It also keeps the session token: every call carries it, and a 401 forgets it and says so.

const TOKEN_KEY = 'cppcc.accessToken';

/** An error answer of the API, carrying its problem+json body (type, title, detail, errors). */
export class ApiError extends Error {
  constructor(status, problem, retryAfter = null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    /** Seconds to wait before trying again (429), from the Retry-After header. */
    this.retryAfter = retryAfter;
  }

  /** The stable part of the problem type: 'validation', 'duplicate', 'stale-version', 'in-use', … */
  get kind() {
    return (this.problem.type || '').replace('urn:cppcc:problem:', '');
  }
}

/**
 * The session: 'signed-out' when the token is gone, so the app can ask for the password again; its
 * detail is the ApiError (401) when the service refused the token, 'signed-out' after 退出登录.
 */
export const session = new EventTarget();

/** The token is kept for this browser tab only, so closing the tab signs out. */
export const hasToken = () => Boolean(sessionStorage.getItem(TOKEN_KEY));

/** Keeps the accessToken of a SessionToken (from issueToken or changeOwnPassword) for the calls that follow. */
export function keepToken(sessionToken) {
  sessionStorage.setItem(TOKEN_KEY, sessionToken.accessToken);
}

/** Forgets the token and tells the app why: the ApiError that ended the session, or 'signed-out'. */
export function signOut(reason = 'signed-out') {
  sessionStorage.removeItem(TOKEN_KEY);
  session.dispatchEvent(new CustomEvent('signed-out', { detail: reason }));
}

/**
 * One call of the API. A query value that is an array repeats its parameter (status=A&status=B);
 * accept other than JSON (text/csv) answers a Blob, so a download still carries the token.
 */
async function request(method, path, { query, body, headers, anonymous, accept = 'application/json' } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query || {})) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') url.searchParams.append(name, one);
    }
  }
  const init = { method, headers: { Accept: accept, ...headers } };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token && !anonymous) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  if (response.ok && accept !== 'application/json') return response.blob();
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const retryAfter = Number.parseInt(response.headers.get('Retry-After'), 10);
    const error = new ApiError(response.status, payload, Number.isNaN(retryAfter) ? null : retryAfter);
    // A wrong password at sign-in is the sign-in form's to show; any other 401 ends the session.
    if (response.status === 401 && !anonymous) signOut(error);
    throw error;
  }
  return payload;
}

/** What a workbook download accepts: the XLSX, or the problem when it is refused. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json';

/** The If-Match header for a write based on the record's `version` as it was read. */
const ifMatch = (version) => (version === undefined || version === null ? undefined : { 'If-Match': `"${version}"` });
/** The Idempotency-Key header of a create: the same key sent again gets the first answer instead of a second record. */
const idempotent = (key) => (key ? { 'Idempotency-Key': key } : undefined);

/** A key for Idempotency-Key; randomUUID needs a secure context, so plain http on a LAN address gets one by hand. */
export function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const listCommittees = (query) => request('GET', '/api/v1/committees', { query });
export const getCommittee = (id) => request('GET', `/api/v1/committees/${id}`);
export const createCommittee = (fields, idempotencyKey) => request('POST', '/api/v1/committees', { body: fields, headers: idempotent(idempotencyKey) });
export const updateCommittee = (id, fields, version) => request('PUT', `/api/v1/committees/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteCommittee = (id) => request('DELETE', `/api/v1/committees/${id}`);

export const listSectors = (query) => request('GET', '/api/v1/sectors', { query });
export const getSector = (id) => request('GET', `/api/v1/sectors/${id}`);
export const createSector = (fields, idempotencyKey) => request('POST', '/api/v1/sectors', { body: fields, headers: idempotent(idempotencyKey) });
export const updateSector = (id, fields, version) => request('PUT', `/api/v1/sectors/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteSector = (id) => request('DELETE', `/api/v1/sectors/${id}`);

export const listTownships = (query) => request('GET', '/api/v1/townships', { query });
export const getTownship = (id) => request('GET', `/api/v1/townships/${id}`);
export const createTownship = (fields, idempotencyKey) => request('POST', '/api/v1/townships', { body: fields, headers: idempotent(idempotencyKey) });
export const updateTownship = (id, fields, version) => request('PUT', `/api/v1/townships/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteTownship = (id) => request('DELETE', `/api/v1/townships/${id}`);

export const listVillages = (query) => request('GET', '/api/v1/villages', { query });
export const getVillage = (id) => request('GET', `/api/v1/villages/${id}`);
export const createVillage = (fields, idempotencyKey) => request('POST', '/api/v1/villages', { body: fields, headers: idempotent(idempotencyKey) });
export const updateVillage = (id, fields, version) => request('PUT', `/api/v1/villages/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteVillage = (id) => request('DELETE', `/api/v1/villages/${id}`);

export const listPlatforms = (query) => request('GET', '/api/v1/platforms', { query });
export const getPlatform = (id) => request('GET', `/api/v1/platforms/${id}`);
export const createPlatform = (fields, idempotencyKey) => request('POST', '/api/v1/platforms', { body: fields, headers: idempotent(idempotencyKey) });
export const updatePlatform = (id, fields, version) => request('PUT', `/api/v1/platforms/${id}`, { body: fields, headers: ifMatch(version) });
export const deletePlatform = (id) => request('DELETE', `/api/v1/platforms/${id}`);

export const listGroups = (query) => request('GET', '/api/v1/groups', { query });
export const getGroup = (id) => request('GET', `/api/v1/groups/${id}`);
export const createGroup = (fields, idempotencyKey) => request('POST', '/api/v1/groups', { body: fields, headers: idempotent(idempotencyKey) });
export const updateGroup = (id, fields, version) => request('PUT', `/api/v1/groups/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteGroup = (id) => request('DELETE', `/api/v1/groups/${id}`);

export const listMembers = (query) => request('GET', '/api/v1/members', { query });
export const getMember = (id) => request('GET', `/api/v1/members/${id}`);
export const createMember = (fields, idempotencyKey) => request('POST', '/api/v1/members', { body: fields, headers: idempotent(idempotencyKey) });
export const updateMember = (id, fields, version) => request('PUT', `/api/v1/members/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteMember = (id) => request('DELETE', `/api/v1/members/${id}`);
/** change: { status, reason, date }; the version as read makes a stale change answer 409. */
export const changeMemberStatus = (id, change, version) => request('POST', `/api/v1/members/${id}/status`, { body: change, headers: ifMatch(version) });

/** query: { committeeId, townshipId, mode, memberId, q, activeFrom, activeTo (活跃工作室: a reception day then), page, size, sort } → StudioPage. */
export const listStudios = (query) => request('GET', '/api/v1/studios', { query });
export const getStudio = (id) => request('GET', `/api/v1/studios/${id}`);
/** fields: { committeeId, townshipId, platformId, name, mode, address, onlineAddress, schedule: { weekdays, monthDays, note }, residentIds, leadMemberId }. */
export const createStudio = (fields, idempotencyKey) => request('POST', '/api/v1/studios', { body: fields, headers: idempotent(idempotencyKey) });
export const updateStudio = (id, fields, version) => request('PUT', `/api/v1/studios/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteStudio = (id) => request('DELETE', `/api/v1/studios/${id}`);

/**
 * query: { committeeId, kind, townshipId, studioId, platformId, memberId, from, to, page, size, sort } →
 * VisitPage: `total` visits (次), `peopleReceived` and `membersPresent` (人次), all over every visit the filters match.
 */
export const listVisits = (query) => request('GET', '/api/v1/visits', { query });
export const getVisit = (id) => request('GET', `/api/v1/visits/${id}`);
/** fields: { committeeId, kind, date, startTime, endTime, townshipId, villageId, studioId, platformId, memberIds, peopleReceived, topic, notes }. */
export const createVisit = (fields, idempotencyKey) => request('POST', '/api/v1/visits', { body: fields, headers: idempotent(idempotencyKey) });
export const updateVisit = (id, fields, version) => request('PUT', `/api/v1/visits/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteVisit = (id) => request('DELETE', `/api/v1/visits/${id}`);

/** query: { committeeId, status, category, memberId (lead or co-signer), year, from, to, q, figure (FILED / ACCEPTED / ANSWERED: from–to date its event), page, size, sort } → ProposalPage. */
export const listProposals = (query) => request('GET', '/api/v1/proposals', { query });
export const getProposal = (id) => request('GET', `/api/v1/proposals/${id}`);
/** fields: { committeeId, title, category, filedOn, leadMemberId, coSignerIds, caseNumber, handlingUnit }. */
export const createProposal = (fields, idempotencyKey) => request('POST', '/api/v1/proposals', { body: fields, headers: idempotent(idempotencyKey) });
export const updateProposal = (id, fields, version) => request('PUT', `/api/v1/proposals/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteProposal = (id) => request('DELETE', `/api/v1/proposals/${id}`);
/** change: { status, reason, caseNumber, handlingUnit, answeredOn, answer }; the version as read makes a stale change answer 409. */
export const changeProposalStatus = (id, change, version) => request('POST', `/api/v1/proposals/${id}/status`, { body: change, headers: ifMatch(version) });

/** query: { committeeId, kind, memberId, from, to, page, size, sort } → ActivityPage: `total` (次) and `peopleReached` (人次) over every match. */
export const listActivities = (query) => request('GET', '/api/v1/activities', { query });
export const getActivity = (id) => request('GET', `/api/v1/activities/${id}`);
/** fields: { committeeId, kind, date, title, memberIds, description, peopleReached }. */
export const createActivity = (fields, idempotencyKey) => request('POST', '/api/v1/activities', { body: fields, headers: idempotent(idempotencyKey) });
export const updateActivity = (id, fields, version) => request('PUT', `/api/v1/activities/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteActivity = (id) => request('DELETE', `/api/v1/activities/${id}`);

/** query: { committeeId, platformId, memberId, year, month, status, overdue, figure (DONE / MISSED / UNRECORDED), from, to (the months in it), page, size, sort } → DutyTurnPage, by month. */
export const listDutyTurns = (query) => request('GET', '/api/v1/duty-turns', { query });
export const getDutyTurn = (id) => request('GET', `/api/v1/duty-turns/${id}`);
/** fields: { platformId, memberId, month: 'YYYY-MM' }. */
export const createDutyTurn = (fields, idempotencyKey) => request('POST', '/api/v1/duty-turns', { body: fields, headers: idempotent(idempotencyKey) });
/** Reassigns a scheduled turn; the version as read makes a stale change answer 409. */
export const updateDutyTurn = (id, fields, version) => request('PUT', `/api/v1/duty-turns/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteDutyTurn = (id) => request('DELETE', `/api/v1/duty-turns/${id}`);
/** plan: { platformId, year, save } → DutyRoster; save false only previews the months it would fill. */
export const planDutyRoster = (plan, idempotencyKey) => request('POST', '/api/v1/duty-turns/roster', { body: plan, headers: idempotent(idempotencyKey) });
/** swap: { firstId, secondId } → the two turns with their members exchanged. */
export const swapDutyTurns = (swap) => request('POST', '/api/v1/duty-turns/swap', { body: swap });
/** record: { outcome: DONE|MISSED|SCHEDULED (undo), policyExplained, opinionsCollected, eventsHeld, peopleReached, note, missedReason }. */
export const recordDutyTurn = (id, record) => request('POST', `/api/v1/duty-turns/${id}/record`, { body: record });

/** credentials: { username, password } → SessionToken { accessToken, expiresAt, account }; keep it with keepToken. */
export const issueToken = (credentials) => request('POST', '/api/v1/auth/token', { body: credentials, anonymous: true });
export const getCurrentCaller = () => request('GET', '/api/v1/auth/me');
/** → OfficeClock { today, now, zone, quarter, shifted }: the office's today, which dates are proposed and bounded by. */
export const getOfficeClock = () => request('GET', '/api/v1/clock');
/** change: { currentPassword, newPassword } → a new SessionToken; the old token stops working. */
export const changeOwnPassword = (change) => request('POST', '/api/v1/auth/password', { body: change });

export const listAccounts = (query) => request('GET', '/api/v1/accounts', { query });
export const getAccount = (id) => request('GET', `/api/v1/accounts/${id}`);
export const createAccount = (fields, idempotencyKey) => request('POST', '/api/v1/accounts', { body: fields, headers: idempotent(idempotencyKey) });
export const updateAccount = (id, fields, version) => request('PUT', `/api/v1/accounts/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteAccount = (id) => request('DELETE', `/api/v1/accounts/${id}`);

export const listApiTokens = (query) => request('GET', '/api/v1/api-tokens', { query });
export const getApiToken = (id) => request('GET', `/api/v1/api-tokens/${id}`);
/** fields: { name, role, committeeId, expiresOn } → { token, secret }; the secret is never shown again. */
export const createApiToken = (fields, idempotencyKey) => request('POST', '/api/v1/api-tokens', { body: fields, headers: idempotent(idempotencyKey) });
export const revokeApiToken = (id) => request('DELETE', `/api/v1/api-tokens/${id}`);

/** query: { recordType, recordId, actor, committeeId, from, to (Beijing dates), page, size, sort } → AuditEventPage, newest first. */
export const listAuditEvents = (query) => request('GET', '/api/v1/audit', { query });
/** query: { recordType, recordId, actor, from, to, page, size, sort } → PersonalDataReadPage, newest first. */
export const listPersonalDataReads = (query) => request('GET', '/api/v1/audit/reads', { query });

/** query: { committeeId, page, size } → OpinionCategoryPage, by sortOrder then name. */
export const listOpinionCategories = (query) => request('GET', '/api/v1/opinion-categories', { query });
/** fields: { committeeId, name, sortOrder }. */
export const createOpinionCategory = (fields, idempotencyKey) => request('POST', '/api/v1/opinion-categories', { body: fields, headers: idempotent(idempotencyKey) });
export const updateOpinionCategory = (id, fields, version) => request('PUT', `/api/v1/opinion-categories/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteOpinionCategory = (id) => request('DELETE', `/api/v1/opinion-categories/${id}`);

/**
 * query: { committeeId, status (array), categoryId, townshipId, villageId, memberId, source, visitId, dutyTurnId,
 * forwardedToId, from, to, overdue, solved, q, page, size, sort } → OpinionPage.
 */
export const listOpinions = (query) => request('GET', '/api/v1/opinions', { query });
/**
 * fields: { committeeId, title, content, categoryId, collectedOn, townshipId, villageId, source, visitId, dutyTurnId,
 * studioId, memberIds, raisedByName, raisedByPhone, submit }; the same idempotencyKey sent again returns the
 * first answer instead of recording twice.
 */
export const createOpinion = (fields, idempotencyKey) => request('POST', '/api/v1/opinions', { body: fields, headers: idempotent(idempotencyKey) });
/** query: the filters of listOpinions (without figure, page, size, sort) → OpinionSummary, each figure the total of listOpinions with figure=. */
export const getOpinionSummary = (query) => request('GET', '/api/v1/opinions/summary', { query });
/** query: { townshipId, text, excludeId } → SimilarOpinions, the most alike first. */
export const findSimilarOpinions = (query) => request('GET', '/api/v1/opinions/similar', { query });
/** The same filters as listOpinions → a Blob of CSV (UTF-8 with BOM). */
/** The media types of an export's two formats, chosen by Accept. */
export const FILE_TYPES = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
export const exportOpinions = (query, format = 'csv') => request('GET', '/api/v1/opinions/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
/** Every list's rows for the same filters as a file (format csv or xlsx), in the list's order; see each operation. */
export const exportCommittees = (query, format = 'csv') => request('GET', '/api/v1/committees/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportSectors = (query, format = 'csv') => request('GET', '/api/v1/sectors/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportTownships = (query, format = 'csv') => request('GET', '/api/v1/townships/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportVillages = (query, format = 'csv') => request('GET', '/api/v1/villages/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportPlatforms = (query, format = 'csv') => request('GET', '/api/v1/platforms/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportGroups = (query, format = 'csv') => request('GET', '/api/v1/groups/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportMembers = (query, format = 'csv') => request('GET', '/api/v1/members/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportStudios = (query, format = 'csv') => request('GET', '/api/v1/studios/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportVisits = (query, format = 'csv') => request('GET', '/api/v1/visits/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportDutyTurns = (query, format = 'csv') => request('GET', '/api/v1/duty-turns/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportOpinionCategories = (query, format = 'csv') => request('GET', '/api/v1/opinion-categories/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportConsultations = (query, format = 'csv') => request('GET', '/api/v1/consultations/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportOutcomes = (query, format = 'csv') => request('GET', '/api/v1/outcomes/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportProposals = (query, format = 'csv') => request('GET', '/api/v1/proposals/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportActivities = (query, format = 'csv') => request('GET', '/api/v1/activities/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportAccounts = (query, format = 'csv') => request('GET', '/api/v1/accounts/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportApiTokens = (query, format = 'csv') => request('GET', '/api/v1/api-tokens/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportAuditEvents = (query, format = 'csv') => request('GET', '/api/v1/audit/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const exportPersonalDataReads = (query, format = 'csv') => request('GET', '/api/v1/audit/reads/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
export const getOpinion = (id) => request('GET', `/api/v1/opinions/${id}`);
export const updateOpinion = (id, fields, version) => request('PUT', `/api/v1/opinions/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteOpinion = (id) => request('DELETE', `/api/v1/opinions/${id}`);
/** transition: { action, note, reason, assignedUnit, dueDate, resolution, resolvedOn, feedback, mergeIntoId, instruction }. */
export const transitionOpinion = (id, transition, version) => request('POST', `/api/v1/opinions/${id}/transitions`, { body: transition, headers: ifMatch(version) });
export const listOpinionHistory = (id) => request('GET', `/api/v1/opinions/${id}/history`);

/** query: { committeeId, kind, townshipId, platformId, studioId, memberId, from, to, page, size, sort } → ConsultationPage, latest first. */
export const listConsultations = (query) => request('GET', '/api/v1/consultations', { query });
/** fields: { committeeId, kind, date, townshipId, platformId, studioId, topic, summary, opinionIds, members: [{ memberId, attendance }], guests: [{ name, kind, unit }] }. */
export const createConsultation = (fields, idempotencyKey) => request('POST', '/api/v1/consultations', { body: fields, headers: idempotent(idempotencyKey) });
/** query: { year, quarter, committeeId, townshipId, gapsOnly, page, size } → ConsultationCompliance: each platform's four quarters (or the one asked), `gaps` and `dueNow`. */
export const getConsultationCompliance = (query) => request('GET', '/api/v1/consultations/compliance', { query });
export const getConsultation = (id) => request('GET', `/api/v1/consultations/${id}`);
export const updateConsultation = (id, fields, version) => request('PUT', `/api/v1/consultations/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteConsultation = (id) => request('DELETE', `/api/v1/consultations/${id}`);
/** → OutcomeList, by number. */
export const listConsultationOutcomes = (id) => request('GET', `/api/v1/consultations/${id}/outcomes`);
/** id: the consultation; fields: { number, text, responsibleUnit, dueDate, opinionIds }. */
export const createOutcome = (id, fields, idempotencyKey) => request('POST', `/api/v1/consultations/${id}/outcomes`, { body: fields, headers: idempotent(idempotencyKey) });
/** query: { committeeId, consultationId, status, overdue, q, figure (AGREED / IMPLEMENTED / OVERDUE), from, to, page, size, sort } → OutcomePage, earliest due first. */
export const listOutcomes = (query) => request('GET', '/api/v1/outcomes', { query });
export const getOutcome = (id) => request('GET', `/api/v1/outcomes/${id}`);
export const updateOutcome = (id, fields, version) => request('PUT', `/api/v1/outcomes/${id}`, { body: fields, headers: ifMatch(version) });
export const deleteOutcome = (id) => request('DELETE', `/api/v1/outcomes/${id}`);
/** transition: { action: START|PROGRESS|IMPLEMENT|DROP, date, note, evidence, reason }; implementing resolves the linked opinions. */
export const transitionOutcome = (id, transition, version) => request('POST', `/api/v1/outcomes/${id}/transitions`, { body: transition, headers: ifMatch(version) });

/**
 * query: { year } (this year when left out) → MemberRecord: the member, the year, the years they served, the counts
 * per kind and the items, newest first; for a reporter the counts only (countsOnly, no items).
 */
export const getMemberRecord = (id, query) => request('GET', `/api/v1/members/${id}/record`, { query });
/** The same record as a Blob of XLSX (履职档案 and 分类统计 sheets); a reporter may not download it. */
export const exportMemberRecord = (id, query) => request('GET', `/api/v1/members/${id}/record/export`, { query, accept: XLSX });

/** query: { committeeId, year, memberId, page, size, sort } → AwardPage, latest awarded first. */
export const listAwards = (query) => request('GET', '/api/v1/awards', { query });
/** fields: { committeeId, memberId, year, title, awardedOn, note }. */
export const createAward = (fields, idempotencyKey) => request('POST', '/api/v1/awards', { body: fields, headers: idempotent(idempotencyKey) });
export const deleteAward = (id) => request('DELETE', `/api/v1/awards/${id}`);

/** → [{ code: TIELI|YUETANG, description, rules }]: the rule sets that ship, to start a year from. */
export const listEvaluationTemplates = () => request('GET', '/api/v1/evaluation-rules/templates');
/** query: { committeeId } → EvaluationRules of the year; 404 while none is made. */
export const getEvaluationRules = (year, query) => request('GET', `/api/v1/evaluation-rules/${year}`, { query });
/** start: { from: TIELI|YUETANG|PREVIOUS_YEAR } → the year's EvaluationRules; 409 when it has rules already. */
export const createEvaluationRules = (year, start, query, idempotencyKey) => request('POST', `/api/v1/evaluation-rules/${year}`, { query, body: start, headers: idempotent(idempotencyKey) });
/** fields: EvaluationRulesFields, replacing the year's rules whole; version: the rules' as read (If-Match); 409 once the year is closed. */
export const updateEvaluationRules = (year, fields, query, version) => request('PUT', `/api/v1/evaluation-rules/${year}`, { query, body: fields, headers: ifMatch(version) });

/** query: { year, committeeId, groupId, sectorId, rating (array), page, size, sort (-score, score, name, -name, memberId, -memberId) } → EvaluationPage. */
export const listEvaluations = (query) => request('GET', '/api/v1/evaluations', { query });
/** query: { committeeId } → EvaluationYear: NOT_COMPUTED, OPEN or CLOSED, when computed, the counts, the published sha256. */
export const getEvaluationYear = (year, query) => request('GET', `/api/v1/evaluations/${year}`, { query });
/** Scores every member of the year again from the records as they are today → EvaluationYear; 409 once closed or without rules. */
export const computeEvaluation = (year, query) => request('POST', `/api/v1/evaluations/${year}/compute`, { query });
/** Computes a last time, freezes the year and publishes its table's SHA-256 → EvaluationYear; 409 before the year is over. */
export const closeEvaluation = (year, query) => request('POST', `/api/v1/evaluations/${year}/close`, { query });
/** A closed year's published table → a Blob of CSV (UTF-8 without BOM) whose SHA-256 is the year's sha256. */
export const exportEvaluationTable = (year, query) => request('GET', `/api/v1/evaluations/${year}/table`, { query, accept: 'text/csv, application/problem+json' });
/** query: { committeeId } → MemberEvaluation, the member's score line by line; 404 while the year is not computed. */
export const getMemberEvaluation = (year, id, query) => request('GET', `/api/v1/evaluations/${year}/members/${id}`, { query });
/** query: { committeeId } → [GroupEvaluation], the best average first. */
export const listGroupEvaluations = (year, query) => request('GET', `/api/v1/evaluations/${year}/groups`, { query });
/** query: { committeeId } → [InactiveMember] (挂牌委员), each with all their reasons, by member id. */
export const listInactiveMembers = (year, query) => request('GET', `/api/v1/evaluations/${year}/inactive`, { query });
export const getReportSummary = (query) => request('GET', '/api/v1/reports/summary', { query });
export const getReportBreakdown = (query) => request('GET', '/api/v1/reports/breakdown', { query });
/** The summary's figures as a file (format csv or xlsx), for the same query as getReportSummary. */
export const exportReportSummary = (query, format = 'csv') => request('GET', '/api/v1/reports/summary/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
/** A breakdown's rows as a file (format csv or xlsx), for the same query as getReportBreakdown (every member row). */
export const exportReportBreakdown = (query, format = 'csv') => request('GET', '/api/v1/reports/breakdown/export', { query, accept: `${FILE_TYPES[format]}, application/problem+json` });
/** draft: EvaluationRulesFields → EvaluationWhatIf: every member by the current rules and by the draft side by side; nothing is saved. */
export const whatIfEvaluation = (year, draft, query) => request('POST', `/api/v1/evaluations/${year}/what-if`, { query, body: draft });
/** query: the filters and sort of listEvaluations (without page and size) → a Blob of XLSX (结果表 and 等次统计 sheets). */
export const exportEvaluations = (year, query) => request('GET', `/api/v1/evaluations/${year}/export`, { query, accept: XLSX });
/** query: { committeeId } → a Blob of XLSX of one member's breakdown (明细, 计入的记录, 最低要求 sheets). */
export const exportMemberEvaluation = (year, id, query) => request('GET', `/api/v1/evaluations/${year}/members/${id}/export`, { query, accept: XLSX });
/** Administrator only; reopening: { reason } → EvaluationYear, OPEN again with the reopening on record. */
export const reopenEvaluation = (year, reopening, query) => request('POST', `/api/v1/evaluations/${year}/reopen`, { query, body: reopening });

/** query: { year, committeeId, memberId, page, size, sort (-madeAt, madeAt, -amount, amount) } → EvaluationAdjustmentPage, latest first; a member sees their own, a group lead their group's. */
export const listEvaluationAdjustments = (query) => request('GET', '/api/v1/evaluation-adjustments', { query });
/** fields: { memberId, year, amount (±, one decimal, not 0), reason } → EvaluationAdjustment; a computed year is computed again at once. */
export const createEvaluationAdjustment = (fields, idempotencyKey) => request('POST', '/api/v1/evaluation-adjustments', { body: fields, headers: idempotent(idempotencyKey) });
export const getEvaluationAdjustment = (id) => request('GET', `/api/v1/evaluation-adjustments/${id}`);
/** 409 once the year is closed, and for one an upheld objection made (it stays with the objection). */
export const deleteEvaluationAdjustment = (id) => request('DELETE', `/api/v1/evaluation-adjustments/${id}`);

/** query: { year, committeeId, status, memberId, page, size, sort (status, -filedAt, filedAt) } → EvaluationObjectionPage, by default the open ones first, then newest first. */
export const listEvaluationObjections = (query) => request('GET', '/api/v1/evaluation-objections', { query });
/** fields: { year, item (EvaluationObjectionItem), reason } → EvaluationObjection, filed by the signed-in member on their own breakdown. */
export const createEvaluationObjection = (fields, idempotencyKey) => request('POST', '/api/v1/evaluation-objections', { body: fields, headers: idempotent(idempotencyKey) });
export const getEvaluationObjection = (id) => request('GET', `/api/v1/evaluation-objections/${id}`);
/** answer: { decision: 'UPHOLD', answer, amount } or { decision: 'REJECT', answer } → the answered EvaluationObjection. */
export const answerEvaluationObjection = (id, answer) => request('POST', `/api/v1/evaluation-objections/${id}/answer`, { body: answer });
