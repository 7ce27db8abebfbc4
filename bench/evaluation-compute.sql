-- The statements POST /api/v1/evaluations/2025/compute runs for one committee, as Hibernate generated them (copied
-- from a run with QUARKUS_HIBERNATE_ORM_LOG_SQL=true, the parameters written in), so bench.sh can time the
-- database's own work for the same SQL through psql. Each timed statement follows an "\echo @label" line; "@-"
-- marks the untimed setup. Run with -v committee=ID after the year has been computed once over HTTP.
-- Left out: the primary-key reads of the account, the committee, the year and its rules, the advisory lock, the
-- update of the year and its audit revision (well under a millisecond each).
\set ON_ERROR_STOP on
\timing on
\o /dev/null
\echo @-
select id as year_id from evaluation_year where committee_id = :committee and year = 2025 \gset

-- EvaluationService: the members with their sector and group.
\echo @members
select me1_0.id, me1_0.birth_year, me1_0.committee_id, me1_0.created_at, me1_0.employer, me1_0.ethnicity, me1_0.gender,
       g1_0.id, g1_0.committee_id, g1_0.convenor_id, g1_0.created_at, g1_0.liaison_name, g1_0.liaison_title, g1_0.name,
       g1_0.sector_id, g1_0.updated_at, g1_0.version, me1_0.job_title, me1_0.name, me1_0.party, me1_0.phone,
       me1_0.sector_id, s1_0.id, s1_0.committee_id, s1_0.created_at, s1_0.name, s1_0.sort_order, s1_0.updated_at,
       s1_0.version, me1_0.status, me1_0.status_date, me1_0.status_reason, me1_0.term_end, me1_0.term_start,
       me1_0.township_id, me1_0.updated_at, me1_0.version
from member me1_0 join sector s1_0 on s1_0.id = me1_0.sector_id left join member_group g1_0 on g1_0.id = me1_0.group_id
where me1_0.committee_id = :committee order by me1_0.id;

-- MemberTerms: each member's status history from the audit trail, then their status and term.
\echo @terms: status history (member_aud)
select id, status, status_date, recorded_on
from (select a.id, a.rev, a.status, a.status_date, cast(timezone('Asia/Shanghai', r.at) as date) as recorded_on,
             lag(a.status) over (partition by a.id order by a.rev) as previous
      from member_aud a join audit_revision r on r.id = a.rev
      where a.revtype <> 2 and a.id in (select m.id from member m where m.committee_id = :committee)) h
where previous is null or previous <> status order by id, rev;
\echo @terms: status and term
select me1_0.id, me1_0.status, me1_0.status_date, me1_0.term_start, me1_0.term_end
from member me1_0 where me1_0.committee_id = :committee order by me1_0.id;

-- The MemberWorkQuery answers, in the order the service ran them.
\echo @work: awards
select ae1_0.member_id, ae1_0.id, ae1_0.awarded_on, ae1_0.title, ae1_0.year
from award ae1_0 where ae1_0.committee_id = :committee and ae1_0.awarded_on between '2025-01-01' and '2025-12-31';

\echo @work: proposals led (filed)
select pe1_0.lead_member_id, pe1_0.id, pe1_0.title, pe1_0.filed_on, pe1_0.status,
       (select count(*) from proposal_member cs1_0 where pe1_0.id = cs1_0.proposal_id)
from proposal pe1_0
where pe1_0.id in (select pe2_0.id from proposal pe2_0 where pe2_0.committee_id = :committee
                     and (pe2_0.filed_on >= '2025-01-01' and pe2_0.filed_on <= '2025-12-31')) and (1 = 1);
\echo @work: proposals co-signed (filed)
select cs1_0.member_id, pe1_0.id, pe1_0.title, pe1_0.filed_on, pe1_0.status,
       (select count(*) from proposal_member cs2_0 where pe1_0.id = cs2_0.proposal_id)
