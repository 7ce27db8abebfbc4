-- Bench data for public opinions (社情民意): 1,000,000 opinions over the bench's committees, townships,
-- villages and members, generated in SQL. Runs once, after seed.sql, on a bench database with no opinions.
--
-- Shape, roughly as a city's records would look after three years:
--   * committees differ in activity (the busiest has about six times the quietest), townships too;
--   * 30 topics with their own wording, from common (道路, 垃圾, 医保, 网络) to rare (路灯, 桥梁), so a
--     two-character search finds anything from about 1% to 15% of all opinions;
--   * statuses over the whole lifecycle: open ones recent, closed ones up to three years old, due dates
--     on everything handed to a unit (about a fifth of those still in hand are overdue), resolutions,
--     the public's feedback, duplicates merged, some forwarded to the provincial committee and adopted;
--   * one to three submitting members from the opinion's township, a few members far more active;
--   * the history (opinion_transition) of every third opinion, one row per step of its lifecycle.
-- The secondary indexes are dropped while loading and rebuilt from their own definitions afterwards,
-- which is several times faster than maintaining them row by row.
\set ON_ERROR_STOP on
set maintenance_work_mem = '512MB';
set work_mem = '64MB';
select setseed(0.2026);
-- Who worked when (member_work, V20) is rebuilt once at the end, not kept row by row while seeding.
set cppcc.member_work = 'off';
begin;

-- A provincial committee above the 40 city committees, so opinions can be forwarded and adopted.
insert into committee (name, region, term_number, term_start)
select '政协基准省第十三届委员会', '基准省', 13, date '2023-01-15'
where not exists (select from committee where region = '基准省');
update committee set parent_id = (select id from committee where region = '基准省')
where region <> '基准省' and parent_id is null and exists (select from township t where t.committee_id = committee.id);

-- V9 gives the usual categories only to committees that existed when it ran.
insert into opinion_category (committee_id, name, sort_order)
select c.id, d.name, d.sort_order
from committee c
cross join (values ('基础设施', 10), ('农业农村', 20), ('教育', 30), ('医疗', 40), ('社会保障', 50),
                   ('营商环境', 60), ('其他', 100)) as d (name, sort_order)
where not exists (select from opinion_category x where x.committee_id = c.id);

create temp table op_topic (no int primary key, weight int, category text, unit text, words text[],
                            titles text[], problems text[], suggestions text[]) on commit drop;
insert into op_topic values
(1, 110, '基础设施', '交通运输局', '{道路}', '{修缮村内破损道路,解决通村道路坑洼积水问题,加快农村道路硬化}',
 '{村内道路年久失修，路面坑洼不平，雨天积水严重，群众出行十分不便。,通村道路路面狭窄、破损严重，农用车辆和校车通行存在安全隐患。,部分道路硬化后缺乏养护，路基下沉，冬季结冰后多次发生车辆侧滑。}',
 '{建议将该路段列入年度农村公路养护计划，尽快修补路面。,建议交通运输部门实地查看，分段实施道路硬化和加宽。}'),
(2, 12, '基础设施', '住房和城乡建设局', '{路灯}', '{维修村屯损坏路灯,增设村屯照明设施}',
 '{村里的路灯大多损坏，夜间一片漆黑，老人和学生晚上出行不安全。,主街路灯数量少、间距大，冬季天黑早，居民夜间出行困难。}',
 '{建议对损坏路灯统一维修更换，并明确日常管护责任。,建议增设太阳能路灯，解决夜间照明问题。}'),
(3, 45, '基础设施', '工业和信息化局', '{网络}', '{改善偏远村屯移动网络信号,提升农村宽带网速}',
 '{偏远村屯移动网络信号弱，经常打不通电话，网上办事和孩子上网课都受影响。,宽带网速慢、资费偏高，影响电商直播和网络销售农产品。}',
 '{建议协调通信运营商增建基站，实现网络信号全覆盖。,建议推进光纤入户，降低农村宽带资费。}'),
