package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.member.GroupEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.security.AccountEntity;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.studio.StudioMode;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.village.VillageEntity;
import cn.cppcc.liaison.visit.VisitEntity;
import cn.cppcc.liaison.visit.VisitKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A demo committee's studios and its visits since the first of last year, as the articles report them: in the last
 * full calendar quarter ({@link DemoArticleQuarter}) 岳塘区's 12 online and offline studios all held reception days and
 * received {@link DemoArticleQuarter#STUDIO_PEOPLE_RECEIVED} people, and the 14 members of the 书院路街道政协小组 went
 * into people's homes {@link DemoArticleQuarter#HOUSEHOLD_MEMBER_VISITS} times; its other quarters are drawn at the same
 * pace, with household visits of every street group. 铁力市 has its 工农乡委员工作室, its studios' last half-year
 * drawn as such and the months before it quarter by quarter. Every quarter has its household visits, inspections and
 * 民情恳谈会 by members of every group or township, those who have been out least that year first. The 挂牌委员 of
 * {@link DemoEffort} are never present, those doing very little once a year, those added mid-term only since. Visits
 * obey the service's rules: none after yesterday, none overlapping for a member (each member takes part in at most one
 * visit per slot of a day, and the slots never overlap).
 */
final class DemoFieldWork {

    private static final int QUARTER_DAYS = 91;
    private static final int HALF_YEAR_DAYS = 182;

    private record StudioPlan(String township, String name, StudioMode mode, String place, List<Integer> weekdays,
            List<Integer> monthDays, String note) {
    }

    /** Parts of a day that never overlap. */
    private enum Slot {
        MORNING(LocalTime.of(8, 30), LocalTime.of(11, 30)),
        AFTERNOON(LocalTime.of(14, 0), LocalTime.of(17, 30)),
        EVENING(LocalTime.of(19, 0), LocalTime.of(21, 0));

        final LocalTime start;
        final LocalTime end;

        Slot(LocalTime start, LocalTime end) {
            this.start = start;
            this.end = end;
        }
    }

    private static final List<StudioPlan> YUETANG_STUDIOS = List.of(
            new StudioPlan("书院路街道", "葩金社区委员工作室", StudioMode.BOTH, "葩金社区", List.of(2), List.of(), "每周二上午"),
            new StudioPlan("书院路街道", "友谊社区委员工作室", StudioMode.OFFLINE, "友谊社区", List.of(), List.of(1, 15), "每月1日和15日上午"),
            new StudioPlan("五里堆街道", "江滨社区委员工作室", StudioMode.OFFLINE, "江滨社区", List.of(3), List.of(), "每周三上午"),
            new StudioPlan("五里堆街道", "向阳社区委员工作室", StudioMode.OFFLINE, "向阳社区", List.of(4), List.of(), "每周四上午"),
            new StudioPlan("双马街道", "新华村委员工作室", StudioMode.OFFLINE, "新华村", List.of(5), List.of(), "每周五上午"),
            new StudioPlan("双马街道", "栗塘社区委员工作室", StudioMode.BOTH, "栗塘社区", List.of(1), List.of(), "每周一上午"),
            new StudioPlan("建设路街道", "杉山社区委员工作室", StudioMode.OFFLINE, "杉山社区", List.of(2), List.of(), "每周二上午"),
            new StudioPlan("东坪街道", "东坪社区委员工作室", StudioMode.BOTH, "东坪社区", List.of(3), List.of(), "每周三上午"),
            new StudioPlan("岳塘街道", "湖湘社区委员工作室", StudioMode.OFFLINE, "湖湘社区", List.of(4), List.of(), "每周四上午"),
            new StudioPlan("宝塔街道", "竹埠港社区委员工作室", StudioMode.OFFLINE, "竹埠港社区", List.of(5), List.of(), "每周五上午"),
            new StudioPlan("霞城街道", "荷塘社区委员工作室", StudioMode.OFFLINE, "荷塘社区", List.of(1), List.of(), "每周一上午"),
            new StudioPlan("岳塘街道", "岳塘区政协网上委员工作室", StudioMode.ONLINE, null, List.of(1, 2, 3, 4, 5), List.of(),
                    "工作日下午在线答复留言"));

