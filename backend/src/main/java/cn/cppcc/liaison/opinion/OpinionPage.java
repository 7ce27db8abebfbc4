package cn.cppcc.liaison.opinion;

import java.util.List;

/**
 * A page of opinions. A search counts at most {@link OpinionService#SEARCH_COUNT_CAP} matches; when there are
 * more, {@code total} is that cap and {@code totalCapped} is true.
 */
public record OpinionPage(List<Opinion> items, int page, int size, long total, boolean totalCapped) {
}