(4, 50, '社会保障', '医疗保障局', '{医保}', '{简化异地就医医保报销手续,减轻城乡居民医保缴费负担}',
 '{城乡居民医保缴费标准逐年提高，部分低收入家庭缴费压力较大。,异地就医医保报销手续繁琐，备案流程复杂，老年人办理困难。}',
 '{建议加大医保缴费补贴力度，对困难群众实行分类资助。,建议推行异地就医直接结算，简化医保备案手续。}'),
(5, 40, '基础设施', '水务局', '{饮水}', '{解决村民饮水安全问题,改造农村自来水管网}',
 '{村里自来水水压不足，高处住户经常断水，水质时有浑浊。,饮水管网老化漏水，冬季管道冻裂，村民只能到井边挑水。}',
 '{建议实施农村饮水安全巩固提升工程，更换老化管网。,建议定期检测水质，并做好管网防冻保温。}'),
(6, 55, '农业农村', '生态环境局', '{垃圾}', '{加强农村生活垃圾清运,整治村屯环境卫生}',
 '{村屯生活垃圾清运不及时，垃圾箱满溢，夏季异味严重。,河道两侧和村口堆放垃圾，影响人居环境。}',
 '{建议增加垃圾清运频次，配齐分类垃圾箱。,建议建立村屯保洁长效机制，落实网格化管理。}'),
(7, 15, '教育', '教育局', '{校车}', '{保障农村学生上学交通安全,增开校车线路}',
 '{撤点并校后学生上学路途远，校车线路少，家长只能骑车接送。,校车车况较差，核载人数紧张，存在安全隐患。}',
 '{建议增开校车线路并加强校车安全检查。,建议对上学路途较远的学生给予交通补助。}'),
(8, 20, '教育', '民政局', '{留守儿童}', '{关爱农村留守儿童,加强留守儿童课后看护}',
 '{村里青壮年外出务工，留守儿童由老人照看，课后无人辅导。,留守儿童心理健康问题较多，学校缺少专职心理教师。}',
 '{建议依托村级活动场所开设课后托管班。,建议配备心理健康教师，定期开展留守儿童关爱活动。}'),
(9, 45, '社会保障', '民政局', '{养老}', '{发展农村互助养老,增加养老服务设施}',
 '{农村老年人多，养老服务设施不足，失能老人照护困难。,乡镇敬老院床位紧张，护理人员短缺，服务水平不高。}',
 '{建议利用闲置校舍建设互助养老幸福院。,建议提高养老护理人员待遇，培训专业护理队伍。}'),
(10, 25, '农业农村', '农业农村局', '{秸秆}', '{推进秸秆综合利用,解决秸秆禁烧后的处理难题}',
 '{秸秆禁烧后缺少打包离田设备，农户处理秸秆成本高。,秸秆还田机械不足，春播前秸秆处理不完影响播种。}',
 '{建议加大秸秆打包和还田机械补贴。,建议引进秸秆饲料化、燃料化加工企业。}'),
(11, 20, '农业农村', '农业农村局', '{黑木耳}', '{拓宽黑木耳销售渠道,扶持黑木耳产业发展}',
 '{黑木耳产量增加，但销售渠道单一，收购价格波动大，种植户收入不稳。,黑木耳菌包生产成本上涨，小农户资金周转困难。}',
 '{建议打造区域公用品牌，发展电商销售黑木耳。,建议设立产业扶持资金，建设黑木耳标准化生产基地。}'),
(12, 20, '农业农村', '发展和改革局', '{大豆}', '{稳定大豆收购价格,落实大豆生产者补贴}',
 '{大豆收购价格偏低，种植效益下降，农户种植积极性受挫。,大豆生产者补贴发放时间晚，标准不够清楚。}',
 '{建议落实大豆收储政策，稳定收购价格。,建议提前公示补贴标准，及时足额发放。}'),
(13, 35, '营商环境', '营商环境建设监督局', '{审批}', '{压缩企业开办审批时限,优化政务服务营商环境}',
 '{企业办理审批事项仍需多头跑，材料重复提交，办理时限长。,部分窗口服务态度生硬，一次性告知不到位，企业反映办事难。}',
 '{建议推行一窗受理、一网通办，压缩审批时限。,建议建立涉企投诉快速响应机制。}'),
