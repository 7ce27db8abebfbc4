package cn.cppcc.liaison.evaluation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.cppcc.liaison.kernel.OfficeClock;
import cn.cppcc.liaison.support.Parallel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Twenty offices pressing the same button at once: one rule set, one table, one close. */
@QuarkusTest
class EvaluationConcurrencyTest {

    @Inject
    OfficeClock clock;

    @Inject
    AgroalDataSource dataSource;

    EvaluationWorld world;

    @BeforeEach
    void build() {
        world = new EvaluationWorld(clock).build();
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<Response> twenty(Callable<Response> call) throws Exception {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(call);
        }
        return Parallel.run(calls);
    }

    @Test
    void twentyRacingStartsMakeOneRuleSet() throws Exception {
        List<Response> answers = twenty(() -> given().contentType(ContentType.JSON).body(Map.of("from", "TIELI"))
                .queryParam("committeeId", world.committee).when().post("/api/v1/evaluation-rules/2025"));
        assertEquals(1, answers.stream().filter(a -> a.statusCode() == 201).count());
        assertEquals(19, answers.stream().filter(a -> a.statusCode() == 409).count());
        assertEquals(1, count("select count(*) from evaluation_rules where committee_id = " + world.committee));
    }

    @Test
    void twentyRacingComputationsLeaveOneTableAndTwentyRacingClosesOnePublication() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("from", "TIELI")).queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluation-rules/2025").then().statusCode(201);
        List<Response> computed = twenty(() -> given().queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/compute"));
        computed.forEach(a -> assertEquals(200, a.statusCode(), a.asString()));
        assertEquals(1, count("select count(*) from evaluation_year where committee_id = " + world.committee));
        assertEquals(5, count("select count(*) from evaluation_score s join evaluation_year y"
                + " on y.id = s.evaluation_year_id where y.committee_id = " + world.committee));
        List<Response> closed = twenty(() -> given().queryParam("committeeId", world.committee)
                .when().post("/api/v1/evaluations/2025/close"));
        assertEquals(1, closed.stream().filter(a -> a.statusCode() == 200).count());
        assertEquals(19, closed.stream().filter(a -> a.statusCode() == 409).count());
    }
}
