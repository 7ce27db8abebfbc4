package cn.cppcc.liaison.memberimport;

import cn.cppcc.liaison.kernel.Idempotency;
import cn.cppcc.liaison.kernel.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;

@Path("/api/v1/members/import")
@Produces(MediaType.APPLICATION_JSON)
public class MemberImportResource {

    @Inject
    MemberImportService service;

    @Inject
    Idempotency idempotency;

    /** Any Content-Type reaches the service, so a wrong one is answered with the two that work. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICE})
    public Response importMembers(
            @QueryParam("committeeId") @NotNull(message = "请给出导入到哪个政协（committeeId）")
            @Min(value = 1, message = "编号从 1 开始") Long committeeId,
            // Strictly true or false: a typo must not turn a trial run into a real import.
            @QueryParam("dryRun") @DefaultValue("true") @Pattern(regexp = "true|false", message = "dryRun 只能是 true 或 false") String dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(Idempotency.KEY) String idempotencyKey,
            byte[] file) {
        boolean trial = Boolean.parseBoolean(dryRun);
        // The same bytes read as another format, or into another committee, are another request.
        return idempotency.answered("importMembers", idempotencyKey,
                Arrays.asList(committeeId, trial, contentType, file),
                () -> service.importMembers(committeeId, trial, contentType, file));
    }
}
