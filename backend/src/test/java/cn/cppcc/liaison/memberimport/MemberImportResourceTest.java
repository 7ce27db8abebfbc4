package cn.cppcc.liaison.memberimport;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberImportResourceTest {

    private static final String IMPORT = "/api/v1/members/import";

    @Test
    void aFileOverTheBodyLimitIsRefusedAsTooLarge() {
        long committee = Fixtures.committee();
        byte[] big = new byte[1024 * 1024 + 10];
        Arrays.fill(big, (byte) 'a');
        assertProblem(Fixtures.broken().contentType(RosterFile.CSV).body(big)
                .queryParam("committeeId", committee)
                .when().post(IMPORT).then(), 413, "payload-too-large");
    }

    @Test
    void aWrongContentTypeIsRefusedNamingTheTwoThatWork() {
        long committee = Fixtures.committee();
        assertProblem(Fixtures.broken().contentType("application/json").body("{}")
                .queryParam("committeeId", committee)
                .when().post(IMPORT).then(), 415, "unsupported-media-type")
                .body("detail", containsString("text/csv"));
    }

    @Test
    void anUnknownCommitteeIsAnErrorOnCommitteeId() {
        assertFieldError(given().contentType(RosterFile.CSV).body(csv(List.of(Rosters.HEADER)))
                .queryParam("committeeId", 987654321)
                .when().post(IMPORT).then(), "committeeId");
        assertFieldError(Fixtures.broken().contentType(RosterFile.CSV).body(csv(List.of(Rosters.HEADER)))
                .when().post(IMPORT).then(), "committeeId");
    }

    @Test
    void anEmptyFileIsRefused() {
        long committee = Fixtures.committee();
        assertFieldError(Fixtures.broken().contentType(RosterFile.CSV).body(new byte[0])
                .queryParam("committeeId", committee)
                .when().post(IMPORT).then(), "body")
                .body("detail", containsString("文件为空"));
    }

    @Test
    void aMissingRequiredHeaderIsNamed() {
        long committee = Fixtures.committee();
        assertFieldError(given().contentType(RosterFile.CSV)
                .body(csv(List.of(List.of("姓名", "性别", "民族"), List.of("王茜", "女", "满族"))))
                .queryParam("committeeId", committee)
                .when().post(IMPORT).then(), "body")
                .body("detail", containsString("界别"));
    }

    @Test
    void dryRunMustBeTrueOrFalse() {
        long committee = Fixtures.committee();
        assertFieldError(Fixtures.broken().contentType(RosterFile.CSV).body(csv(List.of(Rosters.HEADER)))
                .queryParam("committeeId", committee).queryParam("dryRun", "yes")
                .when().post(IMPORT).then(), "dryRun");
    }

    private static byte[] csv(List<? extends List<?>> rows) {
        return Rosters.csv(rows, StandardCharsets.UTF_8);
    }
}