from proposal pe1_0 join proposal_member cs1_0 on pe1_0.id = cs1_0.proposal_id
where pe1_0.id in (select pe2_0.id from proposal pe2_0 where pe2_0.committee_id = :committee
                     and (pe2_0.filed_on >= '2025-01-01' and pe2_0.filed_on <= '2025-12-31')) and (1 = 1);
\echo @work: proposals led (accepted)
select pe1_0.lead_member_id, pe1_0.id, pe1_0.title, pe1_0.accepted_on, pe1_0.status,
       (select count(*) from proposal_member cs1_0 where pe1_0.id = cs1_0.proposal_id)
from proposal pe1_0
where pe1_0.id in (select pe2_0.id from proposal pe2_0 where pe2_0.committee_id = :committee
                     and (pe2_0.status in ('ACCEPTED', 'ANSWERED', 'CLOSED', 'CLOSED') and pe2_0.accepted_on is not null
                          and pe2_0.accepted_on >= '2025-01-01' and pe2_0.accepted_on <= '2025-12-31')) and (1 = 1);
\echo @work: proposals co-signed (accepted)
select cs1_0.member_id, pe1_0.id, pe1_0.title, pe1_0.accepted_on, pe1_0.status,
       (select count(*) from proposal_member cs2_0 where pe1_0.id = cs2_0.proposal_id)
from proposal pe1_0 join proposal_member cs1_0 on pe1_0.id = cs1_0.proposal_id
where pe1_0.id in (select pe2_0.id from proposal pe2_0 where pe2_0.committee_id = :committee
                     and (pe2_0.status in ('ACCEPTED', 'ANSWERED', 'CLOSED', 'CLOSED') and pe2_0.accepted_on is not null
                          and pe2_0.accepted_on >= '2025-01-01' and pe2_0.accepted_on <= '2025-12-31')) and (1 = 1);

\echo @work: consultations
select m1_0.member_id, ce1_0.id, ce1_0.topic, ce1_0.held_on, m1_0.attendance, ce1_0.kind
from consultation ce1_0 join consultation_member m1_0 on ce1_0.id = m1_0.consultation_id
where ce1_0.committee_id = :committee and ce1_0.held_on >= '2025-01-01' and ce1_0.held_on <= '2025-12-31' and (1 = 1);

-- OpinionWork: COLLECTED, ACCEPTED, FORWARDED, ADOPTED and SOLVED (30 quiet days), over the counted statuses
-- (all but DRAFT and MERGED; Hibernate pads the list to 8 by repeating the last).
\echo @work: opinions collected
select s1_0.member_id, oe1_0.id, oe1_0.title, oe1_0.collected_on, oe1_0.accepted_on, oe1_0.forwarded_at,
       oe1_0.adopted_at, oe1_0.status, oe1_0.feedback, oe1_0.closed_on, oe1_0.resolution_entered_on
from opinion oe1_0 join opinion_member s1_0 on oe1_0.id = s1_0.opinion_id
where oe1_0.id in (select oe2_0.id from opinion oe2_0 where oe2_0.committee_id = :committee
                     and (oe2_0.status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CLOSED')
                          and (oe2_0.collected_on >= '2025-01-01' and oe2_0.collected_on <= '2025-12-31'))) and (1 = 1);
\echo @work: opinions accepted
select s1_0.member_id, oe1_0.id, oe1_0.title, oe1_0.collected_on, oe1_0.accepted_on, oe1_0.forwarded_at,
       oe1_0.adopted_at, oe1_0.status, oe1_0.feedback, oe1_0.closed_on, oe1_0.resolution_entered_on
from opinion oe1_0 join opinion_member s1_0 on oe1_0.id = s1_0.opinion_id
where oe1_0.id in (select oe2_0.id from opinion oe2_0 where oe2_0.committee_id = :committee
                     and (oe2_0.status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CLOSED')
                          and (oe2_0.accepted_on is not null and oe2_0.accepted_on >= '2025-01-01'
                               and oe2_0.accepted_on <= '2025-12-31'))) and (1 = 1);
