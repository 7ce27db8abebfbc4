package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.common.AppConfig;
import cn.cppcc.liaison.platform.PlatformEntity;
import cn.cppcc.liaison.sector.SectorEntity;
import cn.cppcc.liaison.township.TownshipEntity;
import cn.cppcc.liaison.township.TownshipKind;
import cn.cppcc.liaison.village.VillageEntity;
import cn.cppcc.liaison.village.VillageKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The two committees of the seed articles, loaded at startup when {@code cppcc.demo-data=true} and no
 * committee exists yet. Demo data lives here, never in a migration; a fixed seed makes every load the same.
 */
@ApplicationScoped
public class DemoData {

    /** The day the 铁力市 article was published. */
    static final long SEED = 20230515L;

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    AppConfig config;

    void onStart(@Observes StartupEvent event) {
        if (config.demoData() && load()) {
            LOG.info("Loaded the demo committees 政协铁力市第九届委员会 and 政协湘潭市岳塘区第五届委员会");
        }
    }

    /** Loads both committees in one transaction; does nothing and answers false when any committee exists. */
    public boolean load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (CommitteeEntity.count() > 0) {
                return false;
            }
            DemoPeople people = new DemoPeople(SEED);
            for (DemoCommittee plan : DemoCommittees.all()) {
                load(plan, people);
            }
            return true;
        });
    }

    private void load(DemoCommittee plan, DemoPeople people) {
        CommitteeEntity committee = new CommitteeEntity();
        committee.name = plan.name();
        committee.region = plan.region();
        committee.termNumber = (short) plan.termNumber();
        committee.termStart = plan.termStart();
        committee.persist();
        Map<String, SectorEntity> sectors = sectors(plan, committee);
        Map<String, TownshipEntity> townships = townships(plan, committee);
        CommitteeEntity.flush();
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
