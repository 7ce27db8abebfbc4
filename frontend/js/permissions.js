// Who is signed in and what their role may change, so screens offer only what the service allows.
// The service still decides: this only hides buttons that would answer 403.

/** The roles of each write, and of the few reads not open to every role, as their x-roles in openapi.yaml say. */
const WRITERS = {
  createCommittee: ['ADMIN'],
  updateCommittee: ['ADMIN', 'OFFICE'],
  deleteCommittee: ['ADMIN'],
  createSector: ['ADMIN', 'OFFICE'],
  updateSector: ['ADMIN', 'OFFICE'],
  deleteSector: ['ADMIN', 'OFFICE'],
  createTownship: ['ADMIN', 'OFFICE'],
  updateTownship: ['ADMIN', 'OFFICE'],
  deleteTownship: ['ADMIN', 'OFFICE'],
  createVillage: ['ADMIN', 'OFFICE'],
  updateVillage: ['ADMIN', 'OFFICE'],
  deleteVillage: ['ADMIN', 'OFFICE'],
  createPlatform: ['ADMIN', 'OFFICE'],
  updatePlatform: ['ADMIN', 'OFFICE'],
  deletePlatform: ['ADMIN', 'OFFICE'],
  createGroup: ['ADMIN', 'OFFICE'],
  updateGroup: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON'],
  deleteGroup: ['ADMIN', 'OFFICE'],
  createMember: ['ADMIN', 'OFFICE'],
  updateMember: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON'],
  deleteMember: ['ADMIN', 'OFFICE'],
  changeMemberStatus: ['ADMIN', 'OFFICE'],
  createStudio: ['ADMIN', 'OFFICE'],
  updateStudio: ['ADMIN', 'OFFICE'],
  deleteStudio: ['ADMIN', 'OFFICE'],
  createVisit: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  updateVisit: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  deleteVisit: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  createProposal: ['ADMIN', 'OFFICE', 'MEMBER'],
  updateProposal: ['ADMIN', 'OFFICE', 'MEMBER'],
  deleteProposal: ['ADMIN', 'OFFICE', 'MEMBER'],
  changeProposalStatus: ['ADMIN', 'OFFICE'],
  createActivity: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  updateActivity: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  deleteActivity: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  createDutyTurn: ['ADMIN', 'OFFICE'],
  updateDutyTurn: ['ADMIN', 'OFFICE'],
  deleteDutyTurn: ['ADMIN', 'OFFICE'],
  planDutyRoster: ['ADMIN', 'OFFICE'],
  swapDutyTurns: ['ADMIN', 'OFFICE'],
  recordDutyTurn: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  createOpinionCategory: ['ADMIN', 'OFFICE'],
  updateOpinionCategory: ['ADMIN', 'OFFICE'],
  deleteOpinionCategory: ['ADMIN', 'OFFICE'],
  createOpinion: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  updateOpinion: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  deleteOpinion: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  transitionOpinion: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  createConsultation: ['ADMIN', 'OFFICE'],
  updateConsultation: ['ADMIN', 'OFFICE'],
  deleteConsultation: ['ADMIN', 'OFFICE'],
  createOutcome: ['ADMIN', 'OFFICE'],
  updateOutcome: ['ADMIN', 'OFFICE'],
  deleteOutcome: ['ADMIN', 'OFFICE'],
  transitionOutcome: ['ADMIN', 'OFFICE'],
  exportMemberRecord: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  createAward: ['ADMIN', 'OFFICE'],
  deleteAward: ['ADMIN', 'OFFICE'],
  createEvaluationRules: ['ADMIN', 'OFFICE'],
  computeEvaluation: ['ADMIN', 'OFFICE'],
  closeEvaluation: ['ADMIN', 'OFFICE'],
  listEvaluations: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'REPORTER'],
  exportEvaluationTable: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'REPORTER'],
  listGroupEvaluations: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'REPORTER'],
  listInactiveMembers: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON'],
  getMemberEvaluation: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  updateEvaluationRules: ['ADMIN', 'OFFICE'],
  whatIfEvaluation: ['ADMIN', 'OFFICE'],
  reopenEvaluation: ['ADMIN'],
  exportEvaluations: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'REPORTER'],
  exportMemberEvaluation: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  listEvaluationAdjustments: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  createEvaluationAdjustment: ['ADMIN', 'OFFICE'],
  deleteEvaluationAdjustment: ['ADMIN', 'OFFICE'],
  listEvaluationObjections: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  createEvaluationObjection: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'MEMBER'],
  answerEvaluationObjection: ['ADMIN', 'OFFICE'],
  getReportSummary: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'REPORTER'],
  getReportBreakdown: ['ADMIN', 'OFFICE', 'CONVENOR', 'LIAISON', 'REPORTER'],
  listAccounts: ['ADMIN'],
  listApiTokens: ['ADMIN'],
  listAuditEvents: ['ADMIN', 'OFFICE'],
  listPersonalDataReads: ['ADMIN', 'OFFICE'],
};

/** Convenors and liaisons change only their own activity group and its members. */
const GROUP_LEADS = ['CONVENOR', 'LIAISON'];

let caller = null;

/** The CurrentCaller of the session (kind, name, displayName, role, committeeId, memberId, groupId), or null. */
export const currentCaller = () => caller;

export function setCaller(signedIn) {
  caller = signedIn;
}

