package cn.cppcc.liaison.activity;

import java.util.List;

/**
 * One page of activities. {@code total} counts activities and {@code peopleReached} sums the people they reached
 * (人次), both over every activity that matches, not just this page.
 */
public record ActivityPage(List<Activity> items, int page, int size, long total, long peopleReached) {
}
