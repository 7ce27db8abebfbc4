// What the evaluation's browser tests build before they click: a committee of their own, made through the API, with
// two sectors, a group in each, a township with its platform, and ways to add a member and a visit to it.
import { RUN, TAIL, api } from './support.js';

/** `city` names the committee and its region (考评市, 申诉市…), `township` its township. */
export async function evaluationCommittee(year, city, township) {
  const on = (month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const committee = await api('POST', '/committees', {
    name: `政协${city}第一届委员会（${RUN}）`, region: `${city}${RUN}`, termNumber: 1, termStart: on(1, 1),
  });
  const economy = await api('POST', '/sectors', { committeeId: committee.id, name: `经济界${TAIL}`, sortOrder: 1 });
  const farming = await api('POST', '/sectors', { committeeId: committee.id, name: `农业界${TAIL}`, sortOrder: 2 });
  const first = await api('POST', '/groups', { committeeId: committee.id, name: `第一活动组${TAIL}`, sectorId: economy.id });
  const second = await api('POST', '/groups', { committeeId: committee.id, name: `第二活动组${TAIL}`, sectorId: farming.id });
  const place = await api('POST', '/townships', { committeeId: committee.id, name: `${township}${TAIL}`, kind: 'TOWNSHIP' });
  const platform = await api('POST', '/platforms', { committeeId: committee.id, townshipId: place.id, name: `${township}“协骊”联合体${TAIL}` });
  const person = (name, sector, group, fields = {}) => api('POST', '/members', {
    committeeId: committee.id, name: `${name}${TAIL}`, gender: 'FEMALE', sectorId: sector.id, groupId: group.id, townshipId: place.id, ...fields,
  });
  const visit = (date, peopleReceived, topic, member) => api('POST', '/visits', {
    committeeId: committee.id, kind: 'HOUSEHOLD', date, startTime: '09:00', endTime: '11:00', townshipId: place.id,
    memberIds: [member.id], peopleReceived, topic: `${topic}${TAIL}`,
  });
  return { on, committee, economy, farming, first, second, township: place, platform, person, visit };
}