\echo @work: opinions forwarded
select s1_0.member_id, oe1_0.id, oe1_0.title, oe1_0.collected_on, oe1_0.accepted_on, oe1_0.forwarded_at,
       oe1_0.adopted_at, oe1_0.status, oe1_0.feedback, oe1_0.closed_on, oe1_0.resolution_entered_on
from opinion oe1_0 join opinion_member s1_0 on oe1_0.id = s1_0.opinion_id
where oe1_0.id in (select oe2_0.id from opinion oe2_0 where oe2_0.committee_id = :committee
                     and (oe2_0.status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CLOSED')
                          and (oe2_0.forwarded_at is not null and oe2_0.forwarded_at >= '2025-01-01 00:00+08'
                               and oe2_0.forwarded_at < '2026-01-01 00:00+08'))) and (1 = 1);
\echo @work: opinions adopted
select s1_0.member_id, oe1_0.id, oe1_0.title, oe1_0.collected_on, oe1_0.accepted_on, oe1_0.forwarded_at,
       oe1_0.adopted_at, oe1_0.status, oe1_0.feedback, oe1_0.closed_on, oe1_0.resolution_entered_on
from opinion oe1_0 join opinion_member s1_0 on oe1_0.id = s1_0.opinion_id
where oe1_0.id in (select oe2_0.id from opinion oe2_0 where oe2_0.committee_id = :committee
                     and (oe2_0.status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CLOSED')
                          and (oe2_0.adopted_at is not null and oe2_0.adopted_at >= '2025-01-01 00:00+08'
                               and oe2_0.adopted_at < '2026-01-01 00:00+08'))) and (1 = 1);
\echo @work: opinions solved
select s1_0.member_id, oe1_0.id, oe1_0.title, oe1_0.collected_on, oe1_0.accepted_on, oe1_0.forwarded_at,
       oe1_0.adopted_at, oe1_0.status, oe1_0.feedback, oe1_0.closed_on, oe1_0.resolution_entered_on
from opinion oe1_0 join opinion_member s1_0 on oe1_0.id = s1_0.opinion_id
where oe1_0.id in (select oe2_0.id from opinion oe2_0 where oe2_0.committee_id = :committee
                     and (oe2_0.status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'CLOSED')
                          and (((oe2_0.status = 'RESOLVED' and oe2_0.resolution_entered_on <= '2025-12-01'
                                 and oe2_0.resolution_entered_on >= '2024-12-02')
                                or (oe2_0.status = 'CLOSED' and oe2_0.feedback in ('SATISFIED', 'BASICALLY_SATISFIED')
                                    and (oe2_0.closed_on <= '2025-12-31' or oe2_0.resolution_entered_on <= '2025-12-01')
                                    and oe2_0.closed_on >= '2025-01-01' and oe2_0.resolution_entered_on >= '2024-12-02')))))
  and (1 = 1);

\echo @work: duty turns done
select dte1_0.member_id, dte1_0.id, dte1_0.month, p1_0.name, dte1_0.people_reached, dte1_0.missed_reason
from duty_turn dte1_0 join platform p1_0 on p1_0.id = dte1_0.platform_id
where dte1_0.id in (select dte2_0.id from duty_turn dte2_0 where dte2_0.committee_id = :committee
                      and (dte2_0.month >= '2025-01-01' and dte2_0.month <= '2025-12-31' and dte2_0.status = 'DONE'))
  and (1 = 1);
\echo @work: duty turns missed
select dte1_0.member_id, dte1_0.id, dte1_0.month, p1_0.name, dte1_0.people_reached, dte1_0.missed_reason
from duty_turn dte1_0 join platform p1_0 on p1_0.id = dte1_0.platform_id
where dte1_0.id in (select dte2_0.id from duty_turn dte2_0 where dte2_0.committee_id = :committee
                      and (dte2_0.month >= '2025-01-01' and dte2_0.month <= '2025-12-31' and dte2_0.status = 'MISSED'))
  and (1 = 1);

