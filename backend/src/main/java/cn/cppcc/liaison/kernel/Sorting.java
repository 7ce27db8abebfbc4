package cn.cppcc.liaison.kernel;

import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns the {@code sort} parameter (a field name, "-" for descending) into a Panache sort. */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param allowed API field names mapped to entity properties
     * @param fallback the API field to sort by when none is given
     */
    public static Sort parse(String sort, Map<String, String> allowed, String fallback) {
        String requested = sort == null || sort.isBlank() ? fallback : sort;
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        String property = allowed.get(field);
        if (property == null) {
            throw new ApiProblem(ProblemType.VALIDATION, "不支持按 " + field + " 排序",
                    List.of(new Problem.FieldError("sort",
                            "可选的排序字段：" + String.join("、", new TreeSet<>(allowed.keySet())))),
                    null);
        }
        Sort order = descending ? Sort.descending(property) : Sort.ascending(property);
        // A stable tie-breaker keeps pages from repeating or skipping rows.
        return "id".equals(property) ? order : order.and("id");
    }

    /**
     * As {@link #parse}, but ties are broken by id in the sort's own direction, so that among records of the same
     * day the newest comes first when the list runs newest first. {@code nulls}, when given, places empty values.
     */
    public static Sort parseTiedById(String sort, Map<String, String> allowed, String fallback,
            Sort.NullPrecedence nulls) {
        Sort.Column first = parse(sort, allowed, fallback).getColumns().get(0);
        if ("id".equals(first.getName())) {
            return Sort.by("id", first.getDirection());
        }
        Sort ordered = nulls == null ? Sort.by(first.getName(), first.getDirection())
                : Sort.by(first.getName(), first.getDirection(), nulls);
        return ordered.and("id", first.getDirection());
    }
}