    private static final List<StudioPlan> TIELI_STUDIOS = List.of(
            new StudioPlan("工农乡", "工农乡委员工作室", StudioMode.OFFLINE, "工农村", List.of(3), List.of(),
                    "每周三上午；农忙时节到村屯大棚现场指导"),
            new StudioPlan("双丰镇", "双丰镇委员工作室", StudioMode.BOTH, "建国村", List.of(2), List.of(), "每周二上午，线上随时留言"),
            new StudioPlan("王杨乡", "王杨乡委员工作室", StudioMode.OFFLINE, "建设村", List.of(), List.of(5, 20), "每月5日和20日上午"),
            new StudioPlan("桃山镇", "桃山镇委员工作室", StudioMode.OFFLINE, "桃山村", List.of(4), List.of(), "每周四上午"));

    private static final List<String> YUETANG_HOUSEHOLD = List.of(
            "走访独居老人，了解用餐和就医困难", "听取居民对葩金社区文体设施不足的意见", "友谊小学门前交通安全，听取家长增设减速带的意见",
            "老旧小区加装电梯意愿摸底", "了解困难家庭的生活安排", "背街小巷路灯不亮的问题", "垃圾分类投放点设置的意见",
            "“敲门”行动：宣传防疫要求、动员疫苗接种");
    private static final List<String> TIELI_HOUSEHOLD = List.of(
            "上门收集社情民意：排水沟何时挖", "上门收集社情民意：窗户漏风咋解决", "村内自来水关水阀设计不合理的问题",
            "村民业余文化生活匮乏，村屯缺少文化活动广场", "冬季取暖和用煤情况", "大豆种植补贴政策宣讲", "村级道路破损情况");
    /** Inspections (视察) and public talks (民情恳谈会) of any quarter, at a township's platform. */
    private static final List<String> YUETANG_INSPECTIONS = List.of("视察老旧小区改造施工进度", "视察竹埠港老工业区生态修复",
            "视察社区居家养老服务站运行情况", "视察学校周边交通安全设施");
    private static final List<String> YUETANG_TALKS = List.of("民情恳谈会：社区停车难和背街小巷改造",
            "民情恳谈会：老旧小区加装电梯和物业管理", "民情恳谈会：社区养老和老年助餐", "民情恳谈会：垃圾分类和环境卫生");
    private static final List<String> TIELI_INSPECTIONS = List.of("视察高标准农田建设", "视察农村饮水安全工程",
            "视察蓝莓产业园建设", "视察村卫生室标准化建设", "视察农村人居环境整治");
    private static final List<String> TIELI_TALKS = List.of("民情恳谈会：冬季取暖和农村用电", "民情恳谈会：大豆种植补贴和秋收",
            "民情恳谈会：村屯道路和排水", "民情恳谈会：丰富村民文化生活");
    private static final String NEW_YEAR = "元旦走访慰问困难群众，送去米面油和慰问金";

    private final Random random;
    private final LocalDate today;
    private final DemoArticleQuarter article;
    /** The first day of last year: the first day of the records. */
    private final LocalDate first;
    private final Set<String> busy = new HashSet<>();
    private final List<VisitEntity> visits = new ArrayList<>();
    /** Visits per member and year so far, so those who have been out least go first. */
    private final Map<String, Integer> outings = new HashMap<>();
    private final Map<StudioEntity, StudioPlan> studios = new LinkedHashMap<>();
    private final Map<Long, List<VillageEntity>> villagesOf = new HashMap<>();
    private final Map<Long, PlatformEntity> platformOf = new HashMap<>();
    private CommitteeEntity committee;
    private List<MemberEntity> active;
    private AccountEntity office;
    private DemoEffort effort;

