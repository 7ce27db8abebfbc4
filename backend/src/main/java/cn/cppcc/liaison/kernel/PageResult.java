package cn.cppcc.liaison.kernel;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so a client can draw its pager. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResult<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> mapper) {
        List<E> rows = query.page(Page.of(params.page - 1, params.size)).list();
        return new PageResult<>(rows.stream().map(mapper).toList(), params.page, params.size,
                params.total(query::count));
    }
}
