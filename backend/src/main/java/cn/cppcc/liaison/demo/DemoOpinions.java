package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.demo.DemoOpinionTopics.Topic;
import cn.cppcc.liaison.duty.DutyTurnEntity;
import cn.cppcc.liaison.duty.DutyTurnStatus;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.opinion.OpinionAction;
import cn.cppcc.liaison.opinion.OpinionCategoryEntity;
import cn.cppcc.liaison.opinion.OpinionEntity;
import cn.cppcc.liaison.opinion.OpinionFeedback;
import cn.cppcc.liaison.opinion.OpinionFields;
import cn.cppcc.liaison.opinion.OpinionLifecycle;
import cn.cppcc.liaison.opinion.OpinionService;
import cn.cppcc.liaison.opinion.OpinionSource;
import cn.cppcc.liaison.opinion.OpinionStatus;
import cn.cppcc.liaison.opinion.OpinionSummary;
import cn.cppcc.liaison.opinion.OpinionTransitionRequest;
import cn.cppcc.liaison.studio.StudioEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipKind;
import cn.cppcc.liaison.village.VillageEntity;
import cn.cppcc.liaison.visit.VisitEntity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hibernate.Session;

/**
 * A demo committee's public opinions (社情民意) since the first of last year, from {@link DemoOpinionTopics}: a year's
 * worth for the past year (every topic at each of its places, and half as many again of those heard anywhere) and the
 * same pace for the months before it. Heard at the visits and the duty turns that collected opinions, at studios,
 * online or otherwise, by members of the township at their usual work ({@link DemoEffort}), those who have submitted
 * least that year first, some by two or three together; each moved along its lifecycle by {@link OpinionLifecycle}
 * itself, as far as its age allows: recent ones still drafts or awaiting review, older ones accepted or rejected,
 * assigned to a unit, in progress (a few past their due date), resolved (the recent ones awaiting the public's
 * confirmation) or closed with the public's verdict. Two are reopened after an unsatisfied verdict, two duplicates
 * merged, and in each year the first opinion on each city-level topic forwarded to the city committee, most of them
 * adopted with an instruction (批示). Whatever the office's date, one was collected, one accepted and one solved
 * since New Year's Day. In the article's quarter ({@link DemoArticleQuarter}) 岳塘区's studios collect and solve more:
 * once the rest is recorded, as many opinions heard at its studios are added as bring the quarter's figures to the
 * article's, those to be solved carried through to the public's verdict within the quarter, the others settled only
 * after it. The service stamps every step with the current time, so the history is then dated back to the days
 * planned here.
 */
final class DemoOpinions {

    private static final List<String> ACCEPT_NOTES = List.of("经审核，反映情况属实，予以采用", "问题具体、建议可行，予以采用",
            "予以采用，编入本月社情民意汇总");
    private static final List<String> REJECT_REASONS = List.of(
            "反映的是邻里之间的个人纠纷，不属于社情民意受理范围，已请村（社区）调解委员会调解",
            "该问题已由12345热线受理并办结，不再重复交办，已将办理结果告知反映人",
            "所提建议缺少具体情况和数据，请委员补充调研后再报送",
            "涉及的政策由国家统一规定，地方无权调整，已请委员向反映人做好政策解释");
    private static final List<String> FOLLOW_UPS = List.of("已电话告知反映人办理进度", "委员陪同承办单位到现场查看",
            "承办单位书面报告了阶段性进展");
    private static final List<String> DELAYS = List.of("承办单位反映所需资金尚未落实，正在申请追加预算",
            "施工受天气影响暂停，承办单位承诺尽快复工", "涉及多个部门，正在协调职责分工");
    private static final Map<OpinionFeedback, List<String>> CLOSE_NOTES = Map.of(
            OpinionFeedback.SATISFIED, List.of("电话回访反映人，对办理结果表示满意", "委员入户回访，群众对办理结果满意"),
            OpinionFeedback.BASICALLY_SATISFIED, List.of("回访时群众表示问题基本解决，希望加强后续管护",
                    "群众基本满意，建议承办单位定期回头看"),
            OpinionFeedback.UNSATISFIED, List.of("回访时群众不满意：问题没有根本解决"));
    /** The days back the past year reaches: the opinions of the year before come from the months before. */
    private static final int YEAR_DAYS = 364;
    /** Opinions per committee heard in the last two weeks. */
    private static final int RECENT = 10;
    /** Opinions per committee resolved lately and awaiting confirmation, and as many past their due date, at least. */
    private static final int AT_LEAST = 2;
    /** Opinions recorded between two clearings of the persistence context. */
    private static final int RELEASE_EVERY = 20;
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡魏叶潘杜";
    private static final String GIVEN = "桂芝秀英玉兰淑珍凤霞德顺国富永强建军志刚春生长林红梅丽华海涛文斌明亮金山福田";

    /**
     * Which opinions the office is sure to find: recent ones, resolutions awaiting confirmation, overdue ones, and
     * whatever the date, one collected, one accepted and one solved since New Year's Day.
     */
    private enum Kind {
        USUAL, RECENT, AWAITING, OVERDUE, NEW_YEAR_COLLECTED, NEW_YEAR_ACCEPTED, NEW_YEAR_SOLVED
    }

    /** How far an opinion has come. */
    private enum Outcome {
        DRAFT, SUBMITTED, ACCEPTED, REJECTED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, REOPENED
    }

    /** Where a member heard it, on which day, and who submits it. */
    private record Origin(OpinionSource source, LocalDate collectedOn, Visit visit, Turn turn, Studio studio,
            Place village, List<Long> submitters) {
    }

    /*
     * What the opinions refer to, read once: the load clears the persistence context after every opinion, which
     * keeps each of the service's flushes small.
     */
    private record Place(long id, String name) {
    }

    private record Township(long id, String name, TownshipKind kind, List<Place> villages) {
    }

    private record Visit(long id, long townshipId, Long villageId, LocalDate date, List<Long> members) {
    }

    private record Turn(long id, long townshipId, LocalDate month, long member, int opinions) {
    }

