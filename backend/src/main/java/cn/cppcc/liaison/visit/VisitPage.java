package cn.cppcc.liaison.visit;

import java.util.List;

/**
 * One page of visits. {@code total} counts visits and {@code peopleReceived} sums the people they received
 * (人次), both over every visit that matches, not just this page.
 */
public record VisitPage(List<Visit> items, int page, int size, long total, long peopleReceived) {
}
