-- The days the figures count (DOMAIN.md): 采用 on the day it was accepted, 已解决 from the day a resolution was
-- entered (a resolution dated earlier still counts from then), or from the day the public confirmed it.
alter table opinion
    add column accepted_on           date,
    add column resolution_entered_on date,
    add column closed_on             date;

comment on column opinion.accepted_on is 'Beijing date of the ACCEPT step (采用)';
comment on column opinion.resolution_entered_on is 'Beijing date the current resolution was entered (办结录入日)';
comment on column opinion.closed_on is 'Beijing date of the public''s feedback (评价)';

-- Opinions recorded before these columns take their days from their history.
update opinion o set accepted_on = h.day
from (select opinion_id, min((at at time zone 'Asia/Shanghai')::date) as day
      from opinion_transition where action = 'ACCEPT' group by opinion_id) h
where h.opinion_id = o.id;

update opinion o set resolution_entered_on = h.day
from (select opinion_id, max((at at time zone 'Asia/Shanghai')::date) as day
      from opinion_transition where action = 'RESOLVE' group by opinion_id) h
where h.opinion_id = o.id and o.resolved_on is not null;

update opinion o set closed_on = h.day
from (select opinion_id, max((at at time zone 'Asia/Shanghai')::date) as day
      from opinion_transition where action = 'CLOSE' group by opinion_id) h
where h.opinion_id = o.id and o.status = 'CLOSED';

-- The period filters of the figures.
create index opinion_accepted_idx on opinion (committee_id, accepted_on) where accepted_on is not null;
create index opinion_solved_idx on opinion (committee_id, resolution_entered_on) where resolution_entered_on is not null;
