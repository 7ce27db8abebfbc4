package cn.cppcc.liaison.kernel;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

/**
 * A test-only address that exports made-up rows through {@link Export}, failing where asked: the export path
 * tested apart from any feature, its failures included. The contract does not list it.
 */
@Path("/test/csv-export")
public class ExportProbe {

    static final LocalDate DAY_ONE = LocalDate.of(2026, 1, 1);

    /** A row: its id, a text that would start a formula, a negative number and a day. */
    record Row(long id, String text) {
    }

    static final List<ExportColumn<Row>> COLUMNS = List.of(ExportColumn.number("编号", Row::id),
            ExportColumn.text("内容", Row::text), ExportColumn.number("差额", row -> -row.id()),
            ExportColumn.date("日期", row -> DAY_ONE.plusDays(row.id())));

    @GET
    @PermitAll
    @Produces({Export.CSV, Export.XLSX})
    public Response exportRows(@QueryParam("rows") long rows,
            @QueryParam("failAfter") @DefaultValue("-1") long failAfter, @Context HttpHeaders headers) {
        return Export.<Row>of(Export.Format.accepted(headers), "测试导出（rows=" + rows + "）", COLUMNS, (last, size) -> {
            long from = last == null ? 1 : last.id() + 1;
            if (failAfter >= 0 && from > failAfter) {
                throw failAfter == 0 ? ApiProblem.invalid("failAfter", "第一批就读不出来")
                        : new IllegalStateException("数据库在导出途中断开");
            }
            return LongStream.range(from, Math.min(from + size, rows + 1))
                    .mapToObj(id -> new Row(id, "=" + id + "+1")).toList();
        }).attachment("rows");
    }
}
