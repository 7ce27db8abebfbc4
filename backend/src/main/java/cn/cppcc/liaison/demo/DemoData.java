package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.duty.DutyTurnService;
import cn.cppcc.liaison.evaluation.AwardService;
import cn.cppcc.liaison.evaluation.EvaluationQueries;
import cn.cppcc.liaison.evaluation.EvaluationRulesService;
import cn.cppcc.liaison.evaluation.EvaluationService;
import cn.cppcc.liaison.kernel.AppConfig;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.SystemActor;
import cn.cppcc.liaison.member.Gender;
import cn.cppcc.liaison.member.GroupEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.opinion.OpinionCategoryService;
import cn.cppcc.liaison.opinion.OpinionDays;
import cn.cppcc.liaison.opinion.OpinionLifecycle;
import cn.cppcc.liaison.opinion.OpinionService;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.sector.SectorEntity;
import cn.cppcc.liaison.security.Passwords;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipKind;
import cn.cppcc.liaison.village.VillageEntity;
import cn.cppcc.liaison.village.VillageKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The two committees of the seed articles, loaded at startup when {@code cppcc.demo-data=true} and no
 * committee exists yet, with their studios and, from the first of last year to yesterday, so that the member's record
 * and the annual evaluation have a closed year and an open one: visits, duty turns month by month, public opinions,
 * consultations every quarter with their outcomes, proposals and activities. Most members are at work, a few do
 * nothing at all and about ten very little ({@link DemoEffort}). Demo data lives here, never in a migration; a fixed
 * seed makes every load the same for the same office date.
 */
@ApplicationScoped
public class DemoData {

    /** The day the 铁力市 article was published. */
    static final long SEED = 20230515L;

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** How long the last load spent on each part, for the log. */
    private volatile long visitsNanos;
    private volatile long dutyNanos;
    private volatile long proposalsNanos;
    private volatile long opinionsNanos;
    private volatile long consultationsNanos;
    private volatile long articleNanos;

    @Inject
    AppConfig config;

    @Inject
    Passwords passwords;

    @Inject
    DutyTurnService duty;

    @Inject
    OpinionCategoryService categories;

    @Inject
    OpinionService opinions;

    @Inject
    OpinionLifecycle opinionLifecycle;

    @Inject
    SystemActor systemActor;

    @Inject
    EvaluationRulesService evaluationRules;

    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationQueries evaluationQueries;

    @Inject
    AwardService awards;

    @Inject
    OfficeClock clock;

    @Inject
    OpinionDays opinionDays;

    void onStart(@Observes StartupEvent event) {
        if (config.demoData()) {
            load();
        }
    }

    /**
     * Loads both committees in one transaction, as the system actor "system"; does nothing and answers false when
     * any committee exists. The log tells how long it took, at start-up and in the demo's tests alike.
     */
    public boolean load() {
        long started = System.nanoTime();
        boolean loaded = systemActor.call("system", this::loadAll);
        if (loaded) {
            LOG.infof("Loaded the demo committees 政协铁力市第九届委员会 and 政协湘潭市岳塘区第五届委员会"
                    + " with their city committees 政协伊春市委员会 and 政协湘潭市委员会 as of %s in %.1f s (visits %.1f s,"
                    + " duty turns %.1f s, proposals and activities %.1f s, opinions %.1f s, consultations %.1f s,"
                    + " 岳塘区's article quarter %.1f s)",
                    clock.today(), (System.nanoTime() - started) / 1e9, visitsNanos / 1e9, dutyNanos / 1e9,
                    proposalsNanos / 1e9, opinionsNanos / 1e9, consultationsNanos / 1e9, articleNanos / 1e9);
        }
        return loaded;
    }

