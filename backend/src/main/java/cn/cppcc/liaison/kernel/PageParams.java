package cn.cppcc.liaison.kernel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.function.LongSupplier;

/** The paging and sorting query parameters every list operation shares. */
public class PageParams {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "页码从 1 开始")
    @Max(value = 100_000, message = "页码不能超过 100000")
    public Integer page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "每页条数至少为 1")
    @Max(value = MAX_SIZE, message = "每页条数不能超过 200")
    public Integer size;

    /** The first page of one row: for a list asked for its {@code total} and sums only. */
    public static PageParams one() {
        PageParams one = new PageParams();
        one.page = 1;
        one.size = 1;
        return one;
    }

    @QueryParam("sort")
    @Size(max = 50, message = "排序字段过长")
    @Pattern(regexp = "-?[A-Za-z]+", message = "排序格式为字段名，降序在前面加 -，例如 -createdAt")
    public String sort;

    /**
     * Whether the page's {@code total} (and a list's sums) are wanted: not by an export reading the list page after
     * page, which would otherwise count the whole list again for every batch. Never a query parameter.
     */
    public boolean counted = true;

    /** The list's total as {@code count} gives it, or 0 without asking when the page is read uncounted. */
    public long total(LongSupplier count) {
        return counted ? count.getAsLong() : 0;
    }
}
