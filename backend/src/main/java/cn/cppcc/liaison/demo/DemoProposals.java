package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.activity.ActivityEntity;
import cn.cppcc.liaison.activity.ActivityKind;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.proposal.ProposalCategory;
import cn.cppcc.liaison.proposal.ProposalEntity;
import cn.cppcc.liaison.proposal.ProposalStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A demo committee's proposals and its members' other work (调研报告, 培训, 志愿服务, 进校园读书, 企业家座谈) of last
 * year and this year so far. Most proposals are filed for the plenary session in the first half of January (大会提案),
 * the rest during the year (平时提案); each is accepted as a case a week or two later (a few not), answered within
 * three months and closed once the member is satisfied, as far as its age allows; whatever the date, the latest of
 * them still waits for its answer and another for closing, so every state is on the list. Every
 * year has the annual training, attended by most members, and its research, volunteering, school readings and business
 * forums, each on a day of its season; the year opens with a volunteer day around New Year's Day. Leads, co-signers
 * and participants are drawn among the members at their usual work (those who have filed least that year first); the
 * members doing very little come only to the training, the 挂牌委员 to nothing. In the article's quarter
 * ({@link DemoArticleQuarter}) the 书院路街道政协小组 writes up its research, so 岳塘区 has its three research reports then.
 */
final class DemoProposals {

    private record Plan(String title, ProposalCategory category, String unit) {
    }

    /** A piece of work done once a year, in a month from {@code firstMonth} to {@code lastMonth}. */
    private record Work(ActivityKind kind, String title, String description, int people, int firstMonth,
            int lastMonth, int members) {
    }

    private static final List<Plan> TIELI_PROPOSALS = List.of(
            new Plan("关于加快铁力大米区域公用品牌建设的提案", ProposalCategory.ECONOMY, "铁力市农业农村局"),
            new Plan("关于修缮王杨乡通村道路的提案", ProposalCategory.SOCIETY, "铁力市交通运输局"),
            new Plan("关于在桃山镇增建移动通信基站的提案", ProposalCategory.SOCIETY, "铁力市工业和信息化局"),
            new Plan("关于发展林下经济 拓宽林区群众增收渠道的提案", ProposalCategory.ECONOMY, "铁力市林业和草原局"),
            new Plan("关于保护呼兰河上游水源地的提案", ProposalCategory.ECOLOGY, "铁力市生态环境局"),
            new Plan("关于加强农村文化活动广场建设的提案", ProposalCategory.CULTURE, "铁力市文化广电和旅游局"),
            new Plan("关于调整个人宅基地纠纷的建议", ProposalCategory.OTHER, null),
            new Plan("关于拓宽蓝莓鲜果销售渠道的提案", ProposalCategory.ECONOMY, "铁力市商务局"),
            new Plan("关于加快高标准农田建设的提案", ProposalCategory.ECONOMY, "铁力市农业农村局"),
            new Plan("关于做好双丰镇建国村红色旅游文章的提案", ProposalCategory.CULTURE, "铁力市文化广电和旅游局"),
            new Plan("关于改善农村学校冬季取暖条件的提案", ProposalCategory.SOCIETY, "铁力市教育局"),
            new Plan("关于补齐农村学校音体美教师短板的提案", ProposalCategory.SOCIETY, "铁力市教育局"),
            new Plan("关于加强村卫生室标准化建设的提案", ProposalCategory.SOCIETY, "铁力市卫生健康局"),
            new Plan("关于简化异地就医备案手续的提案", ProposalCategory.SOCIETY, "铁力市医疗保障局"),
            new Plan("关于发展农村互助养老和助老餐厅的提案", ProposalCategory.SOCIETY, "铁力市民政局"),
            new Plan("关于解决农村困难群众冬季取暖问题的提案", ProposalCategory.SOCIETY, "铁力市民政局"),
            new Plan("关于推进农村生活垃圾收运处理的提案", ProposalCategory.ECOLOGY, "铁力市住房和城乡建设局"),
            new Plan("关于加强农村饮水安全工程管护的提案", ProposalCategory.SOCIETY, "铁力市水务局"),
            new Plan("关于优化营商环境 落实惠企政策的提案", ProposalCategory.ECONOMY, "铁力市营商环境建设监督局"),
            new Plan("关于支持大豆种植专业合作社发展的提案", ProposalCategory.ECONOMY, "铁力市农业农村局"),
            new Plan("关于加强林区森林防火和生态保护的提案", ProposalCategory.ECOLOGY, "铁力市林业和草原局"),
            new Plan("关于发展冰雪旅游 打造桃山旅游品牌的提案", ProposalCategory.ECONOMY, "铁力市文化广电和旅游局"),
            new Plan("关于加强流浪犬管理的提案", ProposalCategory.SOCIETY, "铁力市公安局"),
            new Plan("关于规范农村殡葬管理的提案", ProposalCategory.SOCIETY, "铁力市民政局"),
            new Plan("关于健全委员联系界别群众制度的提案", ProposalCategory.POLITICS, "政协铁力市委员会办公室"),
            new Plan("关于加强基层法律服务的提案", ProposalCategory.POLITICS, "铁力市司法局"),
            new Plan("关于建设铁力市全民健身中心的提案", ProposalCategory.CULTURE, "铁力市文化广电和旅游局"),
            new Plan("关于推动农村电商进村入户的提案", ProposalCategory.ECONOMY, "铁力市商务局"));