    DemoFieldWork(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.article = new DemoArticleQuarter(today);
        this.first = LocalDate.of(today.getYear() - 1, 1, 1);
    }

    void load(CommitteeEntity committee, String accountPrefix, DemoEffort effort) {
        this.committee = committee;
        this.effort = effort;
        this.active = MemberEntity.list("committee = ?1 and status = ?2 order by id", committee, MemberStatus.ACTIVE);
        this.office = AccountEntity.byUsername(accountPrefix + "-office").orElse(null);
        visits.clear();
        studios.clear();
        outings.clear();
        villagesOf.clear();
        platformOf.clear();
        boolean yuetang = DemoArticleQuarter.isAbout(committee.region);
        if (yuetang) {
            yuetang();
        } else if ("铁力市".equals(committee.region)) {
            tieli();
        } else {
            return;
        }
        LocalDate halfYear = today.minusDays(HALF_YEAR_DAYS);
        for (LocalDate quarter = OfficeClock.quarterStart(first); !quarter.isAfter(today.minusDays(1));
                quarter = quarter.plusMonths(3)) {
            LocalDate from = quarter.isBefore(first) ? first : quarter;
            LocalDate last = quarter.plusMonths(3).minusDays(1);
            LocalDate to = last.isBefore(today) ? last : today.minusDays(1);
            if (yuetang && article.contains(from)) {
                articleQuarter(accountPrefix);
            } else if (yuetang) {
                yuetangQuarter(from, to, accountPrefix);
            } else if (from.isBefore(halfYear)) {
                earlierTieli(from, to.isBefore(halfYear) ? to : halfYear.minusDays(1));
            }
            everyQuarter(from, to, yuetang);
        }
        newYear(yuetang);
        onceAYear();
        visits.forEach(visit -> visit.persist());
    }

    /** 岳塘区's studios, and the inspection and 民情恳谈会 of the last half-year the article tells of. */
    private void yuetang() {
        for (StudioPlan plan : YUETANG_STUDIOS) {
            studio(plan, groupOf(plan.township()), 3 + random.nextInt(2));
        }
        TownshipEntity shuangma = township("双马街道");
        occasion(VisitKind.INSPECTION, shuangma, "新华村", groupOf("双马街道"), "视察“共享小院田园康养”项目和家庭农场建设", 16);
        for (String street : List.of("建设路街道", "东坪街道", "岳塘街道", "宝塔街道", "霞城街道")) {
            occasion(VisitKind.PUBLIC_TALK, township(street), null, groupOf(street), "民情恳谈会：社区停车难和背街小巷改造",
                    15 + random.nextInt(25));
        }
    }