    private record Studio(long id, long townshipId, Long lead, List<Long> residents) {
    }

    private record Member(long id, Long townshipId, String groupName) {
    }

    /** One step of the lifecycle on its day; CREATE carries no request. */
    private record Step(OpinionAction action, LocalDate on, OpinionTransitionRequest request) {
    }

    /** An opinion once recorded: what a duplicate of it needs. */
    private record Recorded(long id, Topic topic, Township township, Origin origin, Outcome outcome) {
    }

    private final OpinionService service;
    private final OpinionLifecycle lifecycle;
    private final Random random;
    private final LocalDate today;
    private final Instant now;

    private long committeeId;
    private String region;
    private String parentName;
    private String parentRegion;
    private Map<String, Long> categories;
    private List<Township> townships;
    private List<Visit> visits;
    private List<Turn> turns;
    private List<Studio> studios;
    private List<Member> active;
    private final Map<Object, Integer> used = new HashMap<>();
    /** The topics forwarded in the round at hand, and in any round: no duplicate is merged into those. */
    private final Set<Topic> forwarded = new HashSet<>();
    private final Set<Topic> forwardedTopics = new HashSet<>();
    /** When each opinion's steps happened, in their order. */
    private final Map<Long, List<Instant>> planned = new HashMap<>();
    /** Opinion id, name and phone of the people who raised them. */
    private final List<Object[]> raisers = new ArrayList<>();
    private int sinceRelease;
    private Kind kind;
    private int reopenLeft;
    private DemoEffort effort;
    /** The days the opinions being recorded were heard in: the past year, or the months before it. */
    private LocalDate windowFrom;
    private LocalDate windowTo;
    /** Opinions submitted per member and year so far, so those who have submitted least are asked first. */
    private final Map<String, Integer> submitted = new HashMap<>();

    private final DemoArticleQuarter article;

    DemoOpinions(OpinionService service, OpinionLifecycle lifecycle, long seed, OfficeClock clock) {
        this.service = service;
        this.lifecycle = lifecycle;
        this.random = new Random(seed);
        this.today = clock.today();
        this.now = clock.now();
        this.article = new DemoArticleQuarter(today);
    }

    void forCommittee(CommitteeEntity committee, DemoEffort effort) {
        List<Topic> topics = DemoOpinionTopics.forRegion(committee.region);
        if (topics.isEmpty()) {
            return;
        }
        read(committee);
        this.effort = effort;
        used.clear();
        planned.clear();
        raisers.clear();
        submitted.clear();
        forwardedTopics.clear();
        reopenLeft = 2;
        List<Recorded> recorded = new ArrayList<>();
        // Before the past year, from the first of last year, at the same pace: long since settled.
        LocalDate first = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate yearAgo = today.minusDays(YEAR_DAYS);
        kind = Kind.USUAL;
        forwarded.clear();
        if (first.isBefore(yearAgo)) {
            windowFrom = first;
            windowTo = yearAgo.minusDays(1);
            List<Map.Entry<Topic, Township>> earlier = round(topics);
            // What went to the city committee that year is among them, whatever the share.
            earlier.sort(Comparator.comparing((Map.Entry<Topic, Township> e) -> !e.getKey().cityLevel()));
            long share = Math.round(earlier.size() * (ChronoUnit.DAYS.between(first, yearAgo) / 365.0));
            for (Map.Entry<Topic, Township> place : earlier.subList(0, (int) Math.min(share, earlier.size()))) {
                recorded.add(record(place.getKey(), place.getValue()));
            }
        }
        forwarded.clear();
        windowFrom = yearAgo;
        windowTo = today.minusDays(1);
        List<Map.Entry<Topic, Township>> places = round(topics);
        boolean newYear = today.getDayOfYear() > 1;
        for (int i = 0; i < places.size(); i++) {
            // The last few came in over the past fortnight and are still with the office; a few before them were
            // resolved lately or are overdue, and three are of this year's first days, whatever the draws of the others.
            int left = places.size() - i;
            int atLeast = RECENT + 2 * AT_LEAST;
            kind = left <= RECENT ? Kind.RECENT : left <= RECENT + AT_LEAST ? Kind.AWAITING
                    : left <= atLeast ? Kind.OVERDUE
                    : newYear && left == atLeast + 1 ? Kind.NEW_YEAR_COLLECTED
                    : newYear && left == atLeast + 2 ? Kind.NEW_YEAR_ACCEPTED
                    : newYear && left == atLeast + 3 ? Kind.NEW_YEAR_SOLVED : Kind.USUAL;
            recorded.add(record(places.get(i).getKey(), places.get(i).getValue()));
        }
        kind = Kind.USUAL;
        duplicates(recorded);
        backdate();
    }

    /**
     * Brings 岳塘区's article quarter to the article's figures once its other records are in, the consultations that
     * resolve opinions included: counts what the quarter has collected and solved, as the reports count it, and adds
     * opinions heard at the studios for the rest, dated and backdated as the others.
     */
    void articleQuarter(CommitteeEntity committee, DemoEffort effort) {
        if (!DemoArticleQuarter.isAbout(committee.region)) {
            return;
        }
        readPlaces(committee);
        this.effort = effort;
        List<Topic> topics = DemoOpinionTopics.forRegion(committee.region);
        OpinionSummary quarter = service.summary(new OpinionService.Criteria(committeeId, null, null, null, null, null,
                null, null, null, null, article.from, article.to, null, null, null, null));
        int toCollect = (int) Math.max(0, DemoArticleQuarter.OPINIONS_COLLECTED - quarter.collected());
        int toSolve = (int) Math.max(0, DemoArticleQuarter.OPINIONS_SOLVED - quarter.solved());
        planned.clear();
        raisers.clear();
        List<Map.Entry<Topic, Township>> places = places(topics.stream().filter(t -> !t.cityLevel()).toList());
        for (int i = 0; i < Math.max(toCollect, toSolve); i++) {
            Map.Entry<Topic, Township> place = places.get(i % places.size());
            // Those to be solved are also of the quarter while the collected leave room; any more came in just before.
            LocalDate heard = i < toSolve && i >= toCollect ? article.from.minusDays(1 + random.nextInt(20))
                    : between(article.from, i < toSolve ? article.to.minusDays(20) : article.to);
            atStudio(place.getKey(), place.getValue(), heard, i < toSolve);
        }
        backdate();
    }

