package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.demo.DemoCommittee.Group;
import cn.cppcc.liaison.demo.DemoCommittee.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Generates a committee's members from fixed lists and a fixed seed, so every load is the same. */
final class DemoPeople {

    /** One member as plain data; gender and status as the API spells them. */
    record Person(String name, String gender, int birthYear, String ethnicity, String party, Sector sector, Group group,
            DemoCommittee.Township township, String employer, String jobTitle, String phone, String status,
            String statusReason, LocalDate statusDate) {
    }

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁东林峰亮成国建志海春立德文宏彬俊力永庆松柏森岩";
    private static final String FEMALE = "芳娜敏静丽艳娟霞燕玲英兰红梅莉婷雪慧茜颖琳萍洁晶月凤琴秀云华丹璐倩欣悦";
    private static final String[] PARTIES = {"中共党员", "中共党员", "中共党员", "中共党员", "民革党员", "民盟盟员", "民建会员",
        "民进会员", "农工党党员", "九三学社社员", "无党派人士", "无党派人士", "群众", "群众"};
    private static final String[] PHONE_PREFIXES = {"130", "131", "133", "135", "136", "137", "138", "139", "150", "151",
        "155", "158", "159", "180", "185", "186", "187", "189"};

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    /** Members spread evenly over the groups; a few per committee suspended or removed, as the evaluation demands. */
    List<Person> members(DemoCommittee committee) {
        List<Person> people = new ArrayList<>();
        String shortRegion = committee.region();
        for (int i = 0; i < committee.members(); i++) {
            Group group = committee.groups().get(i % committee.groups().size());
            Sector sector = i % 6 == 5 ? pick(committee.sectors()) : sectorOf(committee, group);
            String gender = random.nextInt(100) < 62 ? "MALE" : "FEMALE";
            String party = sector.name().equals("中国共产党界") ? "中共党员" : pick(PARTIES);
            DemoCommittee.Township township = random.nextInt(4) == 0 ? null : pick(committee.townships());
            String employer = String.format(pick(sector.employers()), shortRegion);
            String status = "ACTIVE";
            String reason = null;
            LocalDate statusDate = null;
            if (i % 61 == 17) {
                status = "SUSPENDED";
                reason = "因工作调动暂停履职，待届中调整";
                statusDate = committee.termStart().plusMonths(14 + i % 5);
            } else if (i % 61 == 43) {
                status = "REMOVED";
                reason = "连续两年未参加委员联系界别群众活动，履职考评不称职，经主席会议决定撤销委员资格";
                statusDate = committee.termStart().plusMonths(25 + i % 4);
            }
            people.add(new Person(name(gender), gender, 1960 + random.nextInt(31), pick(committee.ethnicities()), party,
                    sector, group, township, employer, pick(sector.titles()), phone(), status, reason, statusDate));
        }
        return people;
    }

    private static Sector sectorOf(DemoCommittee committee, Group group) {
        return committee.sectors().stream().filter(s -> s.name().equals(group.sector())).findFirst().orElseThrow();
    }

    private String name(String gender) {
        String chars = gender.equals("MALE") ? MALE : FEMALE;
        String given = String.valueOf(chars.charAt(random.nextInt(chars.length())));
        if (random.nextInt(10) < 7) {
            given += chars.charAt(random.nextInt(chars.length()));
        }
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given;
    }

    private String phone() {
        String phone;
        do {
            phone = pick(PHONE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
        } while (!used.add(phone));
        return phone;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