    private static final List<Plan> YUETANG_PROPOSALS = List.of(
            new Plan("关于老旧小区加装电梯的提案", ProposalCategory.SOCIETY, "岳塘区住房和城乡建设局"),
            new Plan("关于友谊小学门前增设交通安全设施的提案", ProposalCategory.SOCIETY, "湘潭市公安局岳塘分局"),
            new Plan("关于竹埠港老工业区生态修复后续利用的提案", ProposalCategory.ECOLOGY, "岳塘区自然资源局"),
            new Plan("关于优化营商环境 支持民营企业发展的提案", ProposalCategory.ECONOMY, "岳塘区发展和改革局"),
            new Plan("关于推进社区居家养老服务的提案", ProposalCategory.SOCIETY, "岳塘区民政局"),
            new Plan("关于加强基层协商民主制度建设的提案", ProposalCategory.POLITICS, "政协湘潭市岳塘区委员会办公室"),
            new Plan("关于破解老旧小区停车难的提案", ProposalCategory.SOCIETY, "岳塘区城市管理和综合执法局"),
            new Plan("关于完善社区文体设施的提案", ProposalCategory.CULTURE, "岳塘区文化旅游广电体育局"),
            new Plan("关于背街小巷提质改造的提案", ProposalCategory.SOCIETY, "岳塘区城市管理和综合执法局"),
            new Plan("关于推进垃圾分类示范小区建设的提案", ProposalCategory.ECOLOGY, "岳塘区城市管理和综合执法局"),
            new Plan("关于增建小区新能源汽车充电桩的提案", ProposalCategory.ECOLOGY, "岳塘区发展和改革局"),
            new Plan("关于延长课后托管服务时间的提案", ProposalCategory.SOCIETY, "岳塘区教育局"),
            new Plan("关于社区卫生服务中心开设夜间门诊的提案", ProposalCategory.SOCIETY, "岳塘区卫生健康局"),
            new Plan("关于建立独居老人就医陪诊服务的提案", ProposalCategory.SOCIETY, "岳塘区民政局"),
            new Plan("关于缩短困难家庭临时救助审批周期的提案", ProposalCategory.SOCIETY, "岳塘区民政局"),
            new Plan("关于加强无障碍设施管护的提案", ProposalCategory.SOCIETY, "岳塘区住房和城乡建设局"),
            new Plan("关于缓解小微企业融资难的提案", ProposalCategory.ECONOMY, "岳塘区金融工作服务中心"),
            new Plan("关于推进“一谷四区”建设的提案", ProposalCategory.ECONOMY, "岳塘区发展和改革局"),
            new Plan("关于加快“五好园区”建设的提案", ProposalCategory.ECONOMY, "湘潭高新技术产业开发区管委会"),
            new Plan("关于做好国土空间规划的提案", ProposalCategory.ECONOMY, "岳塘区自然资源局"),
            new Plan("关于化解政府债务风险的提案", ProposalCategory.ECONOMY, "岳塘区财政局"),
            new Plan("关于推广“共享小院”乡村康养项目的提案", ProposalCategory.ECONOMY, "岳塘区农业农村局"),
            new Plan("关于发展“一亩田”特色种植的提案", ProposalCategory.ECONOMY, "岳塘区农业农村局"),
            new Plan("关于规范广场舞活动噪音的提案", ProposalCategory.SOCIETY, "岳塘区文化旅游广电体育局"),
            new Plan("关于加强城市流浪犬治理的提案", ProposalCategory.SOCIETY, "湘潭市公安局岳塘分局"),
            new Plan("关于推进文明城市常态化建设的提案", ProposalCategory.CULTURE, "岳塘区文明办"),
            new Plan("关于加强湘江岸线生态保护的提案", ProposalCategory.ECOLOGY, "岳塘区生态环境局"),
            new Plan("关于提升社区网格化治理水平的提案", ProposalCategory.POLITICS, "岳塘区委政法委"),
            new Plan("关于加强新就业形态劳动者权益保障的提案", ProposalCategory.SOCIETY, "岳塘区人力资源和社会保障局"),
            new Plan("关于建立委员工作室长效运行机制的提案", ProposalCategory.POLITICS, "政协湘潭市岳塘区委员会办公室"),
            new Plan("关于调整个人房屋产权纠纷的建议", ProposalCategory.OTHER, null));