    /**
     * One opinion heard on the day at a studio of the township, by one of its residents: solved within the article's
     * quarter (the public satisfied before its end), or else rejected, still in hand or resolved late in the quarter
     * or after it and confirmed only after it.
     */
    private void atStudio(Topic topic, Township township, LocalDate heard, boolean solve) {
        List<Studio> here = studios.stream().filter(s -> s.townshipId() == township.id()).toList();
        Studio studio = pick(here.isEmpty() ? studios : here);
        Township at = townships.stream().filter(t -> t.id() == studio.townshipId()).findFirst().orElse(township);
        Place village = orAny(namedVillage(topic, at), at);
        Origin origin = new Origin(OpinionSource.STUDIO, heard, null, null, studio, village,
                List.of(submitter(studio.residents(), heard)));
        submitted.merge(origin.submitters().get(0) + "|" + heard.getYear(), 1, Integer::sum);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(OpinionAction.CREATE, heard, null));
        LocalDate submittedOn = after(heard, 0, 1);
        steps.add(step(OpinionAction.SUBMIT, submittedOn, null));
        LocalDate decided = after(submittedOn, 1, 4);
        if (!solve && random.nextInt(10) == 0) {
            steps.add(new Step(OpinionAction.REJECT, decided, new OpinionTransitionRequest(OpinionAction.REJECT, null,
                    pick(REJECT_REASONS), null, null, null, null, null, null, null)));
        } else {
            steps.add(step(OpinionAction.ACCEPT, decided, pick(ACCEPT_NOTES)));
            handledAtStudio(steps, topic, at, village, decided, solve);
        }
        long id = run(fields(topic, at, origin, topic.title(), topic.content()), steps);
        raisedBy(id, OpinionSource.STUDIO);
    }

    /**
     * Assigned and taken in hand; to be solved: resolved in the article's quarter and the public satisfied before its
     * end; else mostly resolved late in it or after it (the public's verdict, if any, after it), or still in hand.
     */
    private void handledAtStudio(List<Step> steps, Topic topic, Township township, Place village, LocalDate accepted,
            boolean solve) {
        String unit = text(topic.unit(), township, village);
        LocalDate assigned = after(accepted, 0, 2);
        LocalDate started = after(assigned, 1, 3);
        LocalDate soonest = later(started.plusDays(2), solve ? article.from : article.to.minusDays(20));
        LocalDate resolved = between(soonest, solve ? earlier(article.to.minusDays(3), soonest.plusDays(30))
                : today.minusDays(1));
        boolean resolves = !resolved.isAfter(today.minusDays(1)) && (solve || random.nextInt(10) < 7);
        // Resolved in time; what is still in hand has had its time extended, the work scheduled for later.
        LocalDate due = later(assigned.plusDays(pick(List.of(30, 45, 60))), resolves ? resolved
                : today.plusDays(7 + random.nextInt(34)));
        steps.add(new Step(OpinionAction.ASSIGN, assigned, new OpinionTransitionRequest(OpinionAction.ASSIGN,
                "请于办理期限内书面答复办理情况", null, unit, due, null, null, null, null, null)));
        steps.add(step(OpinionAction.START, started, unit + "已签收，开始办理"));
        if (!resolves) {
            steps.add(step(OpinionAction.PROGRESS, after(started, 3, 20), text(topic.progress(), township, village)));
            return;
        }
        steps.add(resolve(resolved, text(topic.resolution(), township, village)));
        // The quiet period of a resolution late in the quarter ends after it: a verdict after it, if any, counts then.
        LocalDate closeFrom = solve ? resolved.plusDays(2) : later(resolved.plusDays(3), article.to.plusDays(1));
        LocalDate closeBy = solve ? earlier(article.to, resolved.plusDays(15)) : today.minusDays(1);
        if (!closeFrom.isAfter(closeBy) && (solve || random.nextBoolean())) {
            OpinionFeedback feedback = random.nextInt(100) < 70 ? OpinionFeedback.SATISFIED
                    : OpinionFeedback.BASICALLY_SATISFIED;
            steps.add(close(between(closeFrom, closeBy), feedback, pick(CLOSE_NOTES.get(feedback))));
        }
    }

    /** A year's opinions: every topic at each of its places, and half as many again of those heard anywhere. */
    private List<Map.Entry<Topic, Township>> round(List<Topic> topics) {
        List<Map.Entry<Topic, Township>> places = places(topics);
        List<Map.Entry<Topic, Township>> again = places(topics.stream().filter(t -> t.where().isEmpty()).toList());
        places.addAll(again.subList(0, Math.min(again.size(), places.size() / 2)));
        Collections.shuffle(places, random);
        return places;
    }

    private void read(CommitteeEntity committee) {
        readPlaces(committee);
        visits = VisitEntity.<VisitEntity>list("committee = ?1 order by id", committee).stream()
                .filter(v -> v.township != null)
                .map(v -> new Visit(v.id, v.township.id, v.village == null ? null : v.village.id, v.visitDate,
                        v.members.stream().map(m -> m.id).toList()))
                .toList();
        turns = DutyTurnEntity.<DutyTurnEntity>list(
                "committee = ?1 and status = ?2 and opinionsCollected > 0 order by id", committee, DutyTurnStatus.DONE)
                .stream().map(t -> new Turn(t.id, t.platform.township.id, t.month, t.member.id, t.opinionsCollected))
                .toList();
    }

    /** The committee, its categories, townships with their villages, studios with their residents and active members. */
    private void readPlaces(CommitteeEntity committee) {
        committeeId = committee.id;
        region = committee.region;
        parentName = committee.parent == null ? null : committee.parent.name;
        parentRegion = committee.parent == null ? null : committee.parent.region;
        categories = new HashMap<>();
        OpinionCategoryEntity.<OpinionCategoryEntity>list("committee", committee)
                .forEach(c -> categories.put(c.name, c.id));
        townships = TownshipEntity.<TownshipEntity>list("committee = ?1 order by id", committee).stream()
                .map(t -> new Township(t.id, t.name, t.kind, VillageEntity.<VillageEntity>list(
                        "township = ?1 order by id", t).stream().map(v -> new Place(v.id, v.name)).toList()))
                .toList();
        studios = StudioEntity.<StudioEntity>list("committee = ?1 order by id", committee).stream()
                .filter(s -> !s.residents.isEmpty())
                .map(s -> new Studio(s.id, s.township.id, s.lead == null ? null : s.lead.id,
                        s.residents.stream().map(m -> m.id).toList()))
                .toList();
        active = MemberEntity.<MemberEntity>list("committee = ?1 and status = ?2 order by id", committee,
                MemberStatus.ACTIVE).stream()
                .map(m -> new Member(m.id, m.township == null ? null : m.township.id,
                        m.group == null ? null : m.group.name))
                .toList();
    }

    /** Every topic at each of its places, in a shuffled order; a topic from anywhere goes to random townships. */
    private List<Map.Entry<Topic, Township>> places(List<Topic> topics) {
        List<Map.Entry<Topic, Township>> places = new ArrayList<>();
        for (Topic topic : topics) {
            if (topic.where().isEmpty()) {
                for (int i = 0; i < topic.copies(); i++) {
                    places.add(Map.entry(topic, pick(townships)));
                }
            } else {
                for (String where : topic.where()) {
                    places.add(Map.entry(topic, township(where.split("/")[0])));
                }
            }
        }
        Collections.shuffle(places, random);
        return places;
    }

    /** One opinion on the topic at the township; the first of a city-level topic is forwarded to the city. */
    private Recorded record(Topic topic, Township township) {
        boolean newYear = kind == Kind.NEW_YEAR_COLLECTED || kind == Kind.NEW_YEAR_ACCEPTED
                || kind == Kind.NEW_YEAR_SOLVED;
        boolean forward = !newYear && topic.cityLevel() && parentName != null && forwarded.add(topic);
        if (forward) {
            forwardedTopics.add(topic);
        }
        Place village = namedVillage(topic, township);
        Origin origin = origin(topic, township, village, forward);
        origin.submitters().forEach(m -> submitted.merge(m + "|" + origin.collectedOn().getYear(), 1, Integer::sum));
        long age = ChronoUnit.DAYS.between(origin.collectedOn(), today);
        Outcome drawn = outcome(age, forward);
        Outcome outcome = switch (kind) {
            case AWAITING -> forward ? drawn : Outcome.RESOLVED;
            case OVERDUE -> forward ? drawn : Outcome.IN_PROGRESS;
            case NEW_YEAR_SOLVED -> Outcome.CLOSED;
            case NEW_YEAR_COLLECTED -> drawn == Outcome.DRAFT ? Outcome.SUBMITTED : drawn;
            case NEW_YEAR_ACCEPTED -> switch (drawn) {
                case DRAFT, SUBMITTED -> Outcome.ACCEPTED;
                case REJECTED -> age <= 60 ? Outcome.ACCEPTED : Outcome.CLOSED;
                default -> drawn;
            };
            default -> drawn;
        };
        if (outcome == Outcome.CLOSED && age >= 90 && !forward && kind == Kind.USUAL && reopenLeft > 0) {
            outcome = Outcome.REOPENED;
            reopenLeft--;
        }
        List<Step> steps = lifecycle(topic, township, origin, outcome, forward);
        long id = run(fields(topic, township, origin, topic.title(), topic.content()), steps);
        raisedBy(id, origin.source());
        return new Recorded(id, topic, township, origin, outcome);
    }

    /** The village a topic names for this township, if it names one. */
    private Place namedVillage(Topic topic, Township township) {
        for (String where : topic.where()) {
            String[] parts = where.split("/");
            if (parts.length == 2 && parts[0].equals(township.name())) {
                return township.villages().stream().filter(v -> v.name().equals(parts[1])).findFirst()
                        .orElse(null);
            }
        }
        return null;
    }

    /**
     * Where it was heard: a visit to the township or a duty turn at its platform that collected opinions (two
     * opinions at most per visit, no more than the turn recorded), the township's studio, or online and otherwise.
     * What is forwarded to the city comes from the members' own research, well in the past; the recent ones from
     * studios and online.
     */
    private Origin origin(Topic topic, Township township, Place named, boolean forward) {
        List<Long> local = local(township);
        if (forward) {
            // Well in the past: the city has had time to decide.
            LocalDate on = windowTo.equals(today.minusDays(1)) ? today.minusDays(45 + random.nextInt(285))
                    : between(windowFrom, windowFrom.plusDays(ChronoUnit.DAYS.between(windowFrom, windowTo) / 2));
            return new Origin(random.nextBoolean() ? OpinionSource.OTHER : OpinionSource.ONLINE, on, null, null, null,
                    orAny(named, township), List.of(submitter(local, on)));
        }
        List<Studio> studiosHere = studios.stream().filter(s -> s.townshipId() == township.id()).toList();
        if (kind != Kind.USUAL) {
            LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
            LocalDate on = switch (kind) {
                case RECENT -> today.minusDays(random.nextInt(14));
                case NEW_YEAR_COLLECTED -> between(yearStart, today.minusDays(1));
                // Submitted before New Year's Day, accepted after it.
                case NEW_YEAR_ACCEPTED -> yearStart.minusDays(6 + random.nextInt(5));
                // Resolved in the last three weeks of last year, the public satisfied in this year's first days.
                case NEW_YEAR_SOLVED -> yearStart.minusDays(45 + random.nextInt(6));
                default -> today.minusDays(45 + random.nextInt(30));
            };
            if (!studiosHere.isEmpty() && random.nextBoolean()) {
                Studio studio = pick(studiosHere);
                return new Origin(OpinionSource.STUDIO, on, null, null, studio, orAny(named, township),
                        List.of(submitter(studio.residents(), on)));
            }
            return new Origin(OpinionSource.ONLINE, on, null, null, null, orAny(named, township),
                    List.of(submitter(local, on)));
        }
        int roll = random.nextInt(100);
        List<Visit> here = visits.stream().filter(v -> v.townshipId() == township.id()
                && (named == null || v.villageId() == null || v.villageId() == named.id())
                && !v.date().isBefore(windowFrom) && !v.date().isAfter(windowTo)
                && v.members().stream().anyMatch(m -> effort.works(m, v.date()))
                && used.getOrDefault(v, 0) < 2).toList();
        if (roll < 40 && !here.isEmpty()) {
            // Of the visits there, one whose members have submitted least that year.
            List<Visit> choice = new ArrayList<>(here);
            Collections.shuffle(choice, random);
            choice.sort(Comparator.comparingInt(v -> v.members().stream().filter(m -> effort.works(m, v.date()))
                    .mapToInt(m -> submitted.getOrDefault(m + "|" + v.date().getYear(), 0)).min().orElse(0)));
            Visit visit = choice.get(0);
            used.merge(visit, 1, Integer::sum);
            List<Long> present = new ArrayList<>(visit.members().stream().filter(m -> effort.works(m, visit.date()))
                    .toList());
            Collections.shuffle(present, random);
            present.sort(Comparator.comparingInt(m -> submitted.getOrDefault(m + "|" + visit.date().getYear(), 0)));
            Place village = named != null ? named : township.villages().stream()
                    .filter(v -> visit.villageId() != null && v.id() == visit.villageId()).findFirst()
                    .orElseGet(() -> orAny(null, township));
            return new Origin(OpinionSource.VISIT, visit.date(), visit, null, null, village,
                    present.subList(0, Math.min(present.size(), 1 + random.nextInt(2))));
        }
        List<Turn> onDuty = turns.stream().filter(t -> t.townshipId() == township.id()
                && !t.month().isBefore(windowFrom.withDayOfMonth(1)) && !t.month().isAfter(windowTo)
                && used.getOrDefault(t, 0) < t.opinions()).toList();
        if (roll < 60 && !onDuty.isEmpty()) {
            Turn turn = pick(onDuty);
            used.merge(turn, 1, Integer::sum);
            LocalDate last = turn.month().plusMonths(1).minusDays(1);
            last = last.isBefore(today) ? last : today.minusDays(1);
            LocalDate on = turn.month().plusDays(random.nextInt((int) ChronoUnit.DAYS.between(turn.month(), last) + 1));
            return new Origin(OpinionSource.DUTY_TURN, on, null, turn, null, orAny(named, township),
                    List.of(turn.member()));
        }
        if (roll < 80 && !studiosHere.isEmpty()) {
            Studio studio = pick(studiosHere);
            LocalDate on = day();
            long member = studio.lead() != null && random.nextInt(4) == 0 ? studio.lead()
                    : submitter(studio.residents(), on);
            return new Origin(OpinionSource.STUDIO, on, null, null, studio, orAny(named, township),
                    List.of(member));
        }
        LocalDate on = day();
        // Heard by one member, or by two or three of the township's together (联名).
        List<Long> heardBy = new ArrayList<>(List.of(submitter(local, on)));
        for (int more = random.nextInt(10) < 5 ? 1 + random.nextInt(2) : 0; more > 0; more--) {
            long next = submitter(local.stream().filter(m -> !heardBy.contains(m)).toList(), on);
            if (!heardBy.contains(next)) {
                heardBy.add(next);
            }
        }
        return new Origin(roll % 2 == 0 ? OpinionSource.ONLINE : OpinionSource.OTHER, on, null, null, null,
                orAny(named, township), List.copyOf(heardBy));
    }

    /** How far an opinion of this age has come; those forwarded to the city have always been taken up. */
    private Outcome outcome(long age, boolean forward) {
        int roll = random.nextInt(100);
        Outcome outcome;
        if (age <= 7) {
            outcome = roll < 35 ? Outcome.DRAFT : Outcome.SUBMITTED;
        } else if (age <= 25) {
            outcome = roll < 15 ? Outcome.SUBMITTED : roll < 50 ? Outcome.ACCEPTED : roll < 60 ? Outcome.REJECTED
                    : roll < 85 ? Outcome.ASSIGNED : Outcome.IN_PROGRESS;
        } else if (age <= 60) {
            outcome = roll < 10 ? Outcome.ASSIGNED : roll < 40 ? Outcome.IN_PROGRESS : roll < 70 ? Outcome.RESOLVED
                    : roll < 90 ? Outcome.CLOSED : Outcome.REJECTED;
        } else if (age <= 120) {
            outcome = roll < 12 ? Outcome.IN_PROGRESS : roll < 37 ? Outcome.RESOLVED : roll < 90 ? Outcome.CLOSED
                    : Outcome.REJECTED;
        } else {
            outcome = roll < 20 ? Outcome.RESOLVED : roll < 91 ? Outcome.CLOSED : Outcome.REJECTED;
        }
        if (forward && (outcome == Outcome.DRAFT || outcome == Outcome.SUBMITTED || outcome == Outcome.REJECTED)) {
            return age <= 60 ? Outcome.IN_PROGRESS : Outcome.CLOSED;
        }
        return outcome;
    }

    /** The steps that bring an opinion to its outcome, each on a day between its collection and today. */
    private List<Step> lifecycle(Topic topic, Township township, Origin origin, Outcome outcome, boolean forward) {
        List<Step> steps = new ArrayList<>();
        LocalDate day = after(origin.collectedOn(), 0, 2);
        steps.add(new Step(OpinionAction.CREATE, day, null));
        if (outcome == Outcome.DRAFT) {
            return steps;
        }
        day = after(day, 0, 3);
        steps.add(step(OpinionAction.SUBMIT, day, null));
        if (outcome == Outcome.SUBMITTED) {
            return steps;
        }
        day = kind == Kind.NEW_YEAR_ACCEPTED ? newYearsDay(day) : after(day, 1, 6);
        if (outcome == Outcome.REJECTED) {
            steps.add(new Step(OpinionAction.REJECT, day, new OpinionTransitionRequest(OpinionAction.REJECT, null,
                    pick(REJECT_REASONS), null, null, null, null, null, null, null)));
            return steps;
        }
        steps.add(step(OpinionAction.ACCEPT, day, pick(ACCEPT_NOTES)));
        LocalDate accepted = day;
        if (outcome != Outcome.ACCEPTED) {
            handle(steps, topic, township, origin, outcome, after(day, 0, 3));
        }
        if (forward) {
            forward(steps, topic, accepted);
        }
        steps.sort(Comparator.comparing(Step::on));
        return steps;
    }

    /** Assigned to the unit, and as far on as the outcome says. */
    private void handle(List<Step> steps, Topic topic, Township township, Origin origin, Outcome outcome,
            LocalDate assigned) {
        String unit = text(topic.unit(), township, origin.village());
        LocalDate due = assigned.plusDays(pick(kind == Kind.OVERDUE ? List.of(15, 30) : List.of(15, 30, 30, 45, 60)));
        boolean handling = outcome == Outcome.ASSIGNED || outcome == Outcome.IN_PROGRESS;
        boolean late = handling && (kind == Kind.OVERDUE || random.nextInt(100) < 40);
        if (handling && !late && due.isBefore(today)) {
            due = today.plusDays(7 + random.nextInt(34)); // extended: the work is scheduled for later
        }
        steps.add(new Step(OpinionAction.ASSIGN, assigned, new OpinionTransitionRequest(OpinionAction.ASSIGN,
                "请于办理期限内书面答复办理情况", null, unit, due, null, null, null, null, null)));
        if (outcome == Outcome.ASSIGNED) {
            return;
        }
        LocalDate day = after(assigned, 1, 6);
        steps.add(step(OpinionAction.START, day, unit + "已签收，开始办理"));
        String progress = text(topic.progress(), township, origin.village());
        if (outcome == Outcome.IN_PROGRESS) {
            day = after(day, 3, 20);
            steps.add(step(OpinionAction.PROGRESS, day, progress));
            if (late && due.isBefore(today)) {
                steps.add(step(OpinionAction.PROGRESS, after(day, 1, 10), pick(DELAYS)));
            } else if (random.nextBoolean()) {
                steps.add(step(OpinionAction.PROGRESS, after(day, 1, 10), pick(FOLLOW_UPS)));
            }
            return;
        }
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        LocalDate resolved = kind == Kind.AWAITING ? after(today.minusDays(20), 0, 15)
                // Resolved late last year, so its quiet period ends this year too.
                : kind == Kind.NEW_YEAR_SOLVED ? between(later(day.plusDays(1), yearStart.minusDays(20)),
                        yearStart.minusDays(2))
                : after(day, 5, 50);
        if (outcome != Outcome.RESOLVED) {
            // Room for the public's verdict before today.
            LocalDate latest = today.minusDays(3);
            resolved = resolved.isAfter(latest) ? (latest.isBefore(day) ? day : latest) : resolved;
        }
        if (ChronoUnit.DAYS.between(day, resolved) > 12) {
            steps.add(step(OpinionAction.PROGRESS, day.plusDays(1 + random.nextInt(10)), progress));
        }
        String resolution = text(topic.resolution(), township, origin.village());
        steps.add(resolve(resolved, resolution));
        if (outcome == Outcome.RESOLVED) {
            return;
        }
        LocalDate closed = kind == Kind.NEW_YEAR_SOLVED ? newYearsDay(resolved) : after(resolved, 3, 20);
        if (outcome == Outcome.CLOSED) {
            int roll = random.nextInt(100);
            OpinionFeedback feedback = roll < 62 || kind == Kind.NEW_YEAR_SOLVED ? OpinionFeedback.SATISFIED
                    : roll < 90 ? OpinionFeedback.BASICALLY_SATISFIED : OpinionFeedback.UNSATISFIED;
            steps.add(close(closed, feedback, pick(CLOSE_NOTES.get(feedback))));
            return;
        }
        // Reopened: the public was not satisfied, the office assigned it again.
        steps.add(close(closed, OpinionFeedback.UNSATISFIED, "回访时群众不满意：办理后不久问题又出现了，没有彻底解决"));
        LocalDate reopened = after(closed, 1, 5);
        steps.add(new Step(OpinionAction.REOPEN, reopened, new OpinionTransitionRequest(OpinionAction.REOPEN,
                "群众不满意，重新交办：请承办单位查明问题反复的原因，彻底解决", null, null,
                reopened.plusDays(30), null, null, null, null, null)));
        day = after(reopened, 1, 4);
        steps.add(step(OpinionAction.START, day, unit + "再次到现场查明原因，重新制定整改方案"));
        if (reopenLeft == 1) { // the first one reopened is resolved again; the second still in progress
            steps.add(resolve(after(day, 5, 25), resolution + "；针对反复出现的问题，已建立定期巡查和维护机制"));
        } else {
            steps.add(step(OpinionAction.PROGRESS, after(day, 3, 12), progress));
        }
    }

    /** Forwarded to the city committee a few days after it was accepted; most adopted with an instruction. */
    private void forward(List<Step> steps, Topic topic, LocalDate accepted) {
        LocalDate forwarded = after(accepted, 2, 10);
        steps.add(step(OpinionAction.FORWARD, forwarded, "该问题在全市具有普遍性，报送" + parentName));
        // The round's first is adopted, most of the others too.
        if (this.forwarded.size() == 1 || random.nextInt(100) < 75) {
            String unit = topic.unit().replace(region, parentRegion);
            steps.add(new Step(OpinionAction.ADOPT, after(forwarded, 7, 30), new OpinionTransitionRequest(
                    OpinionAction.ADOPT, parentRegion + "政协采用，编入《社情民意》第" + (3 + random.nextInt(30))
                    + "期报送市委、市政府", null, null, null, null, null, null, null,
                    "市政府分管领导批示：此件反映的问题具有普遍性，请" + unit + "会同有关部门研究提出解决办法，并在全市推广好的做法。")));
        }
    }

    /**
     * A second member heard the same problem a few days later; the office merges the duplicate into the first,
     * which then counts both members. Twice per committee.
     */
    private void duplicates(List<Recorded> recorded) {
        int merged = 0;
        for (Recorded first : recorded) {
            if (merged == 2) {
                return;
            }
            LocalDate heard = first.origin().collectedOn().plusDays(2 + random.nextInt(7));
            boolean target = switch (first.outcome()) {
                case ACCEPTED, ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED -> true;
                default -> false;
            };
            if (!target || forwardedTopics.contains(first.topic()) || heard.isAfter(today.minusDays(6))) {
                continue;
            }
            List<Long> others = local(first.township()).stream()
                    .filter(m -> !first.origin().submitters().contains(m)).toList();
            Origin origin = new Origin(OpinionSource.ONLINE, heard, null, null, null, first.origin().village(),
                    List.of(submitter(others, heard)));
            String content = "又有群众在网上留言反映同一问题：" + first.topic().content();
            LocalDate submittedOn = after(heard, 0, 2);
            List<Step> steps = List.of(new Step(OpinionAction.CREATE, heard, null),
                    step(OpinionAction.SUBMIT, submittedOn, null),
                    new Step(OpinionAction.MERGE, after(submittedOn, 1, 3), new OpinionTransitionRequest(
                            OpinionAction.MERGE, "与已上报的社情民意 " + first.id() + " 反映的是同一问题，合并办理", null, null,
                            null, null, null, null, first.id(), null)));
            long id = run(fields(first.topic(), first.township(), origin, first.topic().title(), content), steps);
            raisedBy(id, OpinionSource.ONLINE);
            merged++;
        }
    }

    /** Records the opinion and takes its steps through the service; {@link #backdate} dates them as planned. */
    private long run(OpinionFields fields, List<Step> steps) {
        // Recorded and submitted in one call where it was submitted at all; the history still shows both steps.
        boolean submit = steps.size() > 1 && steps.get(1).action() == OpinionAction.SUBMIT;
        long id = service.create(submit ? submitted(fields) : fields).id();
        for (Step step : steps.subList(submit ? 2 : 1, steps.size())) {
            lifecycle.transition(id, null, step.request());
        }
        List<Instant> times = new ArrayList<>(steps.size());
        Instant at = null;
        for (Step step : steps) {
            at = instant(step.on(), at);
            times.add(at);
        }
        planned.put(id, times);
        if (++sinceRelease == RELEASE_EVERY) {
            release();
        }
        return id;
    }

    /** Writes out what is pending and forgets every record, so the service's flushes stay small. */
    private void release() {
        OpinionEntity.flush();
        OpinionEntity.getEntityManager().clear();
        sinceRelease = 0;
    }

    /**
     * Dates each opinion's history as planned, its own timestamps after its history, and writes the raisers, in a
     * few statements for the whole committee.
     */
    private void backdate() {
        release();
        OpinionEntity.getEntityManager().unwrap(Session.class).doWork(connection -> {
            List<Long> entries = new ArrayList<>();
            List<String> times = new ArrayList<>();
            try (PreparedStatement history = connection.prepareStatement("select opinion_id, id from opinion_transition"
                    + " where opinion_id = any (?) order by opinion_id, id")) {
                history.setArray(1, connection.createArrayOf("bigint", planned.keySet().toArray()));
                try (ResultSet rs = history.executeQuery()) {
                    long opinion = -1;
                    int index = 0;
                    while (rs.next()) {
                        index = rs.getLong(1) == opinion ? index + 1 : 0;
                        opinion = rs.getLong(1);
                        List<Instant> planned = this.planned.get(opinion);
                        entries.add(rs.getLong(2));
                        times.add(planned.get(Math.min(index, planned.size() - 1)).toString());
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update opinion_transition t set at = v.at"
                    + " from unnest(?, cast(? as timestamptz[])) as v(id, at) where t.id = v.id")) {
                update.setArray(1, connection.createArrayOf("bigint", entries.toArray()));
                update.setArray(2, connection.createArrayOf("text", times.toArray()));
                update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("update opinion o set raised_by_name = v.name,"
                    + " raised_by_phone = v.phone from unnest(?, ?, ?) as v(id, name, phone) where o.id = v.id")) {
                update.setArray(1, connection.createArrayOf("bigint", raisers.stream().map(r -> r[0]).toArray()));
                update.setArray(2, connection.createArrayOf("text", raisers.stream().map(r -> r[1]).toArray()));
                update.setArray(3, connection.createArrayOf("text", raisers.stream().map(r -> r[2]).toArray()));
                update.executeUpdate();
            }
            // The service stamped the opinions with the load's time; their history says when things happened.
            try (PreparedStatement update = connection.prepareStatement("update opinion o set created_at = t.first_at,"
                    + " updated_at = t.last_at, status_changed_at = t.changed_at, submitted_at = t.submitted_at,"
                    + " forwarded_at = t.forwarded_at, adopted_at = t.adopted_at,"
                    + " accepted_on = (t.accepted_at at time zone 'Asia/Shanghai')::date,"
                    + " resolution_entered_on = case when o.resolved_on is null then null"
                    + " else (t.resolved_at at time zone 'Asia/Shanghai')::date end,"
                    + " closed_on = case when o.status = 'CLOSED' then (t.closed_at at time zone 'Asia/Shanghai')::date end"
                    + " from (select opinion_id, min(at) as first_at, max(at) as last_at,"
                    + " min(at) filter (where action = 'ACCEPT') as accepted_at,"
                    + " max(at) filter (where action = 'RESOLVE') as resolved_at,"
                    + " max(at) filter (where action = 'CLOSE') as closed_at,"
                    + " max(at) filter (where action = 'CREATE' or to_status is distinct from from_status) as changed_at,"
                    + " max(at) filter (where action = 'SUBMIT') as submitted_at,"
                    + " max(at) filter (where action = 'FORWARD') as forwarded_at,"
                    + " max(at) filter (where action = 'ADOPT') as adopted_at"
                    + " from opinion_transition where opinion_id = any (?) group by opinion_id) t"
                    + " where t.opinion_id = o.id")) {
                update.setArray(1, connection.createArrayOf("bigint", planned.keySet().toArray()));
                update.executeUpdate();
            }
        });
    }

    private static OpinionFields submitted(OpinionFields f) {
        return new OpinionFields(f.committeeId(), f.title(), f.content(), f.categoryId(), f.collectedOn(),
                f.townshipId(), f.villageId(), f.source(), f.visitId(), f.dutyTurnId(), f.studioId(), f.memberIds(),
                f.raisedByName(), f.raisedByPhone(), true);
    }

    private OpinionFields fields(Topic topic, Township township, Origin origin, String title, String content) {
        return new OpinionFields(committeeId, text(title, township, origin.village()),
                text(content, township, origin.village()), categories.get(topic.category()), origin.collectedOn(),
                township.id(), origin.village() == null ? null : origin.village().id(), origin.source(),
                origin.visit() == null ? null : origin.visit().id(), origin.turn() == null ? null : origin.turn().id(),
                origin.studio() == null ? null : origin.studio().id(), origin.submitters(), null, null, null);
    }

    /**
     * The person who raised it, for many of those heard face to face and a few online: written straight onto the
     * record, as reading it back through the service would log the system as having seen personal data.
     */
    private void raisedBy(long id, OpinionSource source) {
        int chance = switch (source) {
            case VISIT, DUTY_TURN, STUDIO -> 55;
            case ONLINE -> 35;
            case OTHER -> 15;
        };
        if (random.nextInt(100) >= chance) {
            return;
        }
        String name = null;
        if (source != OpinionSource.ONLINE || random.nextBoolean()) {
            name = SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + GIVEN.substring(2 * random.nextInt(GIVEN.length() / 2)).substring(0, 2);
        }
        String phone = (random.nextBoolean() ? "138" : "139") + String.format("%08d", random.nextInt(100_000_000));
        raisers.add(new Object[] {id, name, phone});
    }

    private static Step step(OpinionAction action, LocalDate on, String note) {
        return new Step(action, on, new OpinionTransitionRequest(action, note, null, null, null, null, null, null, null,
                null));
    }

    private static Step resolve(LocalDate on, String resolution) {
        return new Step(OpinionAction.RESOLVE, on, new OpinionTransitionRequest(OpinionAction.RESOLVE, null, null, null,
                null, resolution, on, null, null, null));
    }

    private static Step close(LocalDate on, OpinionFeedback feedback, String note) {
        return new Step(OpinionAction.CLOSE, on, new OpinionTransitionRequest(OpinionAction.CLOSE, note, null, null,
                null, null, null, feedback, null, null));
    }

    /** A working hour of the day, after the previous step and never later than now. */
    private Instant instant(LocalDate day, Instant previous) {
        Instant at = day.atTime(8 + random.nextInt(9), random.nextInt(60)).atZone(OfficeClock.ZONE).toInstant();
        if (previous != null && !at.isAfter(previous)) {
            at = previous.plus(5 + random.nextInt(60), ChronoUnit.MINUTES);
        }
        return at.isAfter(now) ? now : at;
    }

    /** A day of this year's first ten days, after {@code day} and by yesterday (a step after New Year's Day). */
    private LocalDate newYearsDay(LocalDate day) {
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        LocalDate last = yearStart.plusDays(9).isBefore(today) ? yearStart.plusDays(9) : today.minusDays(1);
        LocalDate first = later(day.plusDays(1), yearStart);
        return first.isAfter(last) ? first : between(first, last);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    /** Between {@code from} and {@code to} days after the day, today at the latest. */
    private LocalDate after(LocalDate day, int from, int to) {
        LocalDate later = day.plusDays(from + random.nextInt(to - from + 1));
        return later.isAfter(today) ? (day.isAfter(today) ? day : today) : later;
    }

    private String text(String template, Township township, Place village) {
        String gov = township.name() + (township.kind() == TownshipKind.SUBDISTRICT ? "办事处" : "人民政府");
        return template.replace("{place}", village == null ? township.name() : village.name())
                .replace("{town}", township.name()).replace("{gov}", gov);
    }

    private Place orAny(Place named, Township township) {
        return named != null || township.villages().isEmpty() ? named : pick(township.villages());
    }

    /**
     * The active members who live in the township, liaise with it (members of the county seat's units) or belong to its
     * street's group.
     */
    private List<Long> local(Township township) {
        List<Member> local = active.stream().filter(m -> (m.townshipId() != null ? m.townshipId() == township.id()
                : townships.get(DemoEffort.liaisonTownship(m.id(), townships.size())).id() == township.id())
                || (m.groupName() != null && m.groupName().startsWith(township.name()))).toList();
        return (local.isEmpty() ? active : local).stream().map(Member::id).toList();
    }

    /**
     * A day of the past year, a third of them in the last month, as opinions keep coming in; before the past year, any
     * day of the months being recorded.
     */
    private LocalDate day() {
        if (!windowTo.equals(today.minusDays(1))) {
            return between(windowFrom, windowTo);
        }
        return today.minusDays(random.nextInt(3) == 0 ? 1 + random.nextInt(30) : 31 + random.nextInt(334));
    }

    /** A day from {@code from} to {@code to}, both included ({@code from} when they cross). */
    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    /**
     * Who heard it among the candidates: members at their usual work that day, those who have submitted least that
     * year first (any such member of the committee when none of the candidates is).
     */
    private long submitter(List<Long> candidates, LocalDate on) {
        List<Long> pool = new ArrayList<>(candidates.stream().filter(m -> effort.works(m, on)).toList());
        if (pool.isEmpty()) {
            pool.addAll(active.stream().map(Member::id).filter(m -> effort.works(m, on)).toList());
        }
        Collections.shuffle(pool, random);
        pool.sort(Comparator.comparingInt(m -> submitted.getOrDefault(m + "|" + on.getYear(), 0)));
        return pool.get(0);
    }

    private Township township(String name) {
        return townships.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo township " + name));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
