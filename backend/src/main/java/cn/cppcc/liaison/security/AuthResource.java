package cn.cppcc.liaison.security;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthService service;

    @POST
    @Path("token")
    @PermitAll
    public SessionToken issueToken(@Valid @NotNull(message = "请求体不能为空") Credentials body,
            @Context HttpServerRequest request) {
        return service.signIn(body, request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress());
    }

    @GET
    @Path("me")
    @Authenticated
    public CurrentCaller getCurrentCaller() {
        return service.whoAmI();
    }

    @POST
    @Path("password")
    @Authenticated
    public SessionToken changeOwnPassword(@Valid @NotNull(message = "请求体不能为空") PasswordChange body) {
        return service.changePassword(body);
    }
}