\echo @work: activities
select m1_0.member_id, ae1_0.id, ae1_0.title, ae1_0.activity_date, ae1_0.people_reached, ae1_0.kind
from activity ae1_0 join activity_member m1_0 on ae1_0.id = m1_0.activity_id
where ae1_0.committee_id = :committee and ae1_0.activity_date >= '2025-01-01' and ae1_0.activity_date <= '2025-12-31'
  and (1 = 1);

\echo @work: visits
select m1_0.member_id, ve1_0.id, ve1_0.visit_date, ve1_0.topic, ve1_0.people_received, ve1_0.kind
from visit ve1_0 join visit_member m1_0 on ve1_0.id = m1_0.visit_id
where ve1_0.id in (select ve2_0.id from visit ve2_0 where ve2_0.committee_id = :committee
                     and (ve2_0.visit_date >= '2025-01-01' and ve2_0.visit_date <= '2025-12-31')) and (1 = 1);

\echo @work: evaluation adjustments
select e.member_id, e.id, e.made_at, e.year, e.amount, e.reason from evaluation_adjustment e
where e.committee_id = :committee and (e.made_at >= '2024-12-31 16:00:00+00' and e.made_at < '2025-12-31 16:00:00+00')
  and (1 = 1);
\echo @work: objections filed
select e.member_id, e.id, e.filed_at, e.year, e.item, e.reason from evaluation_objection e
where e.committee_id = :committee and (e.filed_at >= '2024-12-31 16:00:00+00' and e.filed_at < '2025-12-31 16:00:00+00')
  and (1 = 1);
\echo @work: objections answered
select e.member_id, e.id, e.answered_at, e.year, e.status, e.answer from evaluation_objection e
where e.committee_id = :committee
  and (e.answered_at >= '2024-12-31 16:00:00+00' and e.answered_at < '2025-12-31 16:00:00+00') and (1 = 1);

-- EvaluationService: the year's adjustments (加减分), added to each member's score.
\echo @adjustments
select a.member_id, a.id, a.amount, a.reason, a.objection_id, a.created_by, a.made_at from evaluation_adjustment a
where a.committee_id = :committee and a.year = 2025 order by a.made_at, a.id;

-- EvaluationScores.replace: the year's table deleted and written again with the same rows, and the figures of the
-- answer, in one transaction committed as the service's is. The service inserts each row from Java in batches of
-- 500; here the same rows go in one insert, the breakdown JSON copied to a new string so it is compressed and
-- stored again as a fresh value would be.
\echo @-
begin;
\echo @-
create temp table bench_score on commit drop as select * from evaluation_score where evaluation_year_id = :year_id;
\echo @table: delete
delete from evaluation_score where evaluation_year_id = :year_id;
\echo @table: insert
insert into evaluation_score (evaluation_year_id, member_id, member_name, sector_id, sector_name, group_id, group_name,
                              active_from, active_to, active_months, prorated, score, rating, minimum_met,
                              rating_limited, work_items, breakdown, adjustment)
select evaluation_year_id, member_id, member_name, sector_id, sector_name, group_id, group_name, active_from, active_to,
       active_months, prorated, score, rating, minimum_met, rating_limited, work_items, breakdown || '', adjustment
from bench_score;
\echo @table: figures
select count(*), count(*) filter (where rating = 'EXCELLENT'), count(*) filter (where rating = 'COMPETENT'),
       count(*) filter (where rating = 'BASICALLY_COMPETENT'), count(*) filter (where rating = 'INCOMPETENT'),
       count(*) filter (where not minimum_met), count(*) filter (where work_items = 0)
from evaluation_score where evaluation_year_id = :year_id;
\echo @table: commit
commit;