    private static final List<Work> TIELI_WORK = List.of(
            new Work(ActivityKind.VOLUNTEER, "新春送温暖志愿服务", "给困难群众送春联、米面油，了解冬季取暖情况", 45, 1, 1, 6),
            new Work(ActivityKind.TRAINING, "委员履职能力培训", "学习委员履职评价办法和社情民意信息写作", 0, 3, 4, 0),
            new Work(ActivityKind.VOLUNTEER, "工农乡大棚种植技术志愿服务", "到村屯大棚现场指导蔬菜种植", 65, 4, 5, 5),
            new Work(ActivityKind.SCHOOL_READING, "委员进校园读书分享会", "在铁力市第一中学与学生共读", 150, 4, 6, 3),
            new Work(ActivityKind.RESEARCH, "关于林下经济发展情况的调研报告", "走访 6 个合作社和林场，形成调研报告报送市委", 40, 5, 7, 5),
            new Work(ActivityKind.BUSINESS_FORUM, "民营企业家座谈会", "听取企业对融资和用工的意见", 18, 6, 8, 5),
            new Work(ActivityKind.RESEARCH, "关于蓝莓产业发展的调研报告", "走访种植户、冷链企业和电商，形成调研报告", 35, 7, 9, 4),
            new Work(ActivityKind.VOLUNTEER, "秋收助农志愿服务", "帮助缺劳力农户抢收大豆", 30, 9, 10, 8),
            new Work(ActivityKind.SCHOOL_READING, "“书香铁力”朗读送课活动", "文化艺术界委员到乡镇中心学校朗读送课", 120, 10, 11, 3),
            new Work(ActivityKind.RESEARCH, "关于农村互助养老的调研报告", "调研 8 个村的助老餐厅和互助养老点", 25, 10, 11, 4),
            new Work(ActivityKind.BUSINESS_FORUM, "优化营商环境政策宣讲座谈会", "工商界委员讲解优化营商环境政策，听取企业意见", 26, 11, 12, 5));

