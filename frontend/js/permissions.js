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
