package cn.cppcc.liaison.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body announced as larger than {@code quarkus.http.limits.max-body-size} with problem+json;
 * Vert.x's own check (route order -2) would answer the same 413 with an empty body.
 */
@ApplicationScoped
public class BodyLimit {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            Problem problem = new Problem(type.uri(), type.title, type.status, "请求体超过 1 MiB 的上限",
                    context.request().path(), null, null, null);
            try {
                context.response().setStatusCode(type.status)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.fail(e);
            }
            return;
        }
        context.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }
}
