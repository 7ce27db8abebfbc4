-- Bench data: 40 committees with 2,500 members each (100,000 members), sectors, townships,
-- villages, platforms and groups, generated in SQL so seeding takes seconds. Runs once, on an
-- empty bench database that Flyway has migrated.
\set ON_ERROR_STOP on
-- Who worked when (member_work, V20) is rebuilt once at the end, not kept row by row while seeding.
set cppcc.member_work = 'off';
begin;

insert into committee (name, region, term_number, term_start)
select '政协基准' || c || '市第九届委员会', '基准' || c || '市', 9, date '2021-12-20'
from generate_series(1, 40) c;

insert into sector (committee_id, name, sort_order)
select k.id, s.name, s.ord
from committee k
cross join unnest(array['经济界','农业界','科技界','文化艺术界','工商界','教育界','医药卫生界','社会福利界','中共界','无党派界'])
     with ordinality as s(name, ord);

insert into township (committee_id, name, kind)
select k.id, t.name || '镇', 'TOWN'
from committee k
cross join unnest(array['王杨','桃山','双丰','工农','朗乡','神树','日月峡','年丰','铁力','东方红','西林','红旗']) as t(name);

insert into village (township_id, name, kind)
select t.id, v.name || '村', 'VILLAGE'
from township t
cross join unnest(array['建设','建国','北星','新华','东升','红光','前进','胜利']) as v(name);

insert into platform (committee_id, township_id, name, address)
select t.committee_id, t.id, t.name || '“协骊”联合体', t.name || '人民政府二楼'
from township t;

insert into member_group (committee_id, name, sector_id, liaison_name, liaison_title)
select s.committee_id, s.name || '活动组', s.id, '联络员' || s.id, '专委会主任'
from sector s;

insert into member (committee_id, name, gender, birth_year, ethnicity, party, sector_id, group_id, township_id,
                    employer, job_title, phone, status)
select k.id,
       (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'])[1 + (n * 7) % 20]
         || (array['淳','茜','伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀兰'])[1 + (n * 13) % 20]
         || (array['','华','平','刚','英','文','辉','玲','峰','燕'])[1 + (n * 3) % 10],
       case when n % 3 = 0 then 'FEMALE' else 'MALE' end,
       1955 + n % 45,
       case when n % 9 = 0 then '满族' else '汉族' end,
       (array['中共党员','民革','民盟','民建','民进','农工党','致公党','九三学社','无党派人士','群众'])[1 + n % 10],
       s.id, g.id, t.id,
       (array['林业局','农业农村局','第一中学','人民医院','供电公司','信用联社','市场监管局','文化馆','科技局','建筑公司'])[1 + n % 10]
         || '（' || k.region || '）',
       (array['局长','副局长','校长','主任医师','经理','科长','教师','馆长','工程师','董事长'])[1 + n % 10],
       '13' || lpad(((k.id * 100000 + n) % 1000000000)::text, 9, '0'),
       case when n % 50 = 0 then 'SUSPENDED' when n % 97 = 0 then 'REMOVED' else 'ACTIVE' end
from committee k
cross join generate_series(1, 2500) n
join lateral (select id from sector where committee_id = k.id order by id offset (n % 10) limit 1) s on true
join lateral (select id from member_group where sector_id = s.id limit 1) g on true
join lateral (select id from township where committee_id = k.id order by id offset (n % 12) limit 1) t on true;

-- A studio per township and two years of field work: 2,000 visits per committee (80,000 in all),
-- each with one to three members of its township, every tenth a reception day at the studio.
insert into studio (committee_id, township_id, platform_id, name, mode, address, schedule_weekdays, schedule_note)
select p.committee_id, p.township_id, p.id, t.name || '委员工作室', 'OFFLINE', t.name || '人民政府一楼', '{2}', '每周二上午'
from platform p join township t on t.id = p.township_id;

insert into visit (committee_id, kind, visit_date, start_time, end_time, township_id, studio_id, people_received,
                   topic, recorded_by)
select t.committee_id,
       case when n % 10 = 0 then 'RECEPTION_DAY' when n % 10 < 7 then 'HOUSEHOLD' when n % 10 < 9 then 'INSPECTION'
            else 'PUBLIC_TALK' end,
       date '2024-01-01' + (n * 4 % 700), time '09:00' + (n % 4) * interval '2 hours',
       time '10:30' + (n % 4) * interval '2 hours', t.id,
       case when n % 10 = 0 then (select id from studio where township_id = t.id) end,
       n % 40, '下户走访收集社情民意', 'bench-office-' || t.committee_id
from township t
cross join generate_series(1, 167) n;

-- Members of the visit's township, each at most once a day and time slot.
-- Who took part is kept by visit (visit_participant, V19): rebuilt once for all the visits below, not once a row.
alter table visit_member disable trigger visit_participant_member;
insert into visit_member (visit_id, member_id)
select v.id, m.id
from visit v
join lateral (select id from member where township_id = v.township_id and status = 'ACTIVE'
              order by id offset (v.id % 150) limit 1 + v.id % 3) m on true;
alter table visit_member enable trigger visit_participant_member;
select visit_participant_rebuild();

-- A year of duty turns at every platform (一月一轮值): January to October recorded, November and
-- December of 2025 still scheduled, so they are overdue by now.
insert into duty_turn (committee_id, platform_id, member_id, month, status)
select p.committee_id, p.id, m.id, make_date(2025, mm, 1), case when mm <= 10 then 'DONE' else 'SCHEDULED' end
from platform p
cross join generate_series(1, 12) mm
join lateral (select id from member where township_id = p.township_id and status = 'ACTIVE'
              order by id offset mm - 1 limit 1) m on true;

-- The audit trail as if every member had been entered one by one and a fifth of them edited once:
-- 120,000 revisions numbered past the service's own (its first administrator is revision 1), so the trail's paging and filters are timed at a realistic size.
insert into audit_revision (id, at, actor)
select 10000000 + m.id, timestamptz '2022-01-01 08:00+08' + m.id * interval '5 minutes', 'bench-office-' || m.committee_id
from member m;
insert into member_aud (id, rev, revtype, committee_id, name, gender, birth_year, ethnicity, party, sector_id,
                       group_id, township_id, employer, job_title, phone, status)
select id, 10000000 + id, 0, committee_id, name, gender, birth_year, ethnicity, party, sector_id, group_id, township_id,
       employer, job_title, phone, 'ACTIVE'
from member;
insert into audit_revision (id, at, actor)
select 20000000 + m.id, timestamptz '2024-01-01 08:00+08' + m.id * interval '5 minutes', 'bench-office-' || m.committee_id
from member m where m.id % 5 = 0;
insert into member_aud (id, rev, revtype, committee_id, name, gender, birth_year, ethnicity, party, sector_id,
                       group_id, township_id, employer, job_title, phone, status)
select id, 20000000 + id, 1, committee_id, name, gender, birth_year, ethnicity, party, sector_id, group_id,
       township_id, employer, job_title, phone, status
from member where id % 5 = 0;
select setval(pg_get_serial_sequence('audit_revision', 'id'), (select max(id) from audit_revision));

set cppcc.member_work = 'on';
select member_work_rebuild();
commit;
analyze member_work;
analyze committee, sector, township, village, platform, member_group, member, audit_revision, member_aud, duty_turn, studio,
        visit, visit_member, visit_participant, visit_participant_month;
