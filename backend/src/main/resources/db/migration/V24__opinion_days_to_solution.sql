-- 办理时长 of one opinion, computed where its row is: the days from its submission (Beijing date) to the day it counts
-- as solved (as opinion_solution_days, V17, dates it: the quiet days after the resolution's entry, or a confirming
-- feedback before that), never below 0; null while it is not solved. A report's median by township or by who
-- submitted asks it of each solved opinion, so the opinions' dates need not be read out to count their days.
create function opinion_days_to_solution(status varchar, feedback varchar, closed_on date,
                                         resolution_entered_on date, submitted_at timestamptz, quiet integer)
returns integer
language sql stable as $$
    select greatest(0, (case when status = 'RESOLVED' then resolution_entered_on + quiet
                             when status = 'CLOSED' and feedback in ('SATISFIED', 'BASICALLY_SATISFIED')
                                  and closed_on is not null then least(closed_on, resolution_entered_on + quiet)
                        end) - (submitted_at at time zone 'Asia/Shanghai')::date)
$$;
