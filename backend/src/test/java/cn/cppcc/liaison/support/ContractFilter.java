package cn.cppcc.liaison.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;

/**
 * Checks every request and response of the tests against the root openapi.yaml. A test that sends
 * a deliberately broken request marks it with {@link #BROKEN_REQUEST}; then only the response is checked.
 */
public final class ContractFilter implements OrderedFilter {

    public static final String BROKEN_REQUEST = "X-Test-Broken-Request";
    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final ContractFilter INSTANCE = new ContractFilter();

    private final OpenApiInteractionValidator full = validator(false);
    private final OpenApiInteractionValidator responseOnly = validator(true);

    public static ContractFilter instance() {
        return INSTANCE;
    }

    /** A validator of the contract; {@code skipRequest} leaves the request unchecked. */
    public static OpenApiInteractionValidator validator(boolean skipRequest) {
        LevelResolver.Builder levels = LevelResolver.create();
        if (skipRequest) {
            levels.withLevel("validation.request", ValidationReport.Level.IGNORE);
        }
        return OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                .withLevelResolver(levels.build())
                .build();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext ctx) {
        OpenApiInteractionValidator validator = full;
        if (request.getHeaders().hasHeaderWithName(BROKEN_REQUEST)) {
            request.removeHeader(BROKEN_REQUEST);
            validator = responseOnly;
        }
        Response answer = ctx.next(request, response);
        // The exchanges of racing requests run at once; their checks take turns, since the validator's schema
        // caches are not documented as safe for threads (a corrupted map could loop for ever).
        ValidationReport report;
        synchronized (this) {
            report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
        }
        if (report.hasErrors()) {
            throw new OpenApiValidationFilter.OpenApiValidationException(report);
        }
        return answer;
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