(14, 25, '营商环境', '金融服务中心', '{贷款}', '{缓解小微企业贷款难,扩大农户小额信贷}',
 '{小微企业缺少抵押物，贷款门槛高、审批慢、利率高。,农户春耕生产资金需求大，小额信贷额度偏低。}',
 '{建议设立政府性融资担保基金，扩大信用贷款。,建议提高农户小额贷款额度并给予贴息。}'),
(15, 45, '基础设施', '住房和城乡建设局', '{供暖}', '{解决冬季供暖温度不达标问题,改造老旧供热管网}',
 '{冬季供暖温度不达标，部分住户室温不足十六度，老人孩子受冻。,供热管网老化，跑冒滴漏严重，末端住户不热。}',
 '{建议供热企业排查管网，确保室温达标。,建议将老旧供热管网纳入改造计划。}'),
(16, 12, '基础设施', '交通运输局', '{桥梁}', '{维修加固村口危桥,改建村屯便桥}',
 '{村口便桥为木质结构，年久腐朽，汛期存在垮塌风险。,桥梁护栏缺失，夜间通行危险。}',
 '{建议对危桥进行安全鉴定，列入改造计划。,建议尽快增设护栏和警示标志。}'),
(17, 40, '医疗', '卫生健康局', '{卫生院}', '{加强乡镇卫生院医生队伍建设,提升村卫生室服务能力}',
 '{乡镇卫生院医生短缺，年轻医生留不住，群众看病只能去市里。,村卫生室药品种类少，设备陈旧，村医年龄偏大。}',
 '{建议实行县乡医生轮岗，定向培养乡村医生。,建议提高村医补助，配备常用检查设备。}'),
(18, 20, '教育', '教育局', '{幼儿园}', '{增加普惠性幼儿园学位,改善乡镇幼儿园办园条件}',
 '{乡镇公办幼儿园学位不足，民办幼儿园收费较高。,幼儿园教师待遇低、流动性大，保教质量不稳定。}',
 '{建议扩建公办幼儿园，增加普惠性学位。,建议提高幼儿教师待遇，稳定教师队伍。}'),
(19, 25, '社会保障', '民政局', '{低保}', '{规范农村低保评定,提高困难群众救助水平}',
 '{低保评定程序不够透明，群众对个别低保户有意见。,因病致贫家庭申请救助手续多，救助不够及时。}',
 '{建议严格低保评审公示，实行动态管理。,建议简化临时救助程序，做到应救尽救。}'),
(20, 25, '农业农村', '水务局', '{灌溉}', '{修复农田灌溉渠道,加强农田水利建设}',
 '{灌溉渠道多年未清淤，渠体破损渗漏，旱季农田浇不上水。,排水沟不畅，雨季农田内涝，庄稼减产。}',
 '{建议对灌溉渠道清淤衬砌，完善农田水利设施。,建议将排涝工程纳入高标准农田建设。}'),
(21, 15, '其他', '商务局', '{快递}', '{推动快递进村,完善农村物流配送}',
 '{快递只送到镇上，村民取件要跑十几里路，还要另外收费。,农产品外发物流成本高，影响电商发展。}',
 '{建议整合邮政和快递资源，建设村级物流服务站。,建议对农村物流配送给予补贴。}'),
(22, 20, '基础设施', '交通运输局', '{公交}', '{增开城乡公交线路,优化公交发车班次}',
 '{城乡公交班次少，末班车时间早，群众进城办事不方便。,部分村屯不通公交，老人看病出行困难。}',
 '{建议增开城乡公交线路，加密班次。,建议推行预约响应式公交。}'),
(23, 15, '基础设施', '供电公司', '{停电}', '{改造农村电网,减少频繁停电}',
 '{农村电网线路老化，用电高峰电压不稳，经常停电。,停电前通知不到位，影响养殖户和加工户生产。}',
 '{建议实施农网改造升级，增加变压器容量。,建议提前发布停电通知并缩短停电时间。}'),
(24, 15, '基础设施', '住房和城乡建设局', '{危房}', '{加快农村危房改造,排查老旧住房安全隐患}',
 '{部分独居老人仍住在土坯房，墙体开裂，存在安全隐患。,危房改造补助标准偏低，困难户自筹资金有困难。}',
 '{建议全面排查农村住房安全，优先改造困难户危房。,建议提高危房改造补助标准。}'),