/**
 * Whether the signed-in role may run the operation; with a record (a group, or a member with its
 * groupId), whether it may run it on that record.
 */
export function may(operationId, record) {
  if (!caller || !(WRITERS[operationId] ?? []).includes(caller.role)) return false;
  if (!record || !GROUP_LEADS.includes(caller.role)) return true;
  const groupId = operationId.endsWith('Group') ? record.id : record.groupId;
  return groupId === caller.groupId;
}

/**
 * Whether the signed-in person may record a duty turn as done or missed: the office any turn, a member
 * only their own, a convenor or liaison their own and their group's members' (memberGroupId: the
 * turn's member's group, from the members list).
 */
export function mayRecordTurn(turn, memberGroupId) {
  if (!caller || !WRITERS.recordDutyTurn.includes(caller.role)) return false;
  if (caller.role === 'MEMBER') return turn.memberId === caller.memberId;
  if (GROUP_LEADS.includes(caller.role)) return turn.memberId === caller.memberId || (memberGroupId != null && memberGroupId === caller.groupId);
  return true;
}

/**
 * Whether the signed-in person may open a member's 履职档案 (getMemberRecord): the office, the administrator and
 * the reporter (counts only) any member's; a member their own; a convenor or liaison their own and their group's.
 */
export function mayReadRecord(member) {
  if (!caller) return false;
  if (member.id === caller.memberId) return true;
  if (caller.role === 'MEMBER') return false;
  if (GROUP_LEADS.includes(caller.role)) return member.groupId != null && member.groupId === caller.groupId;
  return true;
}

/**
 * Whether the signed-in person may open a member's 考评明细 (getMemberEvaluation): the office and the administrator
 * any member's, a member their own, a convenor or liaison their own and their group's (groupId: the member's group
 * in the year's table); a reporter reads the table only.
 */
export function mayReadEvaluation(memberId, groupId) {
  if (!caller || !WRITERS.getMemberEvaluation.includes(caller.role)) return false;
  if (memberId != null && memberId === caller.memberId) return true;
  if (caller.role === 'MEMBER') return false;
  if (GROUP_LEADS.includes(caller.role)) return groupId != null && groupId === caller.groupId;
  return true;
}

/** Whether the signed-in person may object to this breakdown (createEvaluationObjection): only a member, to their own. */
export function mayObjectTo(memberId) {
  return Boolean(caller) && WRITERS.createEvaluationObjection.includes(caller.role) && caller.memberId != null && memberId === caller.memberId;
}

/** Undoing a duty turn's record is the office's alone. */
export const mayUndoRecord = () => Boolean(caller) && ['ADMIN', 'OFFICE'].includes(caller.role);

/** The committee office and the administrator: they see and change every record of the committee. */
export const isOffice = () => Boolean(caller) && ['ADMIN', 'OFFICE'].includes(caller.role);

/**
 * Whether the signed-in person may change or delete a visit (operationId updateVisit or deleteVisit): the
 * office any; a member one they recorded or were present at; a convenor or liaison one whose members are
 * all of their group (groupMemberIds: the ids of the group's members).
 */
export function mayChangeVisit(operationId, visit, groupMemberIds = new Set()) {
  if (!caller || !(WRITERS[operationId] ?? []).includes(caller.role)) return false;
  if (caller.role === 'MEMBER') return visit.recordedBy === caller.name || visit.members.some((m) => m.id === caller.memberId);
  if (GROUP_LEADS.includes(caller.role)) return visit.members.every((m) => groupMemberIds.has(m.id));
  return true;
}

/** Opinion states in which the office may still change an opinion's fields; its submitters only in the first two. */
const OFFICE_EDITABLE = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'];
const SUBMITTER_EDITABLE = ['DRAFT', 'SUBMITTED'];

/**
 * Whether the signed-in person may change (updateOpinion) or delete (deleteOpinion) an opinion: the office
 * until it is resolved, rejected or merged; a member one they submit while a draft or just submitted; a
 * convenor or liaison also their group's (groupMemberIds). Only drafts are deleted.
 */
export function mayChangeOpinion(operationId, opinion, groupMemberIds = new Set()) {
  if (!caller || !(WRITERS[operationId] ?? []).includes(caller.role)) return false;
  if (operationId === 'deleteOpinion' && opinion.status !== 'DRAFT') return false;
  if (isOffice()) return OFFICE_EDITABLE.includes(opinion.status);
  if (!SUBMITTER_EDITABLE.includes(opinion.status)) return false;
  const submitters = opinion.submitters.map((m) => m.id);
  if (submitters.includes(caller.memberId)) return true;
  return GROUP_LEADS.includes(caller.role) && submitters.some((id) => groupMemberIds.has(id));
}

/**
 * Whether the signed-in person may change or delete an activity (updateActivity or deleteActivity): as for
 * visits, the office any, a member one they recorded or attended, a group lead one of their group's members.
 */
export const mayChangeActivity = (operationId, activity, groupMemberIds) => mayChangeVisit(operationId, activity, groupMemberIds);

/**
 * Whether the signed-in person may change or withdraw a proposal (updateProposal or deleteProposal): the
 * office any; a member one they lead, until the office has handled it.
 */
export function mayChangeProposal(operationId, proposal) {
  if (!caller || !(WRITERS[operationId] ?? []).includes(caller.role)) return false;
  if (caller.role === 'MEMBER') return proposal.leadMember.id === caller.memberId && proposal.status === 'FILED';
  return true;
}
