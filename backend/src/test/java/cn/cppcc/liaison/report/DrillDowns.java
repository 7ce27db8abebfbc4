package cn.cppcc.liaison.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.contract.ContractOperations;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A report figure's drill-down followed: the list it names, asked with its query, measured as it says. */
final class DrillDowns {

    private static final Map<String, String> PATHS = paths();

    private DrillDowns() {
    }

    private static Map<String, String> paths() {
        Map<String, String> paths = new HashMap<>();
        try {
            for (ContractOperations.Operation op : ContractOperations.all()) {
                paths.put(op.operationId(), op.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /**
     * Asserts that the figure equals what its list gives asked as {@code as} asks; a median's list ({@code records})
     * must hold {@code records} rows, the opinions it is computed from.
     */
    @SuppressWarnings("unchecked")
    static void check(Map<String, Object> figure, long records, Supplier<RequestSpecification> as) {
        Map<String, Object> drill = (Map<String, Object>) figure.get("drillDown");
        Map<String, String> query = (Map<String, String>) drill.get("query");
        boolean median = "records".equals(drill.get("measure"));
        long listed = as.get().queryParams(query).queryParam("size", 1).when()
                .get(PATHS.get((String) drill.get("operationId"))).then().statusCode(200).extract().jsonPath()
                .getLong(median ? "total" : (String) drill.get("measure"));
        assertEquals(median ? records : ((Number) figure.get("value")).longValue(), listed, figure.get("key") + " " + query);
    }
}
