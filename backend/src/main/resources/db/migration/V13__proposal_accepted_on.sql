-- 立案 (DOMAIN.md: proposals accepted as cases in the period) counts the day a proposal was accepted, which no
-- column kept: status_changed_at moves on when the proposal is answered and closed.
alter table proposal add column accepted_on date;

comment on column proposal.accepted_on is 'Beijing date the office accepted the proposal as a case (立案)';

-- Proposals accepted before this column take the day from the audit trail: the revision whose status moved
-- from FILED to ACCEPTED.
update proposal p set accepted_on = h.day
from (select a.id, min((r.at at time zone 'Asia/Shanghai')::date) as day
      from (select id, rev, status, lag(status) over (partition by id order by rev) as before
            from proposal_aud) a
      join audit_revision r on r.id = a.rev
      where a.status = 'ACCEPTED' and a.before = 'FILED'
      group by a.id) h
where h.id = p.id and p.status in ('ACCEPTED', 'ANSWERED', 'CLOSED');

-- Without that step in the trail (recorded before the trail, or entered already handled), the last status change:
-- the acceptance itself for an accepted proposal; for an answered or closed one a later step, so no later than the
-- answer.
update proposal set accepted_on = least((status_changed_at at time zone 'Asia/Shanghai')::date, answered_on)
where accepted_on is null and status in ('ACCEPTED', 'ANSWERED', 'CLOSED');

alter table proposal add constraint proposal_accepted_has_day
    check (status not in ('ACCEPTED', 'ANSWERED', 'CLOSED') or accepted_on is not null);

create index proposal_committee_accepted_idx on proposal (committee_id, accepted_on) where accepted_on is not null;
create index proposal_committee_answered_idx on proposal (committee_id, answered_on) where answered_on is not null;