    /**
     * The article's quarter of 岳塘区: every studio holds reception days (五里堆街道政协小组 "moves" two of its studios
     * into the communities for a big one each), which receive {@link DemoArticleQuarter#STUDIO_PEOPLE_RECEIVED} people
     * between them, and the 14 members of the 书院路街道政协小组 go into people's homes
     * {@link DemoArticleQuarter#HOUSEHOLD_MEMBER_VISITS} times, one or two at a visit: the household visits of the
     * quarter.
     */
    private void articleQuarter(String accountPrefix) {
        LocalDate from = article.from;
        LocalDate to = article.to;
        List<VisitEntity> receptions = new ArrayList<>();
        List<StudioEntity> made = new ArrayList<>(studios.keySet());
        studios.forEach((studio, plan) -> {
            List<VisitEntity> held = receptionDays(studio, plan, plan.mode() == StudioMode.ONLINE ? 10 : 2, from, to);
            receptions.addAll(held.isEmpty() ? firstReceptionDay(studio, plan, from, to) : held);
        });
        for (StudioEntity studio : made.subList(2, 4)) {
            VisitEntity visit = visit(VisitKind.RECEPTION_DAY, between(from, to), Slot.AFTERNOON, 150, studio.township,
                    village(studio.township, studio.address), studio, null, groupOf("五里堆街道"), 6,
                    "委员工作室“移动”到社区，集中接待群众", office);
            if (visit != null) {
                receptions.add(visit);
            }
        }
        spread(receptions, DemoArticleQuarter.STUDIO_PEOPLE_RECEIVED);

        AccountEntity convenor = AccountEntity.byUsername(accountPrefix + "-convenor").orElse(office);
        List<MemberEntity> shuyuan = groupOf("书院路街道").stream().limit(14).toList();
        TownshipEntity shuyuanRoad = township("书院路街道");
        int left = DemoArticleQuarter.HOUSEHOLD_MEMBER_VISITS;
        for (int tries = 0; left > 0 && tries < 1000; tries++) {
            VisitEntity visit = visit(VisitKind.HOUSEHOLD, between(from, to), random.nextBoolean() ? Slot.AFTERNOON
                    : Slot.EVENING, 90, shuyuanRoad, village(shuyuanRoad, null), null, null, shuyuan,
                    Math.min(left, 1 + random.nextInt(2)), pick(YUETANG_HOUSEHOLD), convenor);
            if (visit != null) {
                visit.peopleReceived = 1 + random.nextInt(2);
                left -= visit.members.size();
            }
        }
    }