    private static final List<Work> YUETANG_WORK = List.of(
            new Work(ActivityKind.VOLUNTEER, "新春走访慰问困难群众", "为困难家庭送去慰问金和年货", 60, 1, 1, 6),
            new Work(ActivityKind.TRAINING, "“三动四线”工作方法培训", "交流各街道政协小组的经验，学习委员履职评价办法", 0, 3, 3, 0),
            new Work(ActivityKind.RESEARCH, "关于老旧小区改造的调研报告", "书院路街道政协小组走访 8 个小区形成报告", 60, 3, 5, 5),
            new Work(ActivityKind.SCHOOL_READING, "委员进校园读书活动", "在书院路小学与四年级学生共读《可爱的中国》", 120, 4, 5, 3),
            new Work(ActivityKind.VOLUNTEER, "“敲门”行动志愿服务", "入户宣传防诈骗知识", 210, 4, 6, 10),
            new Work(ActivityKind.BUSINESS_FORUM, "岳塘区企业家座谈会", "听取企业对营商环境的意见建议", 25, 5, 7, 5),
            new Work(ActivityKind.RESEARCH, "关于社区养老服务的调研报告", "调研 5 个社区养老服务站", 35, 6, 8, 4),
            new Work(ActivityKind.VOLUNTEER, "文明城市建设志愿服务", "配合街道、社区劝导文明出行、清理小广告", 80, 8, 9, 12),
            new Work(ActivityKind.RESEARCH, "关于背街小巷治理的调研报告", "实地查看 12 条背街小巷", 20, 9, 10, 4),
            new Work(ActivityKind.SCHOOL_READING, "“书香岳塘”进校园", "在岳塘区建设路小学开展读书分享", 100, 10, 11, 3),
            new Work(ActivityKind.BUSINESS_FORUM, "小微企业融资对接座谈会", "邀请金融机构与小微企业面对面", 30, 11, 12, 5));

    /** The 书院路街道政协小组's research of the article's quarter, on what its household visits heard. */
    private static final List<Work> SHUYUAN_RESEARCH = List.of(
            new Work(ActivityKind.RESEARCH, "关于葩金社区文体设施不足的调研报告", "书院路街道政协小组走访葩金社区居民，形成调研报告",
                    30, 0, 0, 4),
            new Work(ActivityKind.RESEARCH, "关于友谊小学门前增设减速带的调研报告", "实地查看上下学高峰时段的交通，听取家长意见",
                    20, 0, 0, 3),
            new Work(ActivityKind.RESEARCH, "关于书院路街道老旧小区加装电梯的调研报告", "入户征求居民意愿，形成调研报告", 40, 0, 0, 4));

    private static final List<String> NOT_ACCEPTED = List.of("属于个人诉求，建议通过社情民意渠道反映",
            "所提问题已在办理中，不再重复立案");

    private final Random random;
    private final LocalDate today;
    /** Proposals led or co-signed and activities attended per member and year, so those with least go first. */
    private final Map<String, Integer> done = new HashMap<>();

    DemoProposals(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    void load(CommitteeEntity committee, String recordedBy, DemoEffort effort) {
        List<MemberEntity> active = MemberEntity.list("committee = ?1 and status = ?2 order by id", committee,
                MemberStatus.ACTIVE);
        boolean yuetang = "岳塘区".equals(committee.region);
        done.clear();
        List<ProposalEntity> filed = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            filed.addAll(proposals(committee, year, yuetang ? YUETANG_PROPOSALS : TIELI_PROPOSALS, yuetang ? 8 : 14,
                    active, effort, recordedBy));
            for (Work work : yuetang ? YUETANG_WORK : TIELI_WORK) {
                LocalDate first = LocalDate.of(year, work.firstMonth(), 1);
                LocalDate last = LocalDate.of(year, work.lastMonth(), 1).plusMonths(1).minusDays(1);
                if (work.firstMonth() == 1) { // the year's first days, the office's first week at the latest
                    last = first.plusDays(9);
                }
                if (!first.isBefore(today)) {
                    continue;
                }
                LocalDate on = between(first, last.isBefore(today) ? last : today.minusDays(1));
                if (work.kind() == ActivityKind.TRAINING) {
                    training(committee, work, on, active, effort, recordedBy);
                } else {
                    activity(committee, work, on, leastBusy(active, effort, on, work.members() - 1 + random.nextInt(3)),
                            recordedBy);
                }
            }
        }
        if (yuetang) {
            articleResearch(committee, active, effort, recordedBy);
        }
        // Whatever the date, the latest of those further on wait for their answer and for closing.
        latestBack(filed, ProposalStatus.ACCEPTED, EnumSet.of(ProposalStatus.ANSWERED, ProposalStatus.CLOSED));
        latestBack(filed, ProposalStatus.ANSWERED, EnumSet.of(ProposalStatus.CLOSED));
        filed.forEach(proposal -> proposal.persist());
    }

