package cn.cppcc.liaison.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.demo.DemoData;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.support.KeptRows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * 挂牌委员 found from the kept work (member_work) is the same as found from every item of their work, as the
 * member's record lists it: over the demo committees' members and periods from a month to a year.
 */
@QuarkusTest
class IdleMembersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Inject
    DemoData demo;

    @Inject
    OfficeClock clock;

    @Inject
    IdleMembers idleMembers;

    @Inject
    Event<MemberWorkQuery> work;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void askingWhoWorkedFindsTheMembersTheItemsFind() throws SQLException {
        clock.setToday(TODAY);
        assertTrue(demo.load());
        assertWorkKeptAsTheRecordsGiveIt();
        int found = 0;
        for (long committeeId : QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select distinct m.committee.id from MemberEntity m", Long.class).getResultList())) {
            List<Long> members = QuarkusTransaction.requiringNew().call(() -> MemberEntity.<MemberEntity>list(
                    "committee.id = ?1 order by id", committeeId).stream().map(m -> m.id).toList());
            for (LocalDate[] period : List.of(new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)},
                    new LocalDate[] {LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)},
                    new LocalDate[] {LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)},
                    new LocalDate[] {LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)},
                    // Periods that cut months: a duty turn's month must fall inside, as its item's date does.
                    new LocalDate[] {LocalDate.of(2026, 3, 15), LocalDate.of(2026, 5, 10)},
                    new LocalDate[] {LocalDate.of(2026, 10, 16), LocalDate.of(2026, 11, 15)})) {
                Set<Long> asked = QuarkusTransaction.requiringNew().call(() -> new TreeSet<>(
                        idleMembers.of(committeeId, members, period[0], period[1])));
                Set<Long> fromItems = QuarkusTransaction.requiringNew().call(() -> {
                    Set<Long> idle = new TreeSet<>(MemberTerms.inOffice(committeeId, null, period[0], period[1], TODAY));
                    MemberWorkQuery query = new MemberWorkQuery(committeeId, null, period[0], period[1], TODAY);
                    work.fire(query);
                    query.items().stream().filter(item -> item.kind().isWork()).map(MemberWork::memberId)
                            .forEach(idle::remove);
                    return idle;
                });
                assertEquals(fromItems, asked, committeeId + " " + period[0] + "–" + period[1]);
                found += asked.size();
            }
        }
        assertTrue(found > 10, "some members were idle: " + found);
    }

    /**
     * After the demo's every kind of record, written, stepped, merged and reopened, the kept work, who took part
     * in the consultations and activities and whom the opinions count for are the live.
     */
    private void assertWorkKeptAsTheRecordsGiveIt() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (long committeeId : QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "select c.id from CommitteeEntity c", Long.class).getResultList())) {
                assertEquals(List.of(), KeptRows.differences(connection, "member_work", "(work, solved) <> (0, 0)",
                        committeeId), "committee " + committeeId);
                // Who took part in the consultations and activities, kept in bulk and rebuilt once (V23).
                assertEquals(List.of(), KeptRows.differences(connection, "record_participant_month",
                        "(records, people) <> (0, 0)", committeeId), "committee " + committeeId);
                // Whom the opinions count for and their figures by month (V26), loaded in bulk and rebuilt once.
                assertEquals(List.of(), KeptRows.differences(connection, "opinion_slice_month", "(collected,"
                        + " accepted, forwarded, adopted, resolved, solved, open_change, overdue_change)"
                        + " <> (0, 0, 0, 0, 0, 0, 0, 0)", committeeId), "committee " + committeeId);
            }
        }
    }
}
