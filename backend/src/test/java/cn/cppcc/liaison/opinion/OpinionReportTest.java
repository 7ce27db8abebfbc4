package cn.cppcc.liaison.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 办理时长's percentiles by the nearest rank: always one of the days measured, never an average of two. */
class OpinionReportTest {

    @Test
    void theNearestRankIsTheValueAtTheRankRoundedUp() {
        List<Long> ten = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 30L);
        assertEquals(5, OpinionReport.nearestRank(OpinionReport.counted(ten), 50));
        assertEquals(9, OpinionReport.nearestRank(OpinionReport.counted(ten), 90));
        assertEquals(7, OpinionReport.nearestRank(OpinionReport.counted(List.of(7L)), 50));
        assertEquals(7, OpinionReport.nearestRank(OpinionReport.counted(List.of(7L)), 90));
        assertEquals(3, OpinionReport.nearestRank(OpinionReport.counted(List.of(3L, 40L)), 50),
                "the lower of two, not 21.5");
        assertEquals(40, OpinionReport.nearestRank(OpinionReport.counted(List.of(3L, 40L)), 90));
        // Counted as the kept 办理时长 gives them: each number of days once, with how many took it.
        assertEquals(2, OpinionReport.nearestRank(List.of(new long[] {2, 3}, new long[] {9, 1}), 50));
        assertEquals(9, OpinionReport.nearestRank(List.of(new long[] {2, 3}, new long[] {9, 1}), 90));
    }
}