    /** The studio's first opening day of the period on which a resident is free: every studio receives in the quarter. */
    private List<VisitEntity> firstReceptionDay(StudioEntity studio, StudioPlan plan, LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boolean open = plan.weekdays().contains(day.getDayOfWeek().getValue())
                    || plan.monthDays().contains(day.getDayOfMonth());
            VisitEntity visit = !open ? null : visit(VisitKind.RECEPTION_DAY, day, plan.mode() == StudioMode.ONLINE
                    ? Slot.AFTERNOON : Slot.MORNING, 150, studio.township, village(studio.township, studio.address),
                    studio, null, List.copyOf(studio.residents), 1 + random.nextInt(3), "群众接待日", office);
            if (visit != null) {
                return List.of(visit);
            }
        }
        return List.of();
    }

    /**
     * A quarter of 岳塘区 other than the article's, or the part of it since the first of last year or until yesterday,
     * at the article's pace: its studios' reception days receiving about as many people, the 书院路街道政协小组's and
     * 五里堆街道政协小组's household visits, and those of every other street group.
     */
    private void yuetangQuarter(LocalDate from, LocalDate to, String accountPrefix) {
        double share = (ChronoUnit.DAYS.between(from, to) + 1) / (double) QUARTER_DAYS;
        List<VisitEntity> receptions = new ArrayList<>();
        studios.forEach((studio, plan) -> receptions.addAll(receptionDays(studio, plan,
                plan.mode() == StudioMode.ONLINE ? 10 : 2, from, to)));
        spread(receptions, Math.max(receptions.size(), (int) Math.round(share * (280 + random.nextInt(60)))));
        AccountEntity convenor = AccountEntity.byUsername(accountPrefix + "-convenor").orElse(office);
        household(township("书院路街道"), groupOf("书院路街道").stream().limit(14).toList(),
                (int) Math.round(share * (18 + random.nextInt(12))), 2, YUETANG_HOUSEHOLD, from, to, convenor);
        List<VisitEntity> wulidui = household(township("五里堆街道"), groupOf("五里堆街道"),
                (int) Math.round(share * 8), 2, YUETANG_HOUSEHOLD, from, to, office);
        spread(wulidui, (int) Math.round(share * 19));
        for (TownshipEntity street : TownshipEntity.<TownshipEntity>list("committee = ?1 order by id", committee)) {
            if (!street.name.equals("书院路街道") && !street.name.equals("五里堆街道")) {
                household(street, groupOf(street.name), (int) Math.round(share * (5 + random.nextInt(4))), 4,
                        YUETANG_HOUSEHOLD, from, to, office);
            }
        }
    }

    /** The part of a quarter before the last half-year: 铁力市's studios' reception days. */
    private void earlierTieli(LocalDate from, LocalDate to) {
        studios.forEach((studio, plan) -> receptionDays(studio, plan, 2, from, to)
                .forEach(v -> v.peopleReceived = 1 + random.nextInt(8)));
    }

    /**
     * What every quarter holds besides: household visits at every township (铁力市; 岳塘区's are its quarters' own),
     * and inspections and 民情恳谈会 at the platforms.
     */
    private void everyQuarter(LocalDate from, LocalDate to, boolean yuetang) {
        double share = (ChronoUnit.DAYS.between(from, to) + 1) / (double) QUARTER_DAYS;
        List<TownshipEntity> townships = TownshipEntity.list("committee = ?1 order by id", committee);
        if (!yuetang) {
            // The township's own members, and those of the county seat's units who go along (no township of theirs).
            List<MemberEntity> unplaced = active.stream().filter(m -> m.township == null).toList();
            for (int i = 0, n = (int) Math.round(share * (30 + random.nextInt(8))); i < n; i++) {
                TownshipEntity township = pick(townships);
                List<MemberEntity> candidates = new ArrayList<>(livingIn(township));
                candidates.addAll(unplaced);
                household(township, candidates, 1, 4, TIELI_HOUSEHOLD, from, to, office);
            }
        }
        List<GroupEntity> groups = GroupEntity.list("committee = ?1 order by id", committee);
        for (int i = 0, n = (int) Math.round(share * (yuetang ? 2 : 6)); i < n; i++) {
            TownshipEntity township = pick(townships);
            boolean talk = random.nextBoolean();
            List<String> topics = yuetang ? (talk ? YUETANG_TALKS : YUETANG_INSPECTIONS)
                    : (talk ? TIELI_TALKS : TIELI_INSPECTIONS);
            // 岳塘区's street group at its street; one of 铁力市's sector groups at a township.
            List<MemberEntity> members = yuetang ? groupOf(township.name) : groupOf(pick(groups).name);
            occasion(talk ? VisitKind.PUBLIC_TALK : VisitKind.INSPECTION, township, null,
                    members.size() < 3 ? active : members, pick(topics), talk ? 15 + random.nextInt(30) : 6 + random.nextInt(12),
                    from, to, yuetang ? 3 + random.nextInt(3) : 4 + random.nextInt(4));
        }
    }

    /** {@code count} household visits of one or two members each, on afternoons or evenings of the period. */
    private List<VisitEntity> household(TownshipEntity township, List<MemberEntity> members, int count, int mostPeople,
            List<String> topics, LocalDate from, LocalDate to, AccountEntity recorder) {
        List<VisitEntity> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VisitEntity visit = visit(VisitKind.HOUSEHOLD, between(from, to), random.nextBoolean() ? Slot.AFTERNOON
                    : Slot.EVENING, 90, township, village(township, null), null, null, members, 1 + random.nextInt(2),
                    pick(topics), recorder);
            if (visit != null) {
                visit.peopleReceived = 1 + random.nextInt(mostPeople);
                made.add(visit);
            }
        }
        return made;
    }

    /** Around New Year's Day, members of the first group visit families in need: the year's first visit. */
    private void newYear(boolean yuetang) {
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        if (!yearStart.isBefore(today)) {
            return;
        }
        LocalDate last = yearStart.plusDays(9).isBefore(today) ? yearStart.plusDays(9) : today.minusDays(1);
        TownshipEntity township = yuetang ? township("书院路街道") : township("王杨乡");
        List<MemberEntity> members = yuetang ? groupOf("书院路街道") : livingIn(township);
        VisitEntity visit = visit(VisitKind.HOUSEHOLD, between(yearStart, last), Slot.AFTERNOON, 150, township,
                village(township, null), null, null, members.isEmpty() ? active : members, 3, NEW_YEAR, office);
        if (visit != null) {
            visit.peopleReceived = 4 + random.nextInt(5);
        }
    }

    /**
     * The members doing very little are out once a year: at a household visit, inspection or talk of their group or
     * township (this year only in its second half, if at all), when free in its slot.
     */
    private void onceAYear() {
        for (long id : effort.sparseMembers()) {
            MemberEntity member = active.stream().filter(m -> m.id == id).findFirst().orElse(null);
            if (member == null) {
                continue;
            }
            for (int year = first.getYear(); year <= today.getYear(); year++) {
                int y = year;
                boolean thisYear = year == today.getYear();
                if (thisYear && (today.getMonthValue() < 7 || random.nextBoolean())) {
                    continue;
                }
                // Not into the article quarter's household visits of 岳塘区, which keep the article's count.
                List<VisitEntity> theirs = new ArrayList<>(visits.stream()
                        .filter(v -> v.visitDate.getYear() == y && v.kind != VisitKind.RECEPTION_DAY
                                && !(v.kind == VisitKind.HOUSEHOLD && article.contains(v.visitDate)
                                        && DemoArticleQuarter.isAbout(committee.region))
                                && (sameGroup(v, member) || member.township != null
                                        && v.township.id.equals(member.township.id)))
                        .toList());
                Collections.shuffle(theirs, random);
                for (VisitEntity visit : theirs) {
                    if (busy.add(member.id + "|" + visit.visitDate + "|" + slotOf(visit))) {
                        visit.members.add(member);
                        break;
                    }
                }
            }
        }
    }

    private static boolean sameGroup(VisitEntity visit, MemberEntity member) {
        return member.group != null && visit.members.stream()
                .anyMatch(m -> m.group != null && m.group.id.equals(member.group.id));
    }

    private static Slot slotOf(VisitEntity visit) {
        for (Slot slot : Slot.values()) {
            if (!visit.startTime.isBefore(slot.start) && !visit.endTime.isAfter(slot.end)) {
                return slot;
            }
        }
        throw new IllegalStateException("a demo visit outside every slot");
    }

    private void tieli() {
        for (StudioPlan plan : TIELI_STUDIOS) {
            TownshipEntity township = township(plan.township());
            List<MemberEntity> local = livingIn(township);
            StudioEntity studio = studio(plan, local.size() >= 3 ? local : active, 3);
            receptionDays(studio, plan, 2, today.minusDays(HALF_YEAR_DAYS), today.minusDays(1))
                    .forEach(v -> v.peopleReceived = 1 + random.nextInt(8));
        }
        List<TownshipEntity> townships = TownshipEntity.list("committee = ?1 order by id", committee);
        for (int i = 0; i < 24; i++) {
            TownshipEntity township = pick(townships);
            List<MemberEntity> local = livingIn(township);
            VisitEntity visit = visit(VisitKind.HOUSEHOLD, day(HALF_YEAR_DAYS), Slot.AFTERNOON, 90, township,
                    village(township, null), null, null, local.isEmpty() ? active : local, 1 + random.nextInt(2),
                    pick(TIELI_HOUSEHOLD), office);
            if (visit != null) {
                visit.peopleReceived = 1 + random.nextInt(4);
            }
        }
        occasion(VisitKind.INSPECTION, township("工农乡"), "新华村", groupOf("农业界别活动组"), "大棚秧苗保温控温技术指导", 15);
        occasion(VisitKind.INSPECTION, township("王杨乡"), "建设村", groupOf("经济界别活动组"), "视察建设村助老餐厅施工进度", 12);
        occasion(VisitKind.PUBLIC_TALK, township("王杨乡"), "建设村", groupOf("经济界别活动组"),
                "民情恳谈会：发展村级产业项目 拓展村集体经济", 38);
        occasion(VisitKind.PUBLIC_TALK, township("双丰镇"), "建国村", groupOf("农业界别活动组"),
                "民情恳谈会：用好红色资源，发展民宿和农产品展销", 26);
        occasion(VisitKind.INSPECTION, township("双丰镇"), "建国村", groupOf("农业界别活动组"), "视察建国村三组农田路维修", 8);
        occasion(VisitKind.PUBLIC_TALK, township("工农乡"), "北星村", groupOf("科技界别活动组"), "民情恳谈会：北星村网络卡顿", 21);
    }

    private StudioEntity studio(StudioPlan plan, List<MemberEntity> candidates, int residents) {
        StudioEntity studio = new StudioEntity();
        studio.committee = committee;
        studio.township = township(plan.township());
        studio.platform = PlatformEntity.find("township", studio.township).firstResult();
        studio.name = plan.mode() == StudioMode.ONLINE || plan.name().startsWith(plan.township()) ? plan.name()
                : plan.township() + plan.name();
        studio.mode = plan.mode();
        studio.address = plan.place() == null ? null
                : committee.region + plan.township() + plan.place() + (plan.place().endsWith("村") ? "村委会" : "服务中心") + "一楼";
        studio.onlineAddress = plan.mode().receivesOnline() ? "微信群“" + studio.name + "”" : null;
        studio.scheduleWeekdays = plan.weekdays().toArray(Integer[]::new);
        studio.scheduleMonthDays = plan.monthDays().toArray(Integer[]::new);
        studio.scheduleNote = plan.note();
        // Residents receive the public all year: members at their usual work since the term's start.
        List<MemberEntity> pool = new ArrayList<>(candidates.stream()
                .filter(m -> effort.usual(m.id) && effort.joined(m.id) == null).toList());
        while (studio.residents.size() < residents && !pool.isEmpty()) {
            studio.residents.add(pool.remove(random.nextInt(pool.size())));
        }
        studio.lead = studio.residents.isEmpty() ? null : studio.residents.iterator().next();
        studio.persist();
        studios.put(studio, plan);
        return studio;
    }

    /** Some of a studio's opening days from {@code from} to {@code to}, one in {@code every}, each with 1–3 residents. */
    private List<VisitEntity> receptionDays(StudioEntity studio, StudioPlan plan, int every, LocalDate from,
            LocalDate to) {
        List<VisitEntity> held = new ArrayList<>();
        Slot slot = plan.mode() == StudioMode.ONLINE ? Slot.AFTERNOON : Slot.MORNING;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boolean open = plan.weekdays().contains(day.getDayOfWeek().getValue())
                    || plan.monthDays().contains(day.getDayOfMonth());
            if (open && random.nextInt(every) == 0) {
                VisitEntity visit = visit(VisitKind.RECEPTION_DAY, day, slot, 150, studio.township,
                        village(studio.township, studio.address), studio, null, List.copyOf(studio.residents),
                        1 + random.nextInt(3), "群众接待日", office);
                if (visit != null) {
                    held.add(visit);
                }
            }
        }
        return held;
    }

    /** An inspection or public talk on a day of the half-year, at the township's platform. */
    private void occasion(VisitKind kind, TownshipEntity township, String village, List<MemberEntity> members,
            String topic, int people) {
        occasion(kind, township, village, members, topic, people, today.minusDays(HALF_YEAR_DAYS), today.minusDays(1),
                3 + random.nextInt(3));
    }

    /** An inspection or public talk of {@code wanted} members on a day from {@code from} to {@code to}, at the platform. */
    private void occasion(VisitKind kind, TownshipEntity township, String village, List<MemberEntity> members,
            String topic, int people, LocalDate from, LocalDate to, int wanted) {
        VisitEntity visit = visit(kind, between(from, to), Slot.AFTERNOON, 150, township,
                village == null ? null : village(township, village), null,
                platformOf.computeIfAbsent(township.id, id -> PlatformEntity.find("township", township).firstResult()),
                members, wanted, topic, office);
        if (visit != null) {
            visit.peopleReceived = people;
        }
    }

    /**
     * A visit of up to {@code wanted} of the candidates at work that day and free in that slot, those out least that
     * year first, or null when none is.
     */
    private VisitEntity visit(VisitKind kind, LocalDate date, Slot slot, int minutes, TownshipEntity township,
            VillageEntity village, StudioEntity studio, PlatformEntity platform, List<MemberEntity> candidates,
            int wanted, String topic, AccountEntity recorder) {
        List<MemberEntity> pool = new ArrayList<>(candidates.stream().filter(m -> effort.works(m.id, date)).toList());
        Collections.shuffle(pool, random);
        pool.sort(Comparator.comparingInt(m -> outings.getOrDefault(m.id + "|" + date.getYear(), 0)));
        List<MemberEntity> present = new ArrayList<>();
        for (MemberEntity member : pool) {
            if (present.size() < wanted && busy.add(member.id + "|" + date + "|" + slot)) {
                present.add(member);
                outings.merge(member.id + "|" + date.getYear(), 1, Integer::sum);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        int room = (int) Duration.between(slot.start, slot.end).toMinutes() - minutes;
        VisitEntity visit = new VisitEntity();
        visit.committee = committee;
        visit.kind = kind;
        visit.visitDate = date;
        visit.startTime = slot.start.plusMinutes(30L * random.nextInt(room / 30 + 1));
        visit.endTime = visit.startTime.plusMinutes(minutes);
        visit.township = township;
        visit.village = village;
        visit.studio = studio;
        visit.platform = platform;
        visit.members.addAll(present);
        visit.topic = studio != null && kind == VisitKind.RECEPTION_DAY ? studio.name + topic : topic;
        visit.recordedBy = recorder == null ? "system" : recorder.username;
        visit.recordedByAccountId = recorder == null ? null : recorder.id;
        visits.add(visit);
        return visit;
    }

    /** Sets the visits' people received to add up to {@code total}, each at least one. */
    private void spread(List<VisitEntity> among, int total) {
        if (among.isEmpty() || total < among.size()) {
            return;
        }
        int sum = 0;
        for (VisitEntity visit : among) {
            visit.peopleReceived = 1 + random.nextInt(6);
            sum += visit.peopleReceived;
        }
        while (sum != total) {
            VisitEntity visit = among.get(random.nextInt(among.size()));
            if (sum < total) {
                visit.peopleReceived++;
                sum++;
            } else if (visit.peopleReceived > 1) {
                visit.peopleReceived--;
                sum--;
            }
        }
    }

    /** A day from {@code from} to {@code to}, both included. */
    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** A day within the last {@code days}, yesterday at the latest. */
    private LocalDate day(int days) {
        return today.minusDays(1 + random.nextInt(days));
    }

    private TownshipEntity township(String name) {
        return TownshipEntity.find("committee = ?1 and name = ?2", committee, name).firstResult();
    }

    /** The named village of the township, the one an address names, or any. */
    private VillageEntity village(TownshipEntity township, String nameOrAddress) {
        // Read once per township: a query per visit would check the whole persistence context each time.
        List<VillageEntity> villages = villagesOf.computeIfAbsent(township.id,
                id -> VillageEntity.list("township = ?1 order by id", township));
        if (nameOrAddress != null) {
            for (VillageEntity village : villages) {
                if (nameOrAddress.contains(village.name)) {
                    return village;
                }
            }
        }
        return villages.isEmpty() ? null : pick(villages);
    }

    /** The active members of a group, by the group's name or its street's. */
    private List<MemberEntity> groupOf(String name) {
        return active.stream().filter(m -> m.group != null && m.group.name.startsWith(name))
                .collect(Collectors.toList());
    }

    private List<MemberEntity> livingIn(TownshipEntity township) {
        return active.stream().filter(m -> m.township != null && m.township.id.equals(township.id)).toList();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
