-- Bench data for the yearly evaluation (一年一考评): two committees of 200 and 4,000 members under a parent
-- committee, and a full calendar year (2025) of everything the evaluation scores, generated in SQL so seeding
-- takes seconds. Runs once, on a migrated bench database without these committees (with or without seed.sql's).
--
-- Per committee of N members, in 2025:
--   * 10 sectors, a group per 30 members (its sector the members'), a township with its platform and studio per
--     15 members, so that the platforms' monthly turns (一月一轮值) give about every member one a year, as the
--     铁力 rules' minimum expects; members spread over the townships; 1 in 50 suspended and 1 in 97 removed
--     during the year, 1 in 61 joined on 1 July (their minimum is prorated), each with the audit trail that says so;
--   * visits of 1 to 5 members of the visit's township (about 8 visit-memberships per active member);
--   * a duty turn at every platform every month, the township's members rotating, about 1 in 11 missed;
--   * 2 opinions per active member, each collected by one member, over the whole lifecycle (drafts to closed with the
--     public's feedback, rejected, merged, still in hand, forwarded to the parent committee and adopted), every
--     lifecycle date where the status says it happened;
--   * a quarterly consultation at every platform with 10 invited members of its township, present, excused or absent;
--   * 0.3 proposals per member with 0 to 4 co-signers, mostly filed around the plenary session, most accepted as
--     cases (accepted_on, case number), answered and closed;
--   * half an activity per member with 1 to 3 members (about one membership per member); awards for 1 in 33.
-- Everything is chosen arithmetically or by hashing a row's number (no random()), so two seedings give the same table.
\set ON_ERROR_STOP on
set work_mem = '64MB';
-- Who worked when (member_work, V20) is rebuilt once at the end, not kept row by row while seeding.
set cppcc.member_work = 'off';
begin;

-- A number 0-99 drawn from n, independent for each salt: a die that does not follow n's residues.
create function pg_temp.die(n bigint, salt int) returns int language sql immutable
as $$ select ((hashint8(n * 1000 + salt)::bigint + 2147483648) % 100)::int $$;

insert into committee (name, region, term_number, term_start)
values ('基准政协（上级）', '基准考评省', 13, date '2023-01-15');

create temp table ev_size (name text, region text, members int) on commit drop;
insert into ev_size values ('基准政协（200名委员）', '基准考评甲县', 200), ('基准政协（4000名委员）', '基准考评乙市', 4000);

insert into committee (name, region, term_number, term_start, parent_id)
select s.name, s.region, 9, date '2021-12-20', (select id from committee where name = '基准政协（上级）')
from ev_size s order by s.members;

create temp table ev_committee on commit drop as
select c.id, s.members, ceil(s.members / 15.0)::int as townships, ceil(s.members / 30.0)::int as groups
from committee c join ev_size s on s.name = c.name;

insert into sector (committee_id, name, sort_order)
select k.id, s.name, s.ord
from ev_committee k
cross join unnest(array['经济界','农业界','科技界','文化艺术界','工商界','教育界','医药卫生界','社会福利界','中共界','无党派界'])
     with ordinality as s(name, ord);

-- Up to 288 names: 24 places, then the same with 东, 西, 南… before them.
insert into township (committee_id, name, kind)
select k.id, p.prefix || t.name || case when t.ord % 4 = 0 then '乡' else '镇' end,
       case when t.ord % 4 = 0 then 'TOWNSHIP' else 'TOWN' end
from ev_committee k
cross join unnest(array['','东','西','南','北','新','老','上','下','前','后','中']) with ordinality as p(prefix, ord)
cross join unnest(array['王杨','桃山','双丰','工农','朗乡','神树','日月峡','年丰','铁力','东方红','西林','红旗',
                        '青山','白杨','金沙','石桥','柳河','长岭','新兴','永安','丰收','太平','和平','兴隆'])
     with ordinality as t(name, ord)
where (p.ord - 1) * 24 + t.ord <= k.townships;

insert into platform (committee_id, township_id, name, address)
select t.committee_id, t.id, t.name || '“协骊”联合体', t.name || '人民政府二楼'
from township t join ev_committee k on k.id = t.committee_id;

insert into studio (committee_id, township_id, platform_id, name, mode, address, schedule_weekdays, schedule_note)
select p.committee_id, p.township_id, p.id, t.name || '委员工作室', 'OFFLINE', t.name || '人民政府一楼', '{2}', '每周二上午'
from platform p join township t on t.id = p.township_id join ev_committee k on k.id = p.committee_id;

insert into opinion_category (committee_id, name, sort_order)
select k.id, d.name, d.sort_order
from ev_committee k
cross join (values ('基础设施', 10), ('农业农村', 20), ('教育', 30), ('医疗', 40), ('社会保障', 50),
                   ('营商环境', 60), ('其他', 100)) as d (name, sort_order);

-- Numbered copies to pick from: sectors, townships (with their platform and studio) and groups by position.
create temp table ev_sector on commit drop as
select s.committee_id, row_number() over (partition by s.committee_id order by s.id)::int as idx, s.id
from sector s join ev_committee k on k.id = s.committee_id;
create temp table ev_township on commit drop as
select t.committee_id, row_number() over (partition by t.committee_id order by t.id)::int as idx, t.id, t.name,
       p.id as platform_id, st.id as studio_id
from township t join ev_committee k on k.id = t.committee_id
join platform p on p.township_id = t.id join studio st on st.township_id = t.id;

insert into member_group (committee_id, name, sector_id, liaison_name, liaison_title)
select k.id, '第' || g || '活动组', s.id, '联络员' || k.id || '-' || g, '专委会副主任'
from ev_committee k
cross join generate_series(1, k.groups) g
join ev_sector s on s.committee_id = k.id and s.idx = 1 + (g - 1) % 10;
create temp table ev_group on commit drop as
select g.committee_id, row_number() over (partition by g.committee_id order by g.id)::int as idx, g.id, g.sector_id
from member_group g join ev_committee k on k.id = g.committee_id;

-- Members: 30 consecutive ones make a group (their sector the group's), townships taken in turn.
insert into member (committee_id, name, gender, birth_year, ethnicity, party, sector_id, group_id, township_id,
                    employer, job_title, phone, status, status_reason, status_date, term_start)
select k.id,
       (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'])[1 + (n * 7) % 20]
         || (array['淳','茜','伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀兰'])[1 + (n * 13) % 20]
         || (array['','华','平','刚','英','文','辉','玲','峰','燕'])[1 + (n * 3) % 10],
       case when n % 3 = 0 then 'FEMALE' else 'MALE' end,
       1958 + n % 40,
       case when n % 9 = 0 then '满族' else '汉族' end,
       (array['中共党员','民革','民盟','民建','民进','农工党','致公党','九三学社','无党派人士','群众'])[1 + n % 10],
       g.sector_id, g.id, t.id,
       (array['林业局','农业农村局','第一中学','人民医院','供电公司','信用联社','市场监管局','文化馆','科技局','建筑公司'])[1 + n % 10],
       (array['局长','副局长','校长','主任医师','经理','科长','教师','馆长','工程师','董事长'])[1 + n % 10],
       '139' || lpad(((k.id * 10000 + n) % 100000000)::text, 8, '0'),
       case when n % 50 = 0 then 'SUSPENDED' when n % 97 = 0 then 'REMOVED' else 'ACTIVE' end,
       case when n % 50 = 0 then '因工作调动暂停履职' when n % 97 = 0 then '因违纪撤销委员资格' end,
       case when n % 50 = 0 or n % 97 = 0 then date '2025-03-01' + (n * 37) % 250 end,
       case when n % 61 = 0 then date '2025-07-01' end
from ev_committee k
cross join generate_series(1, k.members) n
join ev_group g on g.committee_id = k.id and g.idx = 1 + (n - 1) / 30
join ev_township t on t.committee_id = k.id and t.idx = 1 + (n - 1) % k.townships;

-- The audit trail MemberTerms reads the status history from: entered at the start of the term (or on joining),
-- and one more revision on the day a member was suspended or removed.
select setval(pg_get_serial_sequence('audit_revision', 'id'), (select max(id) from audit_revision));
create temp table ev_rev on commit drop as
select m.id as member_id, m.committee_id, nextval(pg_get_serial_sequence('audit_revision', 'id')) as rev,
       coalesce(m.term_start, date '2021-12-20') + time '09:00' + (m.id % 480) * interval '1 minute' as at, 0 as revtype
from member m join ev_committee k on k.id = m.committee_id;
insert into ev_rev
select m.id, m.committee_id, nextval(pg_get_serial_sequence('audit_revision', 'id')),
       m.status_date + time '10:00', 1
from member m join ev_committee k on k.id = m.committee_id
where m.status <> 'ACTIVE';
insert into audit_revision (id, at, actor)
select rev, at at time zone 'Asia/Shanghai', 'bench-office-' || committee_id from ev_rev;
insert into member_aud (id, rev, revtype, committee_id, name, gender, birth_year, ethnicity, party, sector_id,
                       group_id, township_id, employer, job_title, phone, status, status_reason, status_date,
                       term_start, term_end)
select m.id, r.rev, r.revtype, m.committee_id, m.name, m.gender, m.birth_year, m.ethnicity, m.party, m.sector_id,
       m.group_id, m.township_id, m.employer, m.job_title, m.phone,
       case when r.revtype = 0 then 'ACTIVE' else m.status end,
       case when r.revtype = 0 then null else m.status_reason end,
       case when r.revtype = 0 then null else m.status_date end,
       m.term_start, m.term_end
from ev_rev r join member m on m.id = r.member_id;

-- The active members by township and by committee, numbered, for the records to pick from.
create temp table ev_local on commit drop as
select m.township_id, row_number() over (partition by m.township_id order by m.id)::int as idx,
       count(*) over (partition by m.township_id)::int as cnt, m.id
from member m join ev_committee k on k.id = m.committee_id where m.status = 'ACTIVE';
create temp table ev_active on commit drop as
select m.committee_id, row_number() over (partition by m.committee_id order by m.id)::int as idx,
       count(*) over (partition by m.committee_id)::int as cnt, m.id, m.township_id
from member m join ev_committee k on k.id = m.committee_id where m.status = 'ACTIVE';
create index on ev_local (township_id, idx);
create index on ev_active (committee_id, idx);
analyze ev_local, ev_active, ev_township;

-- Visits: 8 memberships per member over 1-5 members a visit (3 on average), through the year; every tenth a
-- reception day at the township's studio, inspections and public talks at its platform. A township's visits take
-- its members in turn (each visit the next 1-5), so every member is at about 8.
create temp table ev_visit on commit drop as
select k.id as committee_id, n, t.id as township_id, t.platform_id, t.studio_id,
       date '2025-01-01' + (n * 7919) % 365 as visit_date, 1 + pg_temp.die(n, 1) % 5 as size
from ev_committee k
cross join generate_series(1, (k.members * 8 + 2) / 3) n
join ev_township t on t.committee_id = k.id and t.idx = 1 + n % k.townships;
alter table ev_visit add column first int;
update ev_visit v set first = x.first
from (select n, committee_id, sum(size) over (partition by township_id order by n) - size as first from ev_visit) x
where x.n = v.n and x.committee_id = v.committee_id;

alter table ev_visit add column id bigint;
update ev_visit set id = nextval(pg_get_serial_sequence('visit', 'id'));
insert into visit (id, committee_id, kind, visit_date, start_time, end_time, township_id, studio_id, platform_id,
                   people_received, topic, notes, recorded_by, created_at, updated_at)
select v.id, v.committee_id,
       case when v.n % 10 = 0 then 'RECEPTION_DAY' when v.n % 10 < 7 then 'HOUSEHOLD' when v.n % 10 < 9 then 'INSPECTION'
            else 'PUBLIC_TALK' end,
       v.visit_date, time '08:30' + (v.n % 4) * interval '2 hours', time '10:00' + (v.n % 4) * interval '2 hours',
       v.township_id, case when v.n % 10 = 0 then v.studio_id end,
       case when v.n % 10 in (7, 8, 9) then v.platform_id end,
       case when v.n % 10 = 0 then 10 + (v.n * 13) % 31 else (v.n * 13) % 9 end,
       (array['下户走访收集社情民意','走访独居老人了解用餐就医困难','村内道路破损情况走访','冬季取暖和用煤情况',
              '大豆种植补贴政策宣讲','听取居民对文体设施的意见','老旧小区加装电梯意愿摸底','了解困难家庭的生活安排'])[1 + v.n % 8],
       case when v.n % 4 = 0 then '群众反映的问题已记录，拟整理为社情民意上报。' end,
       'bench-office-' || v.committee_id, v.visit_date + time '18:00', v.visit_date + time '18:00'
from ev_visit v;
-- Who took part is kept by visit (visit_participant, V19): rebuilt once for all the visits below, not once a row.
alter table visit_member disable trigger visit_participant_member;
insert into visit_member (visit_id, member_id)
select v.id, l.id
from ev_visit v
cross join generate_series(0, v.size - 1) j
join ev_local l on l.township_id = v.township_id and l.idx = 1 + (v.first + j) % l.cnt and j < l.cnt;
alter table visit_member enable trigger visit_participant_member;
select visit_participant_rebuild();

-- 一月一轮值: every platform every month of 2025, the township's members in turn; about 1 in 11 missed.
insert into duty_turn (committee_id, platform_id, member_id, month, status, policy_explained, opinions_collected,
                       events_held, people_reached, note, missed_reason, recorded_at, recorded_by)
select t.committee_id, t.platform_id, l.id, make_date(2025, mm, 1), x.status,
       case when x.status = 'DONE' then true end,
       case when x.status = 'DONE' then (t.platform_id + mm) % 6 end,
       case when x.status = 'DONE' then 1 + (t.platform_id + mm) % 3 end,
       case when x.status = 'DONE' then 15 + (t.platform_id * 7 + mm * 13) % 70 end,
       case when x.status = 'DONE' then '在平台宣讲政策，收集群众意见并现场答复。' end,
       case when x.status = 'MISSED' then '因参加市里培训未能到岗' end,
       (make_date(2025, mm, 1) + interval '1 month' - interval '2 days' + interval '17 hours') at time zone 'Asia/Shanghai',
       'bench-office-' || t.committee_id
from ev_township t
cross join generate_series(1, 12) mm
cross join lateral (select case when pg_temp.die(t.platform_id * 12 + mm, 4) < 9 then 'MISSED' else 'DONE' end as status) x
join ev_local l on l.township_id = t.id and l.idx = 1 + (mm - 1 + t.idx) % l.cnt;

-- 一季一协商: a consultation at every platform each quarter, 10 members of its township invited.
-- Who took part in the consultations, proposals and activities (record_participant, V23) is rebuilt once after them.
alter table consultation_member disable trigger record_participant_attendance;
alter table proposal disable trigger record_participant_proposal;
alter table proposal_member disable trigger record_participant_cosigner;
alter table activity_member disable trigger record_participant_activity_member;
create temp table ev_consultation on commit drop as
select t.committee_id, t.id as township_id, t.platform_id, t.idx, q,
       make_date(2025, q * 3 - 1, 10) + t.idx % 15 as held_on,
       nextval(pg_get_serial_sequence('consultation', 'id')) as id
from ev_township t cross join generate_series(1, 4) q;
insert into consultation (id, committee_id, kind, held_on, township_id, platform_id, topic, summary, recorded_by,
                          created_at, updated_at)
select c.id, c.committee_id, 'QUARTERLY', c.held_on, c.township_id, c.platform_id,
       (array['农村人居环境整治','冬季供暖保障','农村道路养护','黑木耳产业发展','养老服务设施建设','校车安全'])[1 + (c.idx + c.q) % 6]
         || '协商议事会',
       '委员、村民代表和有关部门负责同志围绕议题协商，形成协商成果。', 'bench-office-' || c.committee_id,
       c.held_on + time '17:00', c.held_on + time '17:00'
from ev_consultation c;
insert into consultation_member (consultation_id, member_id, attendance)
select c.id, l.id,
       case when pg_temp.die(c.id * 10 + j, 5) < 80 then 'PRESENT' when pg_temp.die(c.id * 10 + j, 5) < 92 then 'EXCUSED'
            else 'ABSENT' end
from ev_consultation c
cross join generate_series(0, 9) j
join ev_local l on l.township_id = c.township_id and l.idx = 1 + ((c.q - 1) * 10 + j) % l.cnt and j < l.cnt;

-- 社情民意: two per active member, collected by that member in their township. Statuses as a year after:
-- mostly closed with the public's feedback, some resolved without it, some still in hand, rejected, drafts.
create temp table ev_opinion on commit drop as
select a.committee_id, a.township_id, a.id as member_id, n,
       date '2025-01-01' + (n * 37) % 365 as collected_on,
       pg_temp.die(n, 2) as r, pg_temp.die(n, 3) as f, pg_temp.die(n, 8) as g,
       nextval(pg_get_serial_sequence('opinion', 'id')) as id
from ev_committee k
cross join generate_series(1, 2 * k.members) n
join ev_active a on a.committee_id = k.id and a.idx = 1 + (n - 1) % a.cnt;
alter table ev_opinion add column status text, add column visit_id bigint;
update ev_opinion set status = case
    when r < 2 then 'DRAFT' when r < 7 then 'SUBMITTED' when r < 10 then 'REJECTED' when r < 13 then 'ACCEPTED'
    when r < 16 then 'ASSIGNED' when r < 20 then 'IN_PROGRESS' when r < 35 then 'RESOLVED' else 'CLOSED' end;
-- Opinions heard on a visit name one of the township's visits.
update ev_opinion o set visit_id = v.id
from (select township_id, id, row_number() over (partition by township_id order by id)::int as idx,
             count(*) over (partition by township_id)::int as cnt
      from ev_visit) v
where o.n % 5 < 2 and v.township_id = o.township_id and v.idx = 1 + o.n % v.cnt;

alter table opinion disable trigger opinion_slice_opinion_insert;
alter table opinion disable trigger opinion_slice_opinion_update;
alter table opinion_member disable trigger opinion_slice_submitter;
insert into opinion (id, committee_id, title, content, category_id, collected_on, township_id, source, visit_id,
                     raised_by_name, status, status_changed_at, submitted_at, reject_reason, assigned_unit, due_date,
                     resolution, resolved_on, feedback, forwarded_to_id, forwarded_at, adopted_at, instruction,
                     recorded_by, created_at, updated_at, accepted_on, resolution_entered_on, closed_on)
select o.id, o.committee_id, '关于' || tp.title || '的建议',
       t.name || '群众反映：' || tp.problem || '建议有关部门研究解决。', oc.id, o.collected_on, o.township_id,
       case when o.visit_id is not null then 'VISIT' when o.n % 5 < 4 then 'ONLINE' else 'OTHER' end, o.visit_id,
       case when o.n % 2 = 0 then (array['王','李','张','刘','陈'])[1 + o.n % 5] || '秀英' end,
       o.status, d.changed_at,
       case when o.status <> 'DRAFT' then o.collected_on + time '10:00' end,
       case when o.status = 'REJECTED' then '所反映问题已在办理中，不再重复立项。' end,
       case when d.assigned then tp.unit end,
       case when d.assigned then o.collected_on + 45 + o.n % 30 end,
       case when d.resolved then tp.unit || '已实地查看并完成整改，向反映人当面答复。' end,
       d.resolved_on,
       case when o.status = 'CLOSED' then
         case when o.f < 70 then 'SATISFIED' when o.f < 92 then 'BASICALLY_SATISFIED' else 'UNSATISFIED' end end,
       case when d.accepted and o.g < 5 then k.parent_id end,
       case when d.accepted and o.g < 5 then (o.collected_on + 5 + time '15:00') at time zone 'Asia/Shanghai' end,
       case when d.accepted and o.g < 2 then (o.collected_on + 20 + time '15:00') at time zone 'Asia/Shanghai' end,
       case when d.accepted and o.g < 2 then '请有关部门认真研究，提出办理意见。' end,
       'bench-office-' || o.committee_id, o.collected_on + time '09:00', d.changed_at,
       case when d.accepted then o.collected_on + 3 end,
       d.resolved_on,
       case when o.status = 'CLOSED' then d.resolved_on + 3 + o.n % 10 end
from ev_opinion o
join committee k on k.id = o.committee_id
join ev_township t on t.id = o.township_id
cross join lateral (select
    (array['基础设施','基础设施','农业农村','教育','医疗','社会保障','营商环境'])[1 + o.n % 7] as category,
    (array['修缮村内破损道路','维修村屯损坏路灯','改善偏远村屯移动网络信号','解决村民饮水安全问题','加强农村生活垃圾清运',
           '增开城乡公交线路','保障农村学生上学交通安全','发展农村互助养老','加强乡镇卫生院医生队伍建设','规范农村低保评定',
           '缓解小微企业贷款难','压缩企业开办审批时限'])[1 + o.n % 12] as title,
    (array['村内道路年久失修，路面坑洼不平，雨天积水严重。','村里的路灯大多损坏，夜间出行不安全。',
           '偏远村屯移动网络信号弱，网上办事受影响。','自来水水压不足，高处住户经常断水。',
           '生活垃圾清运不及时，夏季异味严重。','城乡公交班次少，末班车时间早。','校车线路少，家长只能骑车接送。',
           '养老服务设施不足，失能老人照护困难。','乡镇卫生院医生短缺，群众看病只能去市里。','低保评定程序不够透明。',
           '小微企业缺少抵押物，贷款门槛高。','企业办理审批事项仍需多头跑。'])[1 + o.n % 12] as problem,
    (array['交通运输局','住房和城乡建设局','工业和信息化局','水务局','生态环境局','交通运输局','教育局','民政局',
           '卫生健康局','民政局','金融服务中心','营商环境建设监督局'])[1 + o.n % 12] as unit) tp
join opinion_category oc on oc.committee_id = o.committee_id and oc.name = tp.category
cross join lateral (select
    o.status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') as accepted,
    o.status in ('ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') as assigned,
    o.status in ('RESOLVED', 'CLOSED') as resolved,
    case when o.status in ('RESOLVED', 'CLOSED') then o.collected_on + 10 + (o.n * 3) % 60 end as resolved_on,
    (case o.status
         when 'DRAFT' then o.collected_on + time '09:00'
         when 'SUBMITTED' then o.collected_on + time '10:00'
         when 'REJECTED' then o.collected_on + 3 + time '10:00'
         when 'ACCEPTED' then o.collected_on + 3 + time '10:00'
         when 'ASSIGNED' then o.collected_on + 5 + time '10:00'
         when 'IN_PROGRESS' then o.collected_on + 8 + time '10:00'
         when 'RESOLVED' then o.collected_on + 10 + (o.n * 3) % 60 + time '16:00'
         else o.collected_on + 13 + (o.n * 3) % 60 + o.n % 10 + time '16:00' end) at time zone 'Asia/Shanghai'
      as changed_at) d;

-- Duplicates merged: one in five opinions still submitted (1 in 100 of all) folds into an earlier closed one of its
-- township.
update opinion o set status = 'MERGED', merged_into_id = x.target,
                     status_changed_at = (o.collected_on + 4 + time '10:00') at time zone 'Asia/Shanghai'
from (select e.id, (select max(c.id) from opinion c where c.township_id = e.township_id and c.id < e.id
                                                      and c.status = 'CLOSED') as target
      from ev_opinion e where e.status = 'SUBMITTED' and e.n % 5 = 0) x
where o.id = x.id and x.target is not null;

insert into opinion_member (opinion_id, member_id)
select id, member_id from ev_opinion;
-- What the opinions count for (V26) is written once from the opinions, not row by row while they are written.
alter table opinion enable trigger opinion_slice_opinion_insert;
alter table opinion enable trigger opinion_slice_opinion_update;
alter table opinion_member enable trigger opinion_slice_submitter;
insert into opinion_slice
select * from opinion_slice_live where committee_id in (select id from ev_committee);
insert into opinion_slice_day
select * from opinion_slice_day_live where committee_id in (select id from ev_committee);
insert into opinion_slice_month
select * from opinion_slice_month_live where committee_id in (select id from ev_committee);
insert into opinion_slice_solution
select * from opinion_slice_solution_live where committee_id in (select id from ev_committee);

-- Proposals: 0.3 per member, seven in ten filed around the plenary session in January, 0-4 co-signers.
create temp table ev_proposal on commit drop as
select a.committee_id, a.id as lead_id, a.idx as lead_idx, a.cnt, n,
       case when n % 10 < 7 then date '2025-01-06' + n % 45 else date '2025-03-01' + (n * 17) % 290 end as filed_on,
       case when pg_temp.die(n, 6) < 5 then 'FILED' when pg_temp.die(n, 6) < 20 then 'NOT_ACCEPTED'
            when pg_temp.die(n, 6) < 35 then 'ACCEPTED' when pg_temp.die(n, 6) < 65 then 'ANSWERED' else 'CLOSED' end as status,
       nextval(pg_get_serial_sequence('proposal', 'id')) as id
from ev_committee k
cross join generate_series(1, (k.members * 3) / 10) n
join ev_active a on a.committee_id = k.id and a.idx = 1 + (n * 7) % a.cnt;
insert into proposal (id, committee_id, title, category, filed_on, lead_member_id, case_number, handling_unit, status,
                      status_changed_at, not_accepted_reason, answered_on, answer, recorded_by, created_at, updated_at,
                      accepted_on)
select p.id, p.committee_id,
       '关于' || (array['加快发展林下经济','推进农村人居环境整治','完善城乡公交体系','提升基层医疗服务能力','扶持小微企业发展',
                        '加强留守儿童关爱','推动黑木耳产业升级','改善农村饮水安全','优化营商环境','发展农村互助养老'])[1 + p.n % 10]
         || '的提案',
       (array['ECONOMY','POLITICS','CULTURE','SOCIETY','ECOLOGY','OTHER'])[1 + p.n % 6],
       p.filed_on, p.lead_id,
       case when p.status in ('ACCEPTED', 'ANSWERED', 'CLOSED') then '2025-' || lpad(p.n::text, 4, '0') end,
       case when p.status in ('ACCEPTED', 'ANSWERED', 'CLOSED')
            then (array['发展和改革局','农业农村局','交通运输局','卫生健康局','工业和信息化局'])[1 + p.n % 5] end,
       p.status,
       (case p.status when 'FILED' then p.filed_on when 'NOT_ACCEPTED' then p.filed_on + 20
                      when 'ACCEPTED' then p.filed_on + 20 when 'ANSWERED' then p.filed_on + 90
                      else p.filed_on + 120 end + time '10:00') at time zone 'Asia/Shanghai',
       case when p.status = 'NOT_ACCEPTED' then '建议内容已纳入相关规划，作为意见建议转有关部门参考。' end,
       case when p.status in ('ANSWERED', 'CLOSED') then p.filed_on + 90 end,
       case when p.status in ('ANSWERED', 'CLOSED') then '承办单位已研究办理，相关措施已列入年度工作计划。' end,
       'bench-office-' || p.committee_id, p.filed_on + time '09:00', p.filed_on + time '09:00',
       case when p.status in ('ACCEPTED', 'ANSWERED', 'CLOSED') then p.filed_on + 20 end
from ev_proposal p;
insert into proposal_member (proposal_id, member_id)
select p.id, a.id
from ev_proposal p
cross join generate_series(1, pg_temp.die(p.n, 7) % 5) j
join ev_active a on a.committee_id = p.committee_id and a.idx = 1 + (p.lead_idx - 1 + j * 3) % p.cnt;

-- Activities (自选动作): half one per member, 1-3 members each.
create temp table ev_activity on commit drop as
select k.id as committee_id, n, date '2025-01-01' + (n * 53) % 365 as activity_date,
       (array['RESEARCH','TRAINING','TRAINING','VOLUNTEER','VOLUNTEER','SCHOOL_READING','BUSINESS_FORUM','OTHER'])[1 + n % 8] as kind,
       nextval(pg_get_serial_sequence('activity', 'id')) as id
from ev_committee k cross join generate_series(1, k.members / 2) n;
insert into activity (id, committee_id, kind, activity_date, title, description, people_reached, recorded_by,
                      created_at, updated_at)
select a.id, a.committee_id, a.kind, a.activity_date,
       case a.kind when 'RESEARCH' then '农村养老服务专题调研' when 'TRAINING' then '委员履职能力培训班'
                   when 'VOLUNTEER' then '“委员在行动”志愿服务' when 'SCHOOL_READING' then '委员进校园读书分享'
                   when 'BUSINESS_FORUM' then '民营企业家座谈会' else '委员自选履职活动' end,
       '委员参加活动并提交材料。', (a.n * 17) % 120, 'bench-office-' || a.committee_id,
       a.activity_date + time '18:00', a.activity_date + time '18:00'
from ev_activity a;
insert into activity_member (activity_id, member_id)
select a.id, m.id
from ev_activity a
cross join generate_series(0, a.n % 3) j
join ev_active m on m.committee_id = a.committee_id and m.idx = 1 + (a.n * 2 + j) % m.cnt;

alter table consultation_member enable trigger record_participant_attendance;
alter table proposal enable trigger record_participant_proposal;
alter table proposal_member enable trigger record_participant_cosigner;
alter table activity_member enable trigger record_participant_activity_member;
select record_participant_rebuild();

-- 表彰: the previous year's outstanding members, awarded in January 2025.
insert into award (committee_id, member_id, year, title, awarded_on, note, recorded_by)
select a.committee_id, a.id, 2024, '2024年度优秀政协委员', date '2025-01-18', '全会期间表彰', 'bench-office-' || a.committee_id
from ev_active a where a.idx % 33 = 0;

-- Each group's convenor (召集人): its first member.
update member_group g set convenor_id = (select min(m.id) from member m where m.group_id = g.id)
where g.committee_id in (select id from ev_committee);
set cppcc.member_work = 'on';
select member_work_rebuild();
commit;
-- Vacuumed as autovacuum would have by the time anyone reads a year's reports, so index-only scans stay index-only.
vacuum analyze committee, sector, township, platform, studio, member_group, member, audit_revision, member_aud, visit,
        visit_member, duty_turn, consultation, consultation_member, opinion_category, opinion, opinion_member,
        proposal, proposal_member, activity, activity_member, award, visit_day, visit_member_day, visit_participant,
        visit_participant_month, opinion_day, opinion_solution_day, opinion_member_day, member_work, visit_month,
        record_participant, record_participant_month, opinion_slice, opinion_slice_day,
        opinion_slice_month, opinion_slice_solution;