    private boolean loadAll() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (CommitteeEntity.count() > 0) {
                return false;
            }
            DemoPeople people = new DemoPeople(SEED);
            DemoAccounts accounts = new DemoAccounts(passwords);
            // Its own random sequence, so the roster stays the same whatever the studios and visits draw.
            DemoFieldWork fieldWork = new DemoFieldWork(SEED, clock.today());
            DemoDutyTurns turns = new DemoDutyTurns(duty, SEED, clock.today());
            DemoProposals proposals = new DemoProposals(SEED, clock.today());
            accounts.administrator();
            keptInBulk(true);
            Map<DemoCommittee, CommitteeEntity> loaded = new LinkedHashMap<>();
            Map<Long, DemoEffort> efforts = new HashMap<>();
            visitsNanos = 0;
            dutyNanos = 0;
            proposalsNanos = 0;
            for (DemoCommittee plan : DemoCommittees.all()) {
                CommitteeEntity committee = load(plan, people);
                accounts.forCommittee(committee);
                DemoEffort effort = DemoEffort.plan(committee, clock.today());
                efforts.put(committee.id, effort);
                long part = System.nanoTime();
                fieldWork.load(committee, DemoAccounts.prefix(committee), effort);
                // The visits are written out and forgotten, so the duty roster's many small flushes stay cheap.
                CommitteeEntity.flush();
                CommitteeEntity.getEntityManager().clear();
                committee = CommitteeEntity.findById(committee.id);
                visitsNanos += System.nanoTime() - part;
                part = System.nanoTime();
                turns.forCommittee(committee, effort);
                dutyNanos += System.nanoTime() - part;
                loaded.put(plan, committee);
                part = System.nanoTime();
                proposals.load(committee, DemoAccounts.prefix(committee) + "-office", effort);
                proposalsNanos += System.nanoTime() - part;
            }
            // The city committees come after the county ones, so those keep the first ids and lead every list.
            loaded.forEach((plan, committee) -> {
                CommitteeEntity county = CommitteeEntity.findById(committee.id);
                county.parent = parent(plan.parent());
                accounts.forParent(county.parent);
            });
            CommitteeEntity.flush();
            // With the city committees in place, opinions can be forwarded to them. The opinions start from an
            // empty persistence context, so the service's many small flushes stay cheap.
            CommitteeEntity.getEntityManager().clear();
            // Loaded in bulk, as a bulk load should be: the reports' kept opinion figures are rebuilt once at the
            // end instead of kept through every one of the many writes that date the opinions' histories.
            opinionDays.bulkLoad(() -> loadOpinions(loaded, efforts));
            keptInBulk(false);
            // Last year is scored by each committee's template and closed, this year computed so far.
            CommitteeEntity.flush();
            DemoEvaluation evaluation = new DemoEvaluation(evaluationRules, evaluations, evaluationQueries, awards, clock);
            for (CommitteeEntity committee : loaded.values()) {
                evaluation.forCommittee(CommitteeEntity.findById(committee.id));
            }
            return true;
        });
    }

    /**
     * Before a bulk load ({@code starting}), stops keeping who took part in each visit (V19), consultation,
     * proposal and activity (V23) and who worked when (V20) row by row; after it, rebuilds them once from the records, in the
     * load's transaction. Kept through every write, they cost each of the demo's thousands of members of a record a
     * refresh.
     */
    private void keptInBulk(boolean starting) {
        var em = CommitteeEntity.getEntityManager();
        em.flush();
        String action = starting ? "disable" : "enable";
        em.createNativeQuery("alter table visit_member " + action + " trigger visit_participant_member")
                .executeUpdate();
        em.createNativeQuery("alter table consultation_member " + action + " trigger record_participant_attendance")
                .executeUpdate();
        em.createNativeQuery("alter table activity_member " + action + " trigger record_participant_activity_member")
                .executeUpdate();
        em.createNativeQuery("alter table proposal " + action + " trigger record_participant_proposal").executeUpdate();
        em.createNativeQuery("alter table proposal_member " + action + " trigger record_participant_cosigner")
                .executeUpdate();
        em.createNativeQuery("select set_config('cppcc.member_work', :state, true)")
                .setParameter("state", starting ? "off" : "on").getSingleResult();
        if (!starting) {
            em.createNativeQuery("select count(*) from (select visit_participant_rebuild(), record_participant_rebuild(),"
                    + " member_work_rebuild()) k").getSingleResult();
        }
    }

    /** The opinions, the consultations that take them up, and 岳塘区's article quarter, timed each. */
    private void loadOpinions(Map<DemoCommittee, CommitteeEntity> loaded, Map<Long, DemoEffort> efforts) {
        long started = System.nanoTime();
        DemoOpinions demoOpinions = new DemoOpinions(opinions, opinionLifecycle, SEED, clock);
        for (CommitteeEntity committee : loaded.values()) {
            demoOpinions.forCommittee(CommitteeEntity.findById(committee.id), efforts.get(committee.id));
        }
        opinionsNanos = System.nanoTime() - started;
        // The consultations take up the opinions and resolve some of them as their outcomes are implemented.
        started = System.nanoTime();
        DemoConsultations consultations = new DemoConsultations(opinionLifecycle, CommitteeEntity.getEntityManager(), SEED,
                clock);
        for (CommitteeEntity committee : loaded.values()) {
            CommitteeEntity found = CommitteeEntity.findById(committee.id);
            consultations.forCommittee(found, DemoAccounts.prefix(found), efforts.get(found.id));
        }
        consultationsNanos = System.nanoTime() - started;
        // 岳塘区's article quarter is brought to the article's figures once everything that counts in it is in.
        started = System.nanoTime();
        for (CommitteeEntity committee : loaded.values()) {
            demoOpinions.articleQuarter(CommitteeEntity.findById(committee.id), efforts.get(committee.id));
        }
        articleNanos = System.nanoTime() - started;
    }

    private CommitteeEntity load(DemoCommittee plan, DemoPeople people) {
        CommitteeEntity committee = new CommitteeEntity();
        committee.name = plan.name();
        committee.region = plan.region();
        committee.termNumber = (short) plan.termNumber();
        committee.termStart = plan.termStart();
        committee.persist();
        // As CommitteeService.create does: a committee starts with the usual opinion categories.
        categories.addDefaults(committee);
        Map<String, SectorEntity> sectors = sectors(plan, committee);
        Map<String, TownshipEntity> townships = townships(plan, committee);
        Map<String, GroupEntity> groups = groups(plan, committee, sectors);
        for (DemoPeople.Person person : people.members(plan)) {
            MemberEntity member = member(person, committee, sectors, groups, townships);
            GroupEntity group = member.group;
            // Each group's convenor is its first member in office, as the office appoints one at the term's start.
            if (group.convenor == null && member.status == MemberStatus.ACTIVE) {
                group.convenor = member;
            }
        }
        CommitteeEntity.flush();
        return committee;
    }

    /** A city committee with no roster of its own here: it receives what its county committees forward. */
    private CommitteeEntity parent(DemoCommittee.Parent plan) {
        CommitteeEntity parent = new CommitteeEntity();
        parent.name = plan.name();
        parent.region = plan.region();
        parent.termNumber = (short) plan.termNumber();
        parent.termStart = plan.termStart();
        parent.persist();
        categories.addDefaults(parent);
        return parent;
    }

    private static Map<String, GroupEntity> groups(DemoCommittee plan, CommitteeEntity committee,
            Map<String, SectorEntity> sectors) {
        Map<String, GroupEntity> groups = new HashMap<>();
        for (DemoCommittee.Group g : plan.groups()) {
            GroupEntity group = new GroupEntity();
            group.committee = committee;
            group.name = g.name();
            group.sector = sectors.get(g.sector());
            group.liaisonName = g.liaisonName();
            group.liaisonTitle = g.liaisonTitle();
            group.persist();
            groups.put(g.name(), group);
        }
        return groups;
    }

    private static MemberEntity member(DemoPeople.Person person, CommitteeEntity committee,
            Map<String, SectorEntity> sectors, Map<String, GroupEntity> groups, Map<String, TownshipEntity> townships) {
        MemberEntity member = new MemberEntity();
        member.committee = committee;
        member.name = person.name();
        member.gender = Gender.valueOf(person.gender());
        member.birthYear = (short) person.birthYear();
        member.ethnicity = person.ethnicity();
        member.party = person.party();
        member.sector = sectors.get(person.sector().name());
        member.group = groups.get(person.group().name());
        member.township = person.township() == null ? null : townships.get(person.township().name());
        member.employer = person.employer();
        member.jobTitle = person.jobTitle();
        member.phone = person.phone();
        member.termStart = committee.termStart;
        member.status = MemberStatus.valueOf(person.status());
        member.statusReason = person.statusReason();
        member.statusDate = person.statusDate();
        member.persist();
        return member;
    }

    private static Map<String, SectorEntity> sectors(DemoCommittee plan, CommitteeEntity committee) {
        Map<String, SectorEntity> sectors = new HashMap<>();
        int order = 0;
        for (DemoCommittee.Sector s : plan.sectors()) {
            SectorEntity sector = new SectorEntity();
            sector.committee = committee;
            sector.name = s.name();
            sector.sortOrder = ++order;
            sector.persist();
            sectors.put(s.name(), sector);
        }
        return sectors;
    }

    /** Each township with its villages or communities and its one platform (一乡一平台). */
    private static Map<String, TownshipEntity> townships(DemoCommittee plan, CommitteeEntity committee) {
        Map<String, TownshipEntity> townships = new HashMap<>();
        for (DemoCommittee.Township t : plan.townships()) {
            TownshipEntity township = new TownshipEntity();
            township.committee = committee;
            township.name = t.name();
            township.kind = TownshipKind.valueOf(t.kind());
            township.persist();
            townships.put(t.name(), township);
            for (String place : t.places()) {
                VillageEntity village = new VillageEntity();
                village.township = township;
                village.name = place;
                village.kind = VillageKind.valueOf(DemoCommittee.Township.placeKind(place));
                village.persist();
            }
            PlatformEntity platform = new PlatformEntity();
            platform.committee = committee;
            platform.township = township;
            platform.name = t.platform();
            platform.address = plan.region() + t.name() + (township.kind == TownshipKind.SUBDISTRICT ? "办事处" : "人民政府") + "院内";
            platform.description = "委员每月轮值接待群众、收集社情民意，每季度在此召开协商议事会";
            platform.persist();
        }
        return townships;
    }
}
