package cn.cppcc.liaison.visit;

import java.util.List;

/**
 * One page of visits. {@code total} counts visits, {@code peopleReceived} sums the people they received and
 * {@code membersPresent} the members present (人次), all over every visit that matches, not just this page.
 */
public record VisitPage(List<Visit> items, int page, int size, long total, long peopleReceived,
        long membersPresent) {
}