(25, 35, '社会保障', '人力资源和社会保障局', '{就业}', '{加强返乡人员就业培训,拓宽农村劳动力就业渠道}',
 '{返乡青年就业岗位少，技能培训针对性不强。,农民工工资拖欠问题时有发生，维权渠道不畅。}',
 '{建议开展订单式技能培训，搭建用工对接平台。,建议畅通农民工讨薪渠道，加强欠薪治理。}'),
(26, 30, '其他', '住房和城乡建设局', '{物业}', '{规范老旧小区物业管理,解决无物业小区管理难题}',
 '{老旧小区无物业管理，楼道堆物、屋面漏水无人维修。,物业服务质量差、收费不透明，业主意见较大。}',
 '{建议推行社区托管物业，落实维修资金。,建议加强物业服务监管，公开收费标准。}'),
(27, 20, '基础设施', '公安局', '{停车}', '{缓解城区停车难,规范占道停车}',
 '{城区停车位不足，车辆占用道路和人行道停放，造成交通拥堵。,学校和医院周边停车难，早晚高峰交通秩序混乱。}',
 '{建议利用闲置地块建设公共停车场。,建议施划临时停车位，加强交通疏导。}'),
(28, 15, '农业农村', '林业和草原局', '{林下}', '{发展林下经济,扶持林下种植养殖}',
 '{林下种植养殖项目审批难，林地使用政策不清楚。,林下经济产品缺少加工企业，附加值低。}',
 '{建议明确林地利用政策，简化审批。,建议引进加工企业，延长林下经济产业链。}'),
(29, 15, '其他', '市场监督管理局', '{食品安全}', '{加强校园周边食品安全监管,整治农村食品小作坊}',
 '{校园周边小摊贩售卖三无食品，学生健康受影响。,农村集市食品来源不明，过期食品时有出现。}',
 '{建议加强校园周边食品安全检查。,建议建立农村集市食品快检制度。}'),
(30, 10, '其他', '文化广电和旅游局', '{文化}', '{丰富农村文化生活,改善村文化广场设施}',
 '{村文化广场健身器材损坏，农家书屋长期不开放。,农村群众文化活动少，冬闲时缺少去处。}',
 '{建议维修更新健身器材，落实农家书屋管理员。,建议组织送戏下乡和群众文艺活动。}');

-- One slot per unit of weight: a uniform draw over the slots picks a topic by its weight.
create temp table op_slot on commit drop as
select row_number() over (order by no, k)::int as i, no from op_topic, generate_series(1, weight) k;

create temp table op_committee on commit drop as
select row_number() over (order by c.id)::int as idx, c.id, c.parent_id,
       (select count(*) from township t where t.committee_id = c.id)::int as townships
from committee c where exists (select from township t where t.committee_id = c.id)
  and c.name not like '基准政协（%';  -- the evaluation's committees keep their own year of work (seed-evaluation.sql)
create temp table op_township on commit drop as
select t.committee_id, row_number() over (partition by t.committee_id order by t.id)::int as idx,
       count(*) over (partition by t.committee_id)::int as cnt, t.id, t.name
from township t;
create temp table op_village on commit drop as
select v.township_id, row_number() over (partition by v.township_id order by v.id)::int as idx,
       count(*) over (partition by v.township_id)::int as cnt, v.id, v.name
from village v;
create temp table op_visit on commit drop as
select v.township_id, row_number() over (partition by v.township_id order by v.id)::int as idx,
       count(*) over (partition by v.township_id)::int as cnt, v.id
from visit v;
create temp table op_duty on commit drop as
select p.township_id, row_number() over (partition by p.township_id order by d.id)::int as idx,
       count(*) over (partition by p.township_id)::int as cnt, d.id
from duty_turn d join platform p on p.id = d.platform_id;
create temp table op_studio on commit drop as
select distinct on (township_id) township_id, id from studio order by township_id, id;
create temp table op_member on commit drop as
select m.township_id, row_number() over (partition by m.township_id order by m.id)::int as idx,
       count(*) over (partition by m.township_id)::int as cnt, m.id
