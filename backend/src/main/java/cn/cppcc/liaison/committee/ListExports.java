package cn.cppcc.liaison.committee;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.kernel.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * A list's {@code /export}: the list's rows for the request's filters as CSV or XLSX by {@code Accept}, titled with
 * the committee (the one asked for, or the caller's), what the list is, the filters as given and the day, and
 * downloaded as {@code file-YYYYMMDD}. A committee the caller may not read fails the list's first page, before any
 * byte, as the list does.
 */
@ApplicationScoped
public class ListExports {

    @Inject
    CallerContext callerContext;

    @Inject
    OfficeClock clock;

    public <R> Response answer(String what, String file, Long committeeId, HttpHeaders headers, UriInfo uri,
            List<ExportColumn<R>> columns, Function<PageParams, List<R>> list) {
        Long id = committeeId != null ? committeeId : callerContext.get().committeeId();
        CommitteeEntity committee = id == null ? null : CommitteeEntity.findById(id);
        String title = Export.title(what, committee == null ? null : committee.name, uri.getQueryParameters(),
                clock.today());
        return Export.of(Export.Format.accepted(headers), title, columns, Export.pages(null, list))
                .attachment(file + "-" + clock.today().format(DateTimeFormatter.BASIC_ISO_DATE));
    }
}
