package cn.cppcc.liaison.kernel;

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

    @Inject
    CommitteeNames committees;

    public <R> Response answer(String what, String file, Long committeeId, HttpHeaders headers, UriInfo uri,
            List<ExportColumn<R>> columns, Function<PageParams, List<R>> list) {
        return Export.of(Export.Format.accepted(headers), title(what, committeeId, uri), columns,
                Export.pages(null, list)).attachment(named(file));
    }

    /** The export of a list that is not paged (a year's groups): its rows already read, as one batch. */
    public <R> Response answer(String what, String file, Long committeeId, HttpHeaders headers, UriInfo uri,
            List<ExportColumn<R>> columns, List<R> rows) {
        return Export.of(Export.Format.accepted(headers), title(what, committeeId, uri), columns, rows)
                .attachment(named(file));
    }

    private String title(String what, Long committeeId, UriInfo uri) {
        Long id = committeeId != null ? committeeId : callerContext.get().committeeId();
        return Export.title(what, id == null ? null : committees.nameOf(id), uri.getQueryParameters(), clock.today());
    }

    private String named(String file) {
        return file + "-" + clock.today().format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}
