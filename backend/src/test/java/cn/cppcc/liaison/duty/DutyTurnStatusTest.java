package cn.cppcc.liaison.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every pair of duty turn states against the published table (recordDutyTurn in openapi.yaml). */
class DutyTurnStatusTest {

    private static final Set<String> ALLOWED = Set.of("SCHEDULED>DONE", "SCHEDULED>MISSED", "DONE>SCHEDULED",
            "MISSED>SCHEDULED");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "SCHEDULED, SCHEDULED", "SCHEDULED, DONE", "SCHEDULED, MISSED",
        "DONE, SCHEDULED", "DONE, DONE", "DONE, MISSED",
        "MISSED, SCHEDULED", "MISSED, DONE", "MISSED, MISSED"})
    void onlyThePublishedTransitionsAreAllowed(DutyTurnStatus from, DutyTurnStatus to) {
        assertEquals(ALLOWED.contains(from + ">" + to), from.canMoveTo(to));
    }
}
