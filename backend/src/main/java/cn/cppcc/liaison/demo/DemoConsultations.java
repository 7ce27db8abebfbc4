package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.consultation.Attendance;
import cn.cppcc.liaison.consultation.ConsultationEntity;
import cn.cppcc.liaison.consultation.ConsultationKind;
import cn.cppcc.liaison.consultation.Guest;
import cn.cppcc.liaison.consultation.GuestKind;
import cn.cppcc.liaison.consultation.OutcomeEntity;
import cn.cppcc.liaison.consultation.OutcomeProgressEntity;
import cn.cppcc.liaison.consultation.OutcomeStatus;
import cn.cppcc.liaison.demo.DemoResolutions.Opinion;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.opinion.OpinionEntity;
import cn.cppcc.liaison.opinion.OpinionLifecycle;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.security.AccountEntity;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.township.TownshipKind;
import cn.cppcc.liaison.village.VillageEntity;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * A demo committee's consultations (一季一协商) from the first quarter of last year to this one so far: one a quarter at
 * most platforms, a few quarters deliberately missed so the compliance screen has gaps, each with the township's members
 * invited (most present, some excused or absent), a village representative, a grid worker and the official of the
 * unit concerned at the table, the township's opinions on its topic taken up, and one to three outcomes: most of the
 * older ones implemented with their evidence (those of last year's first quarters all, some late), some still in
 * progress with dated notes, some past their due date, one dropped. The 挂牌委员 of {@link DemoEffort} are invited
 * but never come, those doing very little once a year at most, those added mid-term only since. At two townships with opinions still being handled, the latest consultation takes them up and carries its
 * first item out early, resolving them through {@link OpinionLifecycle} as the service does ({@link DemoResolutions}).
 * 铁力市's 双丰镇 agreed to open the 抗联食堂 by the end of February, and did so on 2月28日. The records are written
 * directly, in a few statements, and dated back to the days planned here.
 */
final class DemoConsultations {

    /** One agreed item a topic usually yields: its text, the unit answering for it and what carrying it out looks like. */
    private record Item(String text, String unit, String done) {
    }

    /** A topic consultations take up; {@code keyword} finds the township's opinions on it. */
    private record Theme(String keyword, String topic, String summary, List<Item> items) {
    }

    private static final String GOV = "{gov}";

    private static final List<Theme> TIELI = List.of(
            new Theme("通村道路", "{town}通村道路维修养护", "与会村民代表反映多条通村道路破损，交通运输局和乡镇当场认领，商定列入农村公路养护计划",
                    List.of(new Item("破损通村道路列入今年农村公路养护计划并完成修补", "铁力市交通运输局", "破损路段完成铣刨重铺，恢复正常通行"),
                            new Item("急弯陡坡路段增设警示桩和反光镜", GOV, "急弯处增设警示桩36根、反光镜4面"))),
            new Theme("蓝莓", "{town}蓝莓产业销售渠道", "种植户、电商企业和商务部门共商蓝莓鲜果销售难，商定对接电商平台并建设冷链仓储",
                    List.of(new Item("对接电商平台开设蓝莓鲜果网上销售专区", "铁力市商务局", "蓝莓网上销售专区上线，首月销售鲜果1.2万斤"),
                            new Item("建设蓝莓冷链仓储点一处", "铁力市农业农村局", "冷链仓储点建成投用，可存鲜果50吨"),
                            new Item("组织种植户参加蓝莓采后处理技术培训", GOV, "举办技术培训2期，培训种植户86人次"))),
            new Theme("排水沟", "{town}村屯排水沟清淤和人居环境整治", "委员带来“民意工作台账”上的排水问题，与乡镇、村两委商定雨季前清淤",
                    List.of(new Item("雨季前完成主街排水沟清淤，新挖排水沟800米", GOV, "主街排水沟清淤完成，新挖排水沟820米"),
                            new Item("建立村屯环境卫生长效保洁制度", GOV, "各村配齐保洁员，实行网格化保洁"))),
            new Theme("文化活动广场", "{town}村屯文化活动场所建设", "村民代表提出业余文化生活匮乏，文广旅局介绍村级文化广场建设计划",
                    List.of(new Item("争取村级文化广场建设项目资金", "铁力市文化广电和旅游局", "文化广场建成投用，配套健身器材和照明灯"))));

    private static final List<Theme> YUETANG = List.of(
            new Theme("文体设施", "{town}社区文体设施建设", "居民代表反映社区缺少活动场地，街道和辖区单位商定开放闲置场地建设文体广场",
                    List.of(new Item("协调辖区单位开放闲置场地建设社区文体广场", GOV, "社区文体广场建成开放"),
                            new Item("增设篮球架和乒乓球台", "岳塘区文化旅游广电体育局", "安装篮球架2副、乒乓球台4张"))),
            new Theme("老旧小区", "{town}老旧小区改造", "住建局介绍年度改造计划，居民代表就外墙、管网和加装电梯提出意见，商定改造清单",
                    List.of(new Item("将外墙脱落、管网老化的小区列入年度改造计划", "岳塘区住房和城乡建设局", "完成外墙整治和雨污分流，居民签字验收"),
                            new Item("改造期间成立居民议事小组全程监督施工", GOV, "居民议事小组成立，每周巡查施工现场"),
                            new Item("出台加装电梯费用分摊指导意见", "岳塘区住房和城乡建设局", "加装电梯费用分摊指导意见印发"))),
            new Theme("停车", "{town}停车难和消防通道治理", "城管局、街道、物业和居民代表共商停车难，商定新增泊位、打通消防通道",
                    List.of(new Item("利用周边闲置地块建设临时停车场", "岳塘区城市管理和综合执法局", "新增停车泊位120个"),
                            new Item("施划消防通道标线，夜间错时共享机关单位停车场", GOV, "消防通道标线施划完成，3家机关单位夜间开放停车场"))),
            new Theme("路灯", "{town}背街小巷照明和学校周边交通安全", "家长代表和网格员反映路灯不亮、校门口车速快，城管和交警部门现场答复",
                    List.of(new Item("修复背街小巷损坏路灯", "岳塘区城市管理和综合执法局", "修复路灯43盏"),
                            new Item("学校门前增设减速带和人行横道", "湘潭市公安局交通警察支队岳塘大队", "增设减速带3条，施划人行横道2处"))));

    private static final Theme CANTEEN = new Theme("抗联食堂", "抗联食堂对外开放与建国村集体增收",
            "建国村村民代表、双丰镇和文旅、市场监管部门共商抗联食堂开业和农产品销售，商定二月底前对外开放，借红色旅游带动村集体增收",
            List.of(new Item("抗联食堂二月底前对外开放", "双丰镇人民政府", "抗联食堂正式对外开放"),
                    new Item("为建国村农产品注册“建国礼”品牌", "铁力市市场监督管理局", "“建国礼”商标注册申请获受理，统一包装投入使用"),
                    new Item("在党建教育学习基地设立农产品展销区", "双丰镇人民政府", "农产品展销区开放，20余种本村农产品上架")));

    private static final List<String> PROGRESS = List.of("责任单位已制定实施方案，明确了完成时限", "已完成现场踏勘和预算编制",
            "项目资金已落实，正在组织施工", "委员到现场查看进度，施工已过半", "受天气影响暂停施工，已督促责任单位尽快复工");
    /** Days past their due date after which outcomes are carried out, late if need be: only recent ones stay overdue. */
    private static final int LATE_AT_LAST = 150;
    private static final String DROP_REASON = "经论证，选址涉及基本农田，不具备实施条件，改由下一年度统筹考虑";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋";
    private static final String GIVEN = "建军志刚春生长林红梅丽华海涛文斌明亮金山福田桂芝秀英玉兰淑珍凤霞德顺国富永强";

    private final OpinionLifecycle lifecycle;
    private final EntityManager em;
    private final Random random;
    private final LocalDate today;
    private final Instant started;
    private final Set<Long> resolved = new HashSet<>();
    private final Set<Long> linked = new HashSet<>();
    private final List<Long> consultations = new ArrayList<>();
    private int pastDue;
    /** The committee at hand's members' effort, and the members doing very little who came once in a year. */
    private DemoEffort effort;
    private final Set<String> cameOnce = new HashSet<>();
    /** The 挂牌委员 asked to a consultation so far. */
    private final Set<Long> idleAsked = new HashSet<>();
    private int notYetDue;
    private boolean dropped;

    DemoConsultations(OpinionLifecycle lifecycle, EntityManager em, long seed, OfficeClock clock) {
        this.lifecycle = lifecycle;
        this.em = em;
        this.random = new Random(seed);
        this.today = clock.today();
        this.started = clock.now();
    }

    void forCommittee(CommitteeEntity committee, String accountPrefix, DemoEffort effort) {
        List<Theme> themes = "铁力市".equals(committee.region) ? TIELI : "岳塘区".equals(committee.region) ? YUETANG : null;
        if (themes == null) {
            return;
        }
        AccountEntity office = AccountEntity.byUsername(accountPrefix + "-office").orElse(null);
        List<PlatformEntity> platforms = PlatformEntity.list("committee = ?1 order by id", committee);
        List<MemberEntity> active = MemberEntity.list("committee = ?1 and status = ?2 order by id", committee,
                MemberStatus.ACTIVE);
        // Members of the county seat's units, with no township of their own, each liaise with one township.
        Map<Long, List<MemberEntity>> membersOf = active.stream().collect(Collectors.groupingBy(m -> m.township != null
                ? m.township.id : platforms.get(DemoEffort.liaisonTownship(m.id, platforms.size())).township.id));
        List<Opinion> opinions = opinions(committee.id);
        pastDue = 0;
        this.effort = effort;
        cameOnce.clear();
        notYetDue = 0;
        dropped = false;
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        // The 抗联食堂 opened on 2月28日: of this year once that day has passed, else of last year.
        LocalDate canteenDay = LocalDate.of(today.isAfter(LocalDate.of(today.getYear(), 2, 28)) ? today.getYear()
                : today.getYear() - 1, 2, 20);
        // The quarter yesterday falls in: this one, or the last one on a quarter's first day.
        LocalDate latestQuarter = DemoResolutions.latestQuarter(today);
        int latest = latestQuarter.isBefore(thisQuarter) ? 3 : 4;
        List<DemoResolutions.Platform> planned = new ArrayList<>();
        for (int p = 0; p < platforms.size(); p++) {
            boolean canteenThen = "双丰镇".equals(platforms.get(p).township.name) && !canteenDay.isBefore(latestQuarter);
            if (!canteenThen) { // the 抗联食堂's consultation keeps its own days
                int due = p + latest;
                List<String> keywords = IntStream.range(0, themes.size())
                        .mapToObj(i -> themes.get((due + i) % themes.size()).keyword()).toList();
                planned.add(new DemoResolutions.Platform(platforms.get(p).township.id, keywords, held(p, latest)));
            }
        }
        Map<Long, DemoResolutions.Resolution> resolutions = DemoResolutions.plan(today, planned, opinions, random);
        // Kept for their consultations, so no other takes them up first.
        resolutions.values().forEach(r -> r.opinions().forEach(o -> linked.add(o.id())));
        for (int p = 0; p < platforms.size(); p++) {
            PlatformEntity platform = platforms.get(p);
            List<StudioEntity> studios = StudioEntity.list("township = ?1 order by id", platform.township);
            List<VillageEntity> villages = VillageEntity.list("township = ?1 order by id", platform.township);
            // A township with few members of its own invites members of the whole committee.
            List<MemberEntity> local = membersOf.getOrDefault(platform.township.id, List.of());
            if (local.size() < 4) {
                local = active;
            }
            boolean canteenHere = "双丰镇".equals(platform.township.name);
            // From the first quarter of last year (k = 0 is this quarter a year ago) to this one (k = 4).
            for (int k = 1 - OfficeClock.quarterOf(today); k < 5; k++) {
                LocalDate start = thisQuarter.minusMonths(3L * (4 - k));
                LocalDate end = start.plusMonths(3).minusDays(1);
                boolean canteen = canteenHere && !canteenDay.isBefore(start) && !canteenDay.isAfter(end);
                DemoResolutions.Resolution resolution = k == latest ? resolutions.get(platform.township.id) : null;
                boolean held = canteen || resolution != null || held(p, k);
                LocalDate last = end.isBefore(today) ? end : today.minusDays(1);
                if (!held || last.isBefore(start)) {
                    continue;
                }
                LocalDate day = canteen ? canteenDay : resolution != null ? resolution.heldOn()
                        : start.plusDays(20 + random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(start, last) - 20)));
                if (day.isAfter(last)) {
                    day = last;
                }
                Theme theme = canteen ? CANTEEN : resolution != null ? themes.stream()
                        .filter(t -> t.keyword().equals(resolution.keyword())).findFirst().orElseThrow()
                        : themes.get(Math.floorMod(p + k, themes.size()));
                StudioEntity studio = !canteen && !studios.isEmpty() && Math.floorMod(p + k, 3) == 0 ? studios.get(0) : null;
                consult(committee, office, platform, studio, villages, local, opinions, theme, day,
                        Math.floorMod(k, 4) == 3 && !canteen ? ConsultationKind.values()[1 + (p % 3)]
                                : ConsultationKind.QUARTERLY,
                        canteen, resolution);
            }
        }
        backdate();
    }

    /** Every fifth platform-quarter is missed, and half the platforms have not met yet this quarter. */
    private static boolean held(int platform, int quarter) {
        return quarter < 4 ? Math.floorMod(platform * 3 + quarter, 5) != 0 : platform % 2 == 0;
    }

    private void consult(CommitteeEntity committee, AccountEntity office, PlatformEntity platform, StudioEntity studio,
            List<VillageEntity> villages, List<MemberEntity> members, List<Opinion> opinions, Theme theme, LocalDate day,
            ConsultationKind kind, boolean canteen, DemoResolutions.Resolution resolution) {
        String town = platform.township.name;
        String gov = town + (platform.township.kind == TownshipKind.SUBDISTRICT ? "办事处" : "人民政府");
        ConsultationEntity consultation = new ConsultationEntity();
        consultation.committee = committee;
        consultation.kind = kind;
        consultation.heldOn = day;
        consultation.township = platform.township;
        consultation.platform = platform;
        consultation.studio = studio;
        consultation.topic = theme.topic().replace("{town}", town);
        consultation.summary = theme.summary();
        consultation.recordedBy = office == null ? "system" : office.username;
        consultation.recordedByAccountId = office == null ? null : office.id;
        List<Opinion> taken = opinions.stream()
                .filter(o -> o.townshipId() == platform.township.id && o.title().contains(theme.keyword())
                        && o.collectedOn().isBefore(day) && !"DRAFT".equals(o.status()) && !"MERGED".equals(o.status()))
                .limit(3).toList();
        // The township's opinions still being handled, those on the topic first: an outcome may answer them.
        List<Opinion> open = resolution != null ? resolution.opinions() : opinions.stream()
                .filter(o -> o.townshipId() == platform.township.id && DemoResolutions.resolvable(o, today)
                        && !linked.contains(o.id()) && o.collectedOn().isBefore(day))
                .sorted(Comparator.comparing(o -> !o.title().contains(theme.keyword())))
                .limit(DemoResolutions.PER_CONSULTATION).toList();
        open.forEach(o -> linked.add(o.id()));
        Set<Long> takenUp = new HashSet<>();
        for (Opinion o : Stream.concat(taken.stream(), open.stream()).toList()) {
            if (takenUp.add(o.id())) {
                consultation.opinions.add(em.getReference(OpinionEntity.class, o.id()));
            }
        }
        invite(consultation, members.stream().filter(m -> effort.inOffice(m.id, day)).toList());
        VillageEntity village = villages.isEmpty() ? null : canteen
                ? villages.stream().filter(v -> "建国村".equals(v.name)).findFirst().orElse(villages.get(0))
                : villages.get(random.nextInt(villages.size()));
        String place = village == null ? town : village.name;
        String residents = place.endsWith("社区") ? "居民委员会" : "村民委员会";
        consultation.guests.add(new Guest(person(), GuestKind.VILLAGE_REP, place + residents));
        consultation.guests.add(new Guest(person(), GuestKind.GRID_WORKER, place + "网格"));
        consultation.guests.add(new Guest(person(), GuestKind.OFFICIAL, theme.items().get(0).unit().replace(GOV, gov)));
        consultation.persist();
        consultations.add(consultation.id);

        int count = canteen ? theme.items().size() : Math.min(theme.items().size(), 1 + random.nextInt(3));
        for (int n = 1; n <= count; n++) {
            Item item = theme.items().get(n - 1);
            outcome(consultation, item, n, gov, n == 1 ? open : List.of(), canteen,
                    n == 1 && resolution != null ? resolution.implementedOn() : null);
        }
    }

    /**
     * Invites some of the members: most come, some excused, the odd one absent; a 挂牌委员 never comes, a member doing
     * very little once a year at most. Someone at work always comes.
     */
    private void invite(ConsultationEntity consultation, List<MemberEntity> local) {
        LocalDate day = consultation.heldOn;
        for (int i = 0; i < Math.min(local.size(), 4 + random.nextInt(4)); i++) {
            MemberEntity member = local.get((i * 7 + day.getDayOfYear()) % local.size());
            int draw = random.nextInt(20);
            Attendance attendance = draw < 16 ? Attendance.PRESENT : draw < 19 ? Attendance.EXCUSED : Attendance.ABSENT;
            if (effort.idle(member.id)) {
                attendance = draw < 12 ? Attendance.ABSENT : Attendance.EXCUSED;
            } else if (effort.sparse(member.id) && attendance == Attendance.PRESENT
                    && (draw >= 8 || !cameOnce.add(member.id + "|" + day.getYear()))) {
                attendance = Attendance.EXCUSED;
            }
            consultation.members.putIfAbsent(member, attendance);
        }
        // Every 挂牌委员 is asked at least once, so each has an absence on record, not a blank.
        for (MemberEntity member : local) {
            if (effort.idle(member.id) && !consultation.members.containsKey(member) && idleAsked.add(member.id)) {
                consultation.members.put(member, Attendance.ABSENT);
                break;
            }
        }
        consultation.members.keySet().stream().filter(m -> effort.idle(m.id)).forEach(m -> idleAsked.add(m.id));
        if (!consultation.members.containsValue(Attendance.PRESENT)) {
            consultation.members.replaceAll((member, attendance) -> effort.usual(member.id) ? Attendance.PRESENT
                    : attendance);
        }
        if (!consultation.members.containsValue(Attendance.PRESENT)) {
            local.stream().filter(m -> effort.usual(m.id)).findFirst()
                    .ifPresent(m -> consultation.members.put(m, Attendance.PRESENT));
        }
    }

    /** {@code resolvesOn}: the day it is carried out, resolving the opinions it answers; null when not planned. */
    private void outcome(ConsultationEntity consultation, Item item, int number, String gov, List<Opinion> open,
            boolean canteen, LocalDate resolvesOn) {
        LocalDate day = consultation.heldOn;
        OutcomeEntity outcome = new OutcomeEntity();
        outcome.consultation = consultation;
        outcome.committee = consultation.committee;
        outcome.number = number;
        outcome.text = item.text();
        outcome.responsibleUnit = item.unit().replace(GOV, gov);
        outcome.dueDate = canteen && number == 1 ? LocalDate.of(day.getYear(), 2, 28)
                : day.plusDays(30L * (1 + random.nextInt(3)));
        LocalDate implemented = null;
        List<LocalDate> notes = new ArrayList<>();
        LocalDate yesterday = today.minusDays(1);
        if (resolvesOn != null) {
            implemented = resolvesOn;
        } else if (canteen && number == 1) {
            implemented = outcome.dueDate;
        } else if (outcome.dueDate.isBefore(today.minusDays(LATE_AT_LAST))) {
            // Long past due: carried out, if late.
            LocalDate late = outcome.dueDate.plusDays(10 + random.nextInt(80));
            implemented = pastDue++ % 6 == 3 ? (late.isBefore(yesterday) ? late : yesterday)
                    : between(day.plusDays(7), outcome.dueDate);
        } else if (outcome.dueDate.isBefore(today)) {
            // Recently due: one in six in hand, one in six overdue, the first of the rest dropped, whatever the
            // ids the members got (which the random draws follow), the others carried out.
            switch (pastDue++ % 6) {
                case 3 -> notes.add(between(day, yesterday));
                case 5 -> { }
                default -> {
                    if (!dropped) {
                        dropped = true;
                        outcome.dropReason = DROP_REASON;
                    } else {
                        implemented = between(day.plusDays(7), outcome.dueDate);
                    }
                }
            }
        } else if (notYetDue++ % 2 == 0 && day.isBefore(yesterday)) {
            notes.add(between(day, yesterday));
        }
        if (implemented != null && implemented.isAfter(yesterday)) {
            implemented = null;
            notes.add(between(day, yesterday));
        }
        outcome.status = outcome.dropReason != null ? OutcomeStatus.DROPPED : implemented != null
                ? OutcomeStatus.IMPLEMENTED : notes.isEmpty() ? OutcomeStatus.AGREED : OutcomeStatus.IN_PROGRESS;
        // Implementing resolves what an outcome answers: of those carried out, only the planned ones answer opinions.
        List<Opinion> answers = implemented == null || resolvesOn != null ? open : List.of();
        List<OpinionEntity> answered = answers.stream().map(o -> OpinionEntity.<OpinionEntity>findById(o.id())).toList();
        outcome.opinions.addAll(answered);
        if (implemented != null) {
            outcome.implementedOn = implemented;
            outcome.evidence = implemented.getMonthValue() + "月" + implemented.getDayOfMonth() + "日 " + item.done();
            answers.forEach(o -> resolved.add(o.id()));
        }
        outcome.persist();
        if (implemented != null && !answered.isEmpty()) {
            lifecycle.resolveByOutcome(answered, implemented, outcome.evidence,
                    "协商成果落实：" + consultation.topic + " 第 " + number + " 项");
        }
        if (outcome.status != OutcomeStatus.AGREED && outcome.status != OutcomeStatus.DROPPED && !notes.isEmpty()
                || implemented != null && random.nextBoolean()) {
            LocalDate noted = notes.isEmpty() ? between(day, implemented) : notes.get(0);
            OutcomeProgressEntity progress = new OutcomeProgressEntity();
            progress.outcomeId = outcome.id;
            progress.notedOn = noted;
            progress.note = PROGRESS.get(random.nextInt(PROGRESS.size()));
            progress.recordedBy = consultation.recordedBy;
            progress.at = started;
            progress.persist();
        }
    }

    /** A day from {@code first} to {@code last}, both included ({@code first} when they cross). */
    private LocalDate between(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(random.nextInt((int) days + 1));
    }

    private String person() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                + GIVEN.substring(2 * random.nextInt(GIVEN.length() / 2)).substring(0, 2);
    }

    /** The committee's opinions with the day of their latest step, read in one statement. */
    private List<Opinion> opinions(long committeeId) {
        List<Opinion> found = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select o.id, o.title, o.township_id,"
                    + " o.collected_on, o.status, o.due_date, max(t.at) from opinion o"
                    + " join opinion_transition t on t.opinion_id = o.id where o.committee_id = ?"
                    + " group by o.id order by o.id")) {
                select.setLong(1, committeeId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Date due = rs.getDate(6);
                        found.add(new Opinion(rs.getLong(1), rs.getString(2), rs.getLong(3),
                                rs.getDate(4).toLocalDate(), rs.getString(5), due == null ? null : due.toLocalDate(),
                                rs.getTimestamp(7).toInstant().atZone(OfficeClock.ZONE)
                                        .toLocalDate()));
                    }
                }
            }
        });
        return found;
    }

    /** Dates the records as planned: held in the evening, outcomes and notes on their days, resolutions on theirs. */
    private void backdate() {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            Object[] ids = consultations.toArray();
            String evening = " + time '18:00') at time zone 'Asia/Shanghai'";
            try (PreparedStatement update = connection.prepareStatement("update consultation set created_at = (held_on"
                    + evening + ", updated_at = (held_on" + evening + " where id = any (?)")) {
                update.setArray(1, connection.createArrayOf("bigint", ids));
                update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("update outcome_progress p set at = (p.noted_on"
                    + evening + " from outcome o where o.id = p.outcome_id and o.consultation_id = any (?)")) {
                update.setArray(1, connection.createArrayOf("bigint", ids));
                update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("update outcome o set created_at = (c.held_on"
                    + evening + ", updated_at = (greatest(c.held_on, o.implemented_on, (select max(noted_on)"
                    + " from outcome_progress p where p.outcome_id = o.id))" + evening
                    + " from consultation c where c.id = o.consultation_id and c.id = any (?)")) {
                update.setArray(1, connection.createArrayOf("bigint", ids));
                update.executeUpdate();
            }
            if (!resolved.isEmpty()) {
                Object[] opinions = resolved.toArray();
                // On the day of the implementation, after the opinion's previous step and by now.
                try (PreparedStatement update = connection.prepareStatement("update opinion_transition t"
                        + " set at = least(?, greatest((o.resolved_on + time '17:00') at time zone 'Asia/Shanghai',"
                        + " (select max(p.at) from opinion_transition p where p.opinion_id = t.opinion_id and p.id < t.id)"
                        + " + interval '1 minute')) from opinion o"
                        + " where o.id = t.opinion_id and t.opinion_id = any (?) and t.action = 'RESOLVE' and t.at >= ?")) {
                    update.setTimestamp(1, Timestamp.from(started));
                    update.setArray(2, connection.createArrayOf("bigint", opinions));
                    update.setTimestamp(3, Timestamp.from(started));
                    update.executeUpdate();
                }
                try (PreparedStatement update = connection.prepareStatement("update opinion o set"
                        + " status_changed_at = t.at, updated_at = t.at,"
                        + " resolution_entered_on = (t.at at time zone 'Asia/Shanghai')::date from opinion_transition t"
                        + " where t.opinion_id = o.id and o.id = any (?)"
                        + " and t.id = (select max(id) from opinion_transition l where l.opinion_id = o.id)")) {
                    update.setArray(1, connection.createArrayOf("bigint", opinions));
                    update.executeUpdate();
                }
            }
        });
        consultations.clear();
        resolved.clear();
        linked.clear();
    }
}