from member m where m.status = 'ACTIVE';
create index on op_township (committee_id, idx);
create index on op_village (township_id, idx);
create index on op_visit (township_id, idx);
create index on op_duty (township_id, idx);
create index on op_member (township_id, idx);
create index on op_slot (i);
analyze op_slot, op_committee, op_township, op_village, op_visit, op_duty, op_studio, op_member;

-- The dice, one column per independent choice.
create temp table op_draw on commit drop as
select n, (select count(*) from op_committee) as k, (select count(*) from op_slot) as slots,
       random() as r_committee, random() as r_township, random() as r_village, random() as r_topic,
       random() as r_second, random() as r_status, random() as r_age, random() as r_due, random() as r_resolve,
       random() as r_feedback, random() as r_source, random() as r_link, random() as r_forward, random() as r_raiser,
       1 + (random() < 0.25)::int + (random() < 0.08)::int as submitters
from generate_series(1, 1000000) n;

create temp table op_gen on commit drop as
select d.n, c.id as committee_id, c.parent_id, t.id as township_id, t.name as township_name,
       v.id as village_id, v.name as village_name, tp.no as topic, tp.category, tp.unit, tp.titles, tp.problems,
       tp.suggestions, tp2.problems as second_problems, s.status,
       current_date - (case
           when s.status = 'DRAFT' then floor(d.r_age * 20)
           when s.status = 'SUBMITTED' then floor(d.r_age * 30)
           when s.status = 'ACCEPTED' then floor(d.r_age * 45)
           when s.status in ('ASSIGNED', 'IN_PROGRESS') then floor(power(d.r_age, 2) * 150)
           when s.status = 'RESOLVED' then 5 + floor(d.r_age * 200)
           else 20 + floor(d.r_age * 1080) end)::int as collected_on,
       case when d.r_source < 0.45 then 'VISIT' when d.r_source < 0.60 then 'DUTY_TURN'
            when d.r_source < 0.72 then 'STUDIO' when d.r_source < 0.90 then 'ONLINE' else 'OTHER' end as source,
       d.r_due, d.r_resolve, d.r_feedback, d.r_link, d.r_forward, d.r_raiser, d.submitters
from op_draw d
join op_committee c on c.idx = 1 + floor(d.k * power(d.r_committee, 1.6))::int
join op_township t on t.committee_id = c.id
 and t.idx = 1 + floor(c.townships * power(d.r_township, 1.3))::int
left join op_village v on v.township_id = t.id and d.r_village < 0.85 and v.idx = 1 + floor(d.r_village / 0.85 * v.cnt)::int
join op_slot s1 on s1.i = 1 + floor(d.r_topic * d.slots)::int
join op_topic tp on tp.no = s1.no
left join op_slot s2 on d.r_second < 0.2 and s2.i = 1 + floor(d.r_second * 5 * d.slots)::int
left join op_topic tp2 on tp2.no = s2.no
cross join lateral (select case
           when d.r_status < 0.02 then 'DRAFT' when d.r_status < 0.07 then 'SUBMITTED'
           when d.r_status < 0.10 then 'ACCEPTED' when d.r_status < 0.15 then 'REJECTED'
           when d.r_status < 0.25 then 'ASSIGNED' when d.r_status < 0.36 then 'IN_PROGRESS'
           when d.r_status < 0.48 then 'RESOLVED' when d.r_status < 0.96 then 'CLOSED' else 'MERGED' end as status) s;

-- Ids follow the collection date, as they would in a live system, after any opinions already there.
create temp table op_final on commit drop as
select (select coalesce(max(id), 0) from opinion) + row_number() over (order by g.collected_on, g.n)::bigint as id, g.*,
       case when g.status in ('ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')
            then g.collected_on + 45 + floor(g.r_due * 60)::int end as due_date,
       case when g.status in ('RESOLVED', 'CLOSED')
            then least(g.collected_on + 7 + floor(g.r_resolve * 60)::int, current_date - case when g.status = 'CLOSED' then 3 else 0 end) end as resolved_on
from op_gen g;
create index on op_final (id);