    /**
     * The research reports of the article's quarter: as many of the 书院路街道政协小组's as the year's own research
     * leaves to {@link DemoArticleQuarter#RESEARCH_REPORTS}, by its members at work.
     */
    private void articleResearch(CommitteeEntity committee, List<MemberEntity> active, DemoEffort effort,
            String recordedBy) {
        DemoArticleQuarter article = new DemoArticleQuarter(today);
        long held = ActivityEntity.count("committee = ?1 and kind = ?2 and activityDate between ?3 and ?4", committee,
                ActivityKind.RESEARCH, article.from, article.to);
        List<MemberEntity> shuyuan = active.stream()
                .filter(m -> m.group != null && m.group.name.startsWith("书院路街道")).toList();
        for (Work work : SHUYUAN_RESEARCH.subList(0, (int) Math.max(0, DemoArticleQuarter.RESEARCH_REPORTS - held))) {
            LocalDate on = between(article.from, article.to);
            activity(committee, work, on, leastBusy(shuyuan, effort, on, work.members()), recordedBy);
        }
    }

    /** When no proposal is in {@code state}, the latest filed of those in {@code later} is taken back to it. */
    private static void latestBack(List<ProposalEntity> filed, ProposalStatus state, Set<ProposalStatus> later) {
        if (filed.stream().anyMatch(p -> p.status == state)) {
            return;
        }
        filed.stream().filter(p -> later.contains(p.status)).reduce((a, b) -> b).ifPresent(p -> {
            p.status = state;
            if (state == ProposalStatus.ACCEPTED) {
                p.answeredOn = null;
                p.answer = null;
                p.statusChangedAt = at(p.acceptedOn);
            } else {
                p.statusChangedAt = at(p.answeredOn);
            }
        });
    }

