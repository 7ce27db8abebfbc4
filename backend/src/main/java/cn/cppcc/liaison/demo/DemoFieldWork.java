package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.committee.CommitteeEntity;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A demo committee's studios and its last half-year of visits, as the articles report them: 岳塘区's 12 online and
 * offline studios received {@link #YUETANG_QUARTER} people in the last quarter and the 14 members of the
 * 书院路街道政协小组 made {@link #SHUYUAN_HOUSEHOLD_VISITS} household visits; 铁力市 has its 工农乡委员工作室. Visits
 * obey the service's rules: none after yesterday, none overlapping for a member (each member takes part in at most
 * one visit per slot of a day, and the slots never overlap).
 */
final class DemoFieldWork {

    static final int YUETANG_QUARTER = 326;
    static final int SHUYUAN_HOUSEHOLD_VISITS = 32;
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

    private final Random random;
    private final LocalDate today;
    private final Set<String> busy = new HashSet<>();
    private final List<VisitEntity> visits = new ArrayList<>();
    private CommitteeEntity committee;
    private List<MemberEntity> active;
    private AccountEntity office;

    DemoFieldWork(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    void load(CommitteeEntity committee, String accountPrefix) {
        this.committee = committee;
        this.active = MemberEntity.list("committee = ?1 and status = ?2 order by id", committee, MemberStatus.ACTIVE);
        this.office = AccountEntity.byUsername(accountPrefix + "-office").orElse(null);
        visits.clear();
        if ("岳塘区".equals(committee.region)) {
            yuetang(accountPrefix);
        } else if ("铁力市".equals(committee.region)) {
            tieli();
        }
        visits.forEach(visit -> visit.persist());
    }

    private void yuetang(String accountPrefix) {
        List<VisitEntity> receptions = new ArrayList<>();
        List<StudioEntity> studios = new ArrayList<>();
        for (StudioPlan plan : YUETANG_STUDIOS) {
            StudioEntity studio = studio(plan, groupOf(plan.township()), 3 + random.nextInt(2));
            studios.add(studio);
            receptions.addAll(receptionDays(studio, plan, plan.mode() == StudioMode.ONLINE ? 10 : 2));
        }
        // 五里堆街道政协小组 "moved" its studios into the communities: two big reception days in the last quarter.
        for (StudioEntity studio : studios.subList(2, 4)) {
            VisitEntity visit = visit(VisitKind.RECEPTION_DAY, day(QUARTER_DAYS), Slot.MORNING, 150, studio.township,
                    village(studio.township, studio.address), studio, null, groupOf("五里堆街道"), 6,
                    "委员工作室“移动”到社区，集中接待群众", office);
            if (visit != null) {
                receptions.add(visit);
            }
        }
        spread(receptions.stream().filter(v -> inLastQuarter(v.visitDate)).toList(), YUETANG_QUARTER);
        spread(receptions.stream().filter(v -> !inLastQuarter(v.visitDate)).toList(), 287);

        AccountEntity convenor = AccountEntity.byUsername(accountPrefix + "-convenor").orElse(office);
        List<MemberEntity> shuyuan = groupOf("书院路街道").stream().limit(14).toList();
        TownshipEntity shuyuanRoad = township("书院路街道");
        List<VisitEntity> household = new ArrayList<>();
        while (household.size() < SHUYUAN_HOUSEHOLD_VISITS) {
            VisitEntity visit = visit(VisitKind.HOUSEHOLD, day(QUARTER_DAYS), random.nextBoolean() ? Slot.AFTERNOON
                    : Slot.EVENING, 90, shuyuanRoad, village(shuyuanRoad, null), null, null, shuyuan,
                    1 + random.nextInt(2), pick(YUETANG_HOUSEHOLD), convenor);
            if (visit != null) {
                visit.peopleReceived = 1 + random.nextInt(2);
                household.add(visit);
            }
        }
        TownshipEntity wulidui = township("五里堆街道");
        List<VisitEntity> wuliduiHousehold = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            wuliduiHousehold.add(visit(VisitKind.HOUSEHOLD, day(QUARTER_DAYS), Slot.AFTERNOON, 90, wulidui,
                    village(wulidui, null), null, null, groupOf("五里堆街道"), 2, pick(YUETANG_HOUSEHOLD), office));
        }
        spread(wuliduiHousehold.stream().filter(v -> v != null).toList(), 19);
        TownshipEntity shuangma = township("双马街道");
        occasion(VisitKind.INSPECTION, shuangma, "新华村", groupOf("双马街道"), "视察“共享小院田园康养”项目和家庭农场建设", 16);
        for (String street : List.of("建设路街道", "东坪街道", "岳塘街道", "宝塔街道", "霞城街道")) {
            occasion(VisitKind.PUBLIC_TALK, township(street), null, groupOf(street), "民情恳谈会：社区停车难和背街小巷改造",
                    15 + random.nextInt(25));
        }
    }

    private void tieli() {
        for (StudioPlan plan : TIELI_STUDIOS) {
            TownshipEntity township = township(plan.township());
            List<MemberEntity> local = livingIn(township);
            StudioEntity studio = studio(plan, local.size() >= 3 ? local : active, 3);
            receptionDays(studio, plan, 2).forEach(v -> v.peopleReceived = 1 + random.nextInt(8));
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
        List<MemberEntity> pool = new ArrayList<>(candidates);
        while (studio.residents.size() < residents && !pool.isEmpty()) {
            studio.residents.add(pool.remove(random.nextInt(pool.size())));
        }
        studio.lead = studio.residents.isEmpty() ? null : studio.residents.iterator().next();
        studio.persist();
        return studio;
    }

    /** Some of a studio's opening days of the half-year, one in {@code every}, each with 1–3 residents present. */
    private List<VisitEntity> receptionDays(StudioEntity studio, StudioPlan plan, int every) {
        List<VisitEntity> held = new ArrayList<>();
        Slot slot = plan.mode() == StudioMode.ONLINE ? Slot.AFTERNOON : Slot.MORNING;
        for (LocalDate day = today.minusDays(HALF_YEAR_DAYS); day.isBefore(today); day = day.plusDays(1)) {
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
        VisitEntity visit = visit(kind, day(HALF_YEAR_DAYS), Slot.AFTERNOON, 150, township,
                village == null ? null : village(township, village), null,
                PlatformEntity.find("township", township).firstResult(), members, 3 + random.nextInt(3), topic, office);
        if (visit != null) {
            visit.peopleReceived = people;
        }
    }

    /** A visit of up to {@code wanted} of the candidates free in that slot, or null when none is. */
    private VisitEntity visit(VisitKind kind, LocalDate date, Slot slot, int minutes, TownshipEntity township,
            VillageEntity village, StudioEntity studio, PlatformEntity platform, List<MemberEntity> candidates,
            int wanted, String topic, AccountEntity recorder) {
        List<MemberEntity> pool = new ArrayList<>(candidates);
        List<MemberEntity> present = new ArrayList<>();
        while (present.size() < wanted && !pool.isEmpty()) {
            MemberEntity member = pool.remove(random.nextInt(pool.size()));
            if (busy.add(member.id + "|" + date + "|" + slot)) {
                present.add(member);
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

    private boolean inLastQuarter(LocalDate date) {
        return !date.isBefore(today.minusDays(QUARTER_DAYS));
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
        List<VillageEntity> villages = VillageEntity.list("township = ?1 order by id", township);
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