create temp table op_row on commit drop as
select f.id, f.committee_id, f.township_id, f.village_id, f.status, f.collected_on, f.due_date,
       greatest(f.resolved_on, f.collected_on) as resolved_on, f.submitters, f.r_link, f.source, f.topic,
       '关于' || case when f.village_name is not null and f.n % 3 = 0 then f.village_name else '' end
         || f.titles[1 + f.n % array_length(f.titles, 1)] || '的建议' as title,
       f.township_name || coalesce(f.village_name, '') || '群众反映：'
         || f.problems[1 + (f.n / 7) % array_length(f.problems, 1)]
         || (array['群众对此反映强烈，希望尽快解决。', '此问题已存在多年，多次向有关部门反映未果。',
                   '涉及周边几个村屯，受影响群众较多。', '村民代表在走访中集中反映了这一问题。',
                   '该问题关系群众切身利益，社会关注度较高。', '据了解，全镇类似情况还有多处。',
                   '群众意见较大，希望政府重视。', '问题虽小，却是群众的操心事、烦心事。'])[1 + (f.n / 3) % 8]
         || coalesce('另外，' || f.second_problems[1 + (f.n / 11) % array_length(f.second_problems, 1)], '')
         || f.suggestions[1 + (f.n / 5) % array_length(f.suggestions, 1)]
         || (array['恳请有关部门予以重视。', '望相关部门研究解决。', '请予以协调办理。', '以上意见供参考。',
                   '希望尽快给予答复。', ''])[1 + (f.n / 13) % 6] as content,
       oc.id as category_id,
       case when f.r_raiser < 0.55 then
         (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'])[1 + f.n % 20]
         || (array['秀英','桂兰','建国','玉兰','国华','淑珍','德明','春生','凤琴','长海'])[1 + (f.n / 20) % 10] end as raised_by_name,
       case when f.r_raiser < 0.45 then '15' || lpad((f.n::bigint * 7919 % 1000000000)::text, 9, '0') end as raised_by_phone,
       case when f.status = 'REJECTED' then
         (array['所反映问题已在办理中，不再重复立项。', '不属于本级政协社情民意受理范围，已引导通过信访渠道反映。',
                '反映内容不够具体，请补充核实后重新上报。'])[1 + f.n % 3] end as reject_reason,
       case when f.status in ('ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') then f.unit end as assigned_unit,
       case when f.status in ('RESOLVED', 'CLOSED') then f.unit ||
         (array['已实地查看并制定整改方案，相关工作已完成。', '已协调专项资金完成整改，群众反映的问题得到解决。',
                '已纳入年度计划，先期措施已落实，并向反映人当面答复。'])[1 + f.n % 3] end as resolution,
       case when f.status = 'CLOSED' then
         case when f.r_feedback < 0.70 then 'SATISFIED' when f.r_feedback < 0.92 then 'BASICALLY_SATISFIED'
              else 'UNSATISFIED' end end as feedback,
       case when f.status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') and f.r_forward < 0.04
            then f.parent_id end as forwarded_to_id,
       f.r_forward
from op_final f
join opinion_category oc on oc.committee_id = f.committee_id and oc.name = f.category;
create index on op_row (township_id, id);
analyze op_row;

-- Load without the opinions' daily figures kept row by row: they are rebuilt from the opinions at the end.
alter table opinion disable trigger opinion_day_change;
alter table opinion disable trigger opinion_solution_day_change;
alter table opinion disable trigger opinion_member_day_opinion_update;
alter table opinion disable trigger opinion_member_day_opinion_delete;
alter table opinion_member disable trigger opinion_member_day_submitter;
alter table opinion disable trigger opinion_slice_opinion_insert;
alter table opinion disable trigger opinion_slice_opinion_update;
alter table opinion disable trigger opinion_slice_opinion_delete;
alter table opinion_member disable trigger opinion_slice_submitter;

-- Load without the secondary indexes, then rebuild them from their own definitions (the migration's).
create temp table op_index on commit drop as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = current_schema() and i.tablename in ('opinion', 'opinion_member', 'opinion_transition')
  and not exists (select from pg_constraint c where c.conname = i.indexname);
do $$
declare r record;
begin
    for r in select indexname from op_index loop
        execute format('drop index %I', r.indexname);
    end loop;
end $$;

insert into opinion (id, committee_id, title, content, category_id, collected_on, township_id, village_id, source,
                     visit_id, duty_turn_id, studio_id, raised_by_name, raised_by_phone, status, status_changed_at,
                     submitted_at, reject_reason, assigned_unit, due_date, resolution, resolved_on, feedback,
                     merged_into_id, forwarded_to_id, forwarded_at, adopted_at, instruction, recorded_by,
                     created_at, updated_at, accepted_on, resolution_entered_on, closed_on)
select r.id, r.committee_id, r.title, r.content, r.category_id, r.collected_on, r.township_id, r.village_id, x.source,
       x.visit_id, x.duty_turn_id, x.studio_id, r.raised_by_name, r.raised_by_phone, x.status, x.changed_at,
       case when x.status <> 'DRAFT' then r.collected_on + time '10:00' end, r.reject_reason, r.assigned_unit,
       r.due_date, r.resolution, r.resolved_on, r.feedback, x.merged_into_id, r.forwarded_to_id,
       case when r.forwarded_to_id is not null then least(r.collected_on + time '15:00' + interval '3 days', now()) end,
       case when r.forwarded_to_id is not null and r.r_forward < 0.015
            then least(r.collected_on + time '15:00' + interval '13 days', now()) end,
       case when r.forwarded_to_id is not null and r.r_forward < 0.015 then '请有关部门认真研究，提出办理意见。' end,
       'bench-office-' || r.committee_id, r.collected_on + time '09:00', x.changed_at,
       -- The days the figures count: accepted three days after collection, resolutions entered on their date,
       -- feedback three days after the resolution.
       case when x.status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')
            then least(r.collected_on + 3, current_date) end,
       case when x.status in ('RESOLVED', 'CLOSED') then r.resolved_on end,
       case when x.status = 'CLOSED' then least(r.resolved_on + 3, current_date) end
from op_row r
cross join lateral (
    select case when m.merged_into_id is null and r.status = 'MERGED' then 'SUBMITTED' else r.status end as status,
           m.merged_into_id,
           case when r.source = 'VISIT' and vi.id is not null then 'VISIT'
                when r.source = 'DUTY_TURN' and du.id is not null then 'DUTY_TURN'
                when r.source = 'STUDIO' and st.id is not null then 'STUDIO'
                when r.source in ('VISIT', 'DUTY_TURN', 'STUDIO') then 'OTHER' else r.source end as source,
           case when r.source = 'VISIT' then vi.id end as visit_id,
           case when r.source = 'DUTY_TURN' then du.id end as duty_turn_id,
           case when r.source = 'STUDIO' then st.id end as studio_id,
           least(case r.status
                     when 'DRAFT' then r.collected_on + time '09:00'
                     when 'SUBMITTED' then r.collected_on + time '10:00'
                     when 'ACCEPTED' then r.collected_on + time '10:00' + interval '3 days'
                     when 'REJECTED' then r.collected_on + time '10:00' + interval '3 days'
                     when 'ASSIGNED' then r.collected_on + time '10:00' + interval '5 days'
                     when 'IN_PROGRESS' then r.collected_on + time '10:00' + interval '8 days'
                     when 'RESOLVED' then r.resolved_on + time '16:00'
                     when 'CLOSED' then r.resolved_on + time '16:00' + interval '3 days'
                     else r.collected_on + time '10:00' + interval '4 days' end, now()) as changed_at
    from (select (select max(p.id) from op_row p
                  where r.status = 'MERGED' and p.township_id = r.township_id and p.id < r.id and p.id > r.id - 5000
                    and p.status not in ('DRAFT', 'REJECTED', 'MERGED')) as merged_into_id) m
    left join op_visit vi on vi.township_id = r.township_id and vi.idx = 1 + floor(r.r_link * vi.cnt)::int
    left join op_duty du on du.township_id = r.township_id and du.idx = 1 + floor(r.r_link * du.cnt)::int
    left join op_studio st on st.township_id = r.township_id
    limit 1) x
order by r.id;
select setval(pg_get_serial_sequence('opinion', 'id'), (select max(id) from opinion));

-- One to three submitters from the opinion's township; a few members submit far more than the rest.
insert into opinion_member (opinion_id, member_id)
select p.id, m.id
from (select f.id, f.township_id, random() as r from op_final f cross join generate_series(1, f.submitters) j) p
join op_member m on m.township_id = p.township_id and m.idx = 1 + floor(m.cnt * power(p.r, 2))::int
on conflict do nothing;

-- The history of every third opinion: each step of its lifecycle up to where it stands.
insert into opinion_transition (opinion_id, action, from_status, to_status, at, actor, note, assigned_unit, due_date,
                                resolved_on, feedback, merged_into_id)
select o.id, s.action, s.from_status, s.to_status,
       least(case when s.action = 'RESOLVE' then o.resolved_on + time '16:00'
                  when s.action = 'CLOSE' then o.resolved_on + time '16:00' + interval '3 days'
                  else o.collected_on + time '09:00' + s.after end, now()),
       'bench-office-' || o.committee_id,
       case s.action when 'REJECT' then o.reject_reason when 'RESOLVE' then o.resolution
                     when 'PROGRESS' then '承办单位已现场查看，正在制定方案。' end,
       case when s.action = 'ASSIGN' then o.assigned_unit end, case when s.action = 'ASSIGN' then o.due_date end,
       case when s.action = 'RESOLVE' then o.resolved_on end, case when s.action = 'CLOSE' then o.feedback end,
       case when s.action = 'MERGE' then o.merged_into_id end
from opinion o
join (values
    ('CREATE', null, 'DRAFT', interval '0', '{DRAFT,SUBMITTED,ACCEPTED,REJECTED,ASSIGNED,IN_PROGRESS,RESOLVED,CLOSED,MERGED}'::text[], 1),
    ('SUBMIT', 'DRAFT', 'SUBMITTED', interval '1 hour', '{SUBMITTED,ACCEPTED,REJECTED,ASSIGNED,IN_PROGRESS,RESOLVED,CLOSED,MERGED}', 2),
    ('REJECT', 'SUBMITTED', 'REJECTED', interval '3 days', '{REJECTED}', 3),
    ('MERGE', 'SUBMITTED', 'MERGED', interval '4 days', '{MERGED}', 3),
    ('ACCEPT', 'SUBMITTED', 'ACCEPTED', interval '3 days', '{ACCEPTED,ASSIGNED,IN_PROGRESS,RESOLVED,CLOSED}', 3),
    ('ASSIGN', 'ACCEPTED', 'ASSIGNED', interval '5 days', '{ASSIGNED,IN_PROGRESS,RESOLVED,CLOSED}', 4),
    ('START', 'ASSIGNED', 'IN_PROGRESS', interval '8 days', '{IN_PROGRESS,RESOLVED,CLOSED}', 5),
    ('PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', interval '12 days', '{IN_PROGRESS,RESOLVED,CLOSED}', 6),
    ('RESOLVE', 'IN_PROGRESS', 'RESOLVED', interval '0', '{RESOLVED,CLOSED}', 7),
    ('CLOSE', 'RESOLVED', 'CLOSED', interval '0', '{CLOSED}', 8)
) as s (action, from_status, to_status, after, reached_in, step) on o.status = any (s.reached_in)
where o.id % 3 = 0 and o.id >= (select min(id) from op_final)
order by o.id, s.step;

do $$
declare r record;
begin
    for r in select indexdef from op_index loop
        execute r.indexdef;
    end loop;
end $$;
alter table opinion enable trigger opinion_day_change;
alter table opinion enable trigger opinion_solution_day_change;
alter table opinion enable trigger opinion_member_day_opinion_update;
alter table opinion enable trigger opinion_member_day_opinion_delete;
alter table opinion_member enable trigger opinion_member_day_submitter;
alter table opinion enable trigger opinion_slice_opinion_insert;
alter table opinion enable trigger opinion_slice_opinion_update;
alter table opinion enable trigger opinion_slice_opinion_delete;
alter table opinion_member enable trigger opinion_slice_submitter;
select opinion_day_rebuild();
set cppcc.member_work = 'on';
select member_work_rebuild();
commit;
analyze member_work;
vacuum analyze committee, opinion_category, opinion, opinion_member, opinion_transition, opinion_day, opinion_solution_day, opinion_member_day;