    /**
     * The year's proposals: three in four filed for the plenary session held until {@code sessionEnds} January, the
     * rest during the year, the latest of this year a few days ago, and only those filed by yesterday.
     */
    private List<ProposalEntity> proposals(CommitteeEntity committee, int year, List<Plan> plans, int sessionEnds,
            List<MemberEntity> active, DemoEffort effort, String recordedBy) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate session = LocalDate.of(year, 1, sessionEnds);
        LocalDate yesterday = today.minusDays(1);
        List<Plan> shuffled = new ArrayList<>(plans);
        Collections.shuffle(shuffled, random);
        int count = plans.size() - 2 - random.nextInt(4);
        List<Map.Entry<Plan, LocalDate>> filed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate on;
            if (i == 0 && year == today.getYear()) {
                // This year's first: filed for the session in its first days, whatever today is.
                on = between(yearStart, session.isBefore(yesterday) ? session : yesterday);
            } else if (i == count - 1 && year == today.getYear() && yesterday.isAfter(session)) {
                // This year's latest: filed a few days ago, not yet accepted.
                LocalDate from = today.minusDays(6);
                on = between(from.isAfter(session) ? from : session.plusDays(1), yesterday);
            } else if (i < count * 3 / 4) {
                on = between(yearStart, session);
            } else {
                on = between(session.plusDays(1), LocalDate.of(year, 12, 20));
            }
            if (on.isBefore(today)) {
                filed.add(Map.entry(shuffled.get(i), on));
            }
        }
        filed.sort(Map.Entry.comparingByValue());
        int number = 0;
        List<ProposalEntity> made = new ArrayList<>();
        for (Map.Entry<Plan, LocalDate> entry : filed) {
            ProposalEntity proposal = proposal(committee, entry.getKey(), entry.getValue(), active, effort, recordedBy);
            if (proposal.acceptedOn != null) {
                proposal.caseNumber = year + "-" + String.format("%03d", ++number);
            }
            made.add(proposal);
        }
        return made;
    }

    /** A proposal filed on the day, as far along as its age allows: accepted, answered, closed. */
    private ProposalEntity proposal(CommitteeEntity committee, Plan plan, LocalDate filedOn, List<MemberEntity> active,
            DemoEffort effort, String recordedBy) {
        ProposalEntity proposal = new ProposalEntity();
        proposal.committee = committee;
        proposal.title = plan.title();
        proposal.category = plan.category();
        proposal.filedOn = filedOn;
        proposal.statusChangedAt = at(filedOn);
        List<MemberEntity> members = leastBusy(active, effort, filedOn, 1 + random.nextInt(5));
        proposal.lead = members.get(0);
        proposal.coSigners.addAll(members.subList(1, members.size()));
        proposal.recordedBy = recordedBy;
        proposal.status = ProposalStatus.FILED;
        LocalDate decided = filedOn.plusDays(7 + random.nextInt(14));
        if (!decided.isBefore(today)) {
            return proposal;
        }
        if (plan.unit() == null || random.nextInt(100) < 6) {
            proposal.status = ProposalStatus.NOT_ACCEPTED;
            proposal.notAcceptedReason = NOT_ACCEPTED.get(plan.unit() == null ? 0 : 1);
            proposal.statusChangedAt = at(decided);
            return proposal;
        }
        proposal.status = ProposalStatus.ACCEPTED;
        proposal.acceptedOn = decided;
        proposal.handlingUnit = plan.unit();
        proposal.statusChangedAt = at(decided);
        // Answered within three months of acceptance, closed once the member is satisfied with the answer.
        LocalDate answered = decided.plusDays(30 + random.nextInt(61));
        if (!answered.isBefore(today)) {
            return proposal;
        }
        proposal.status = ProposalStatus.ANSWERED;
        proposal.answeredOn = answered;
        proposal.answer = plan.unit() + "已研究办理，列入年度工作计划并落实。";
        proposal.statusChangedAt = at(answered);
        LocalDate closed = answered.plusDays(20 + random.nextInt(61));
        if (closed.isBefore(today)) {
            proposal.status = ProposalStatus.CLOSED;
            proposal.statusChangedAt = at(closed);
        }
        return proposal;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(OfficeClock.ZONE).toInstant();
    }

    /**
     * The annual training: most members come, those doing very little too, in two sessions a week apart (an activity
     * names at most a hundred members); the second only once its day has come.
     */
    private void training(CommitteeEntity committee, Work work, LocalDate on, List<MemberEntity> active,
            DemoEffort effort, String recordedBy) {
        List<MemberEntity> attending = active.stream()
                .filter(m -> !effort.idle(m.id) && effort.inOffice(m.id, on) && random.nextInt(100) < 85).toList();
        int half = (attending.size() + 1) / 2;
        Work first = new Work(work.kind(), work.title() + "（第一期）", work.description(), 0, 0, 0, 0);
        activity(committee, first, on, attending.subList(0, half), recordedBy);
        LocalDate second = on.plusDays(7);
        if (second.isBefore(today)) {
            Work next = new Work(work.kind(), work.title() + "（第二期）", work.description(), 0, 0, 0, 0);
            activity(committee, next, second, attending.subList(half, attending.size()), recordedBy);
        }
    }

    private void activity(CommitteeEntity committee, Work work, LocalDate on, List<MemberEntity> members,
            String recordedBy) {
        ActivityEntity activity = new ActivityEntity();
        activity.committee = committee;
        activity.kind = work.kind();
        activity.activityDate = on;
        activity.title = work.title();
        activity.description = work.description();
        activity.peopleReached = work.people() == 0 ? 0 : work.people() * (80 + random.nextInt(41)) / 100;
        activity.members.addAll(members);
        activity.recordedBy = recordedBy;
        activity.persist();
    }

    /** {@code count} members at work on the day, those with the fewest proposals and activities that year first. */
    private List<MemberEntity> leastBusy(List<MemberEntity> active, DemoEffort effort, LocalDate on, int count) {
        List<MemberEntity> pool = new ArrayList<>(active.stream().filter(m -> effort.works(m.id, on)).toList());
        Collections.shuffle(pool, random);
        pool.sort(Comparator.comparingInt(m -> done.getOrDefault(m.id + "|" + on.getYear(), 0)));
        List<MemberEntity> chosen = pool.subList(0, Math.min(count, pool.size()));
        chosen.forEach(m -> done.merge(m.id + "|" + on.getYear(), 1, Integer::sum));
        return List.copyOf(chosen);
    }

    /** A day from {@code from} to {@code to}, both included ({@code from} when they cross). */
    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }
}
