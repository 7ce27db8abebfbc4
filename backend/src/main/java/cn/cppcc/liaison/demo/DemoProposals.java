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
import java.util.List;
import java.util.Random;

/**
 * A demo committee's proposals of this term's session and its members' other work of the last half-year (调研报告,
 * 培训, 志愿服务, 进校园读书, 企业家座谈), so the 提案 and 自选动作 screens and their counts have something to show.
 */
final class DemoProposals {

    private record Plan(String title, ProposalCategory category, String unit, ProposalStatus status) {
    }

    private record Work(ActivityKind kind, String title, String description, int people) {
    }

    private static final List<Plan> TIELI_PROPOSALS = List.of(
            new Plan("关于加快铁力大米区域公用品牌建设的提案", ProposalCategory.ECONOMY, "铁力市农业农村局", ProposalStatus.CLOSED),
            new Plan("关于修缮王杨乡通村道路的提案", ProposalCategory.SOCIETY, "铁力市交通运输局", ProposalStatus.ANSWERED),
            new Plan("关于在桃山镇增建移动通信基站的提案", ProposalCategory.SOCIETY, "铁力市工业和信息化局", ProposalStatus.ACCEPTED),
            new Plan("关于发展林下经济 拓宽林区群众增收渠道的提案", ProposalCategory.ECONOMY, "铁力市林业和草原局", ProposalStatus.ACCEPTED),
            new Plan("关于保护呼兰河上游水源地的提案", ProposalCategory.ECOLOGY, "铁力市生态环境局", ProposalStatus.FILED),
            new Plan("关于加强农村文化活动广场建设的提案", ProposalCategory.CULTURE, null, ProposalStatus.FILED),
            new Plan("关于调整个人宅基地纠纷的建议", ProposalCategory.OTHER, null, ProposalStatus.NOT_ACCEPTED));

    private static final List<Plan> YUETANG_PROPOSALS = List.of(
            new Plan("关于老旧小区加装电梯的提案", ProposalCategory.SOCIETY, "岳塘区住房和城乡建设局", ProposalStatus.CLOSED),
            new Plan("关于友谊小学门前增设交通安全设施的提案", ProposalCategory.SOCIETY, "湘潭市公安局岳塘分局", ProposalStatus.ANSWERED),
            new Plan("关于竹埠港老工业区生态修复后续利用的提案", ProposalCategory.ECOLOGY, "岳塘区自然资源局", ProposalStatus.ACCEPTED),
            new Plan("关于优化营商环境 支持民营企业发展的提案", ProposalCategory.ECONOMY, "岳塘区发展和改革局", ProposalStatus.ACCEPTED),
            new Plan("关于推进社区居家养老服务的提案", ProposalCategory.SOCIETY, null, ProposalStatus.FILED),
            new Plan("关于加强基层协商民主制度建设的提案", ProposalCategory.POLITICS, null, ProposalStatus.FILED));

    private static final List<Work> TIELI_WORK = List.of(
            new Work(ActivityKind.RESEARCH, "关于林下经济发展情况的调研报告", "走访 6 个合作社和林场，形成调研报告报送市委", 40),
            new Work(ActivityKind.TRAINING, "委员履职能力培训", "学习委员履职评价办法和社情民意信息写作", 0),
            new Work(ActivityKind.VOLUNTEER, "工农乡大棚种植技术志愿服务", "到村屯大棚现场指导蔬菜种植", 65),
            new Work(ActivityKind.SCHOOL_READING, "委员进校园读书分享会", "在铁力市第一中学与学生共读", 150),
            new Work(ActivityKind.BUSINESS_FORUM, "民营企业家座谈会", "听取企业对融资和用工的意见", 18));

