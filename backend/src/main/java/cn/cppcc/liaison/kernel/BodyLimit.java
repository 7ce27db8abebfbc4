package cn.cppcc.liaison.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an announced oversize body with problem+json; the HTTP layer would otherwise close it
 * with an empty 413 before any JAX-RS code runs.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body(ctx.request().path()));
            } else {
                ctx.next();
            }
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > limit.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String body(String path) {
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title, 413,
                "请求体超过 " + (limit.asLongValue() / 1024) + " KiB 的上限，请拆分后分批提交", path, null, null, null, null);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
