package cn.cppcc.liaison.record;

import cn.cppcc.liaison.kernel.Export;
import cn.cppcc.liaison.kernel.ExportColumn;
import cn.cppcc.liaison.kernel.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A member's record (履职档案), as JSON for the screen and as a workbook to keep. */
@Authenticated
@Path("/api/v1/members/{id}/record")
public class MemberRecordResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The items' columns in a CSV file, as on the workbook's first sheet. */
    static final List<ExportColumn<MemberRecord.Item>> ITEMS = List.of(
            ExportColumn.date("日期", MemberRecord.Item::date),
            ExportColumn.text("类别", MemberRecord.Item::label),
            ExportColumn.text("事项", MemberRecord.Item::title),
            ExportColumn.number("人次", i -> i.amount() > 0 ? i.amount() : null),
            ExportColumn.text("说明", MemberRecord.Item::detail),
            ExportColumn.text("记录类型", MemberRecord.Item::recordType),
            ExportColumn.number("记录编号", MemberRecord.Item::recordId));

    @Inject
    MemberRecordService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public MemberRecord getMemberRecord(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @QueryParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year) {
        return service.get(id, year);
    }

    @GET
    @Path("export")
    @Produces({XLSX, Export.CSV})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE, Role.Names.CONVENOR, Role.Names.LIAISON, Role.Names.MEMBER})
    public Response exportMemberRecord(@PathParam("id") @Min(value = 1, message = "编号从 1 开始") Long id,
            @QueryParam("year") @Min(value = 2000, message = "年度为 2000–2100")
            @Max(value = 2100, message = "年度为 2000–2100") Integer year, @Context HttpHeaders headers) {
        MemberRecord record = service.get(id, year);
        if (Export.Format.accepted(headers, Export.Format.XLSX) == Export.Format.CSV) {
            // The items alone: the counts per kind are the workbook's second sheet, and a CSV file has one.
            return Export.of(Export.Format.CSV, "", ITEMS, record.items())
                    .attachment("record-" + record.member().id() + "-" + record.year());
        }
        return Response.ok(MemberRecordXlsx.write(record), XLSX)
                .header("Content-Disposition", "attachment; filename=\"record-" + record.member().id() + "-"
                        + record.year() + ".xlsx\"")
                .build();
    }
}