    private static final List<Work> YUETANG_WORK = List.of(
            new Work(ActivityKind.RESEARCH, "关于老旧小区改造的调研报告", "书院路街道政协小组走访 8 个小区形成报告", 60),
            new Work(ActivityKind.RESEARCH, "关于社区养老服务的调研报告", "调研 5 个社区养老服务站", 35),
            new Work(ActivityKind.RESEARCH, "关于背街小巷治理的调研报告", "实地查看 12 条背街小巷", 20),
            new Work(ActivityKind.TRAINING, "“三动四线”工作方法培训", "交流各街道政协小组的经验", 0),
            new Work(ActivityKind.VOLUNTEER, "“敲门”行动志愿服务", "入户宣传防诈骗知识", 210),
            new Work(ActivityKind.SCHOOL_READING, "委员进校园读书活动", "在书院路小学与四年级学生共读《可爱的中国》", 120),
            new Work(ActivityKind.BUSINESS_FORUM, "岳塘区企业家座谈会", "听取企业对营商环境的意见建议", 25));

    private final Random random;
    private final LocalDate today;

    DemoProposals(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    void load(CommitteeEntity committee, String recordedBy) {
        List<MemberEntity> active = MemberEntity.list("committee = ?1 and status = ?2 order by id", committee,
                MemberStatus.ACTIVE);
        boolean yuetang = "岳塘区".equals(committee.region);
        List<Plan> proposals = yuetang ? YUETANG_PROPOSALS : TIELI_PROPOSALS;
        for (int i = 0; i < proposals.size(); i++) {
            proposal(committee, proposals.get(i), i + 1, active, recordedBy);
        }
        for (Work work : yuetang ? YUETANG_WORK : TIELI_WORK) {
            activity(committee, work, active, recordedBy);
        }
    }

    private void proposal(CommitteeEntity committee, Plan plan, int number, List<MemberEntity> active,
            String recordedBy) {
        ProposalEntity proposal = new ProposalEntity();
        proposal.committee = committee;
        proposal.title = plan.title();
        proposal.category = plan.category();
        proposal.filedOn = today.minusDays(60 + random.nextInt(60));
        proposal.statusChangedAt = at(proposal.filedOn);
        int lead = random.nextInt(active.size());
        proposal.lead = active.get(lead);
        for (int i = 1, signers = random.nextInt(4); i <= signers; i++) {
            proposal.coSigners.add(active.get((lead + i * 7) % active.size()));
        }
        proposal.recordedBy = recordedBy;
        ProposalStatus status = plan.status();
        if (status == ProposalStatus.NOT_ACCEPTED) {
            proposal.notAcceptedReason = "属于个人诉求，建议通过社情民意渠道反映";
        }
        if (status != ProposalStatus.FILED && status != ProposalStatus.NOT_ACCEPTED) {
            proposal.caseNumber = proposal.filedOn.getYear() + "-" + String.format("%03d", number);
            proposal.handlingUnit = plan.unit();
            // 立案 a week or two after filing, before any answer (answers come 30 days or more after filing).
            proposal.acceptedOn = proposal.filedOn.plusDays(7 + number % 7);
            proposal.statusChangedAt = at(proposal.acceptedOn);
        }
        if (status == ProposalStatus.ANSWERED || status == ProposalStatus.CLOSED) {
            proposal.answeredOn = proposal.filedOn.plusDays(30 + random.nextInt(20));
            proposal.answer = plan.unit() + "已研究办理，列入年度工作计划并落实。";
            proposal.statusChangedAt = at(proposal.answeredOn);
        }
        proposal.status = status;
        proposal.persist();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(OfficeClock.ZONE).toInstant();
    }

    private void activity(CommitteeEntity committee, Work work, List<MemberEntity> active, String recordedBy) {
        ActivityEntity activity = new ActivityEntity();
        activity.committee = committee;
        activity.kind = work.kind();
        activity.activityDate = today.minusDays(1 + random.nextInt(180));
        activity.title = work.title();
        activity.description = work.description();
        activity.peopleReached = work.people();
        int first = random.nextInt(active.size());
        for (int i = 0, count = 2 + random.nextInt(4); i < count; i++) {
            activity.members.add(active.get((first + i * 5) % active.size()));
        }
        activity.recordedBy = recordedBy;
        activity.persist();
    }
}
