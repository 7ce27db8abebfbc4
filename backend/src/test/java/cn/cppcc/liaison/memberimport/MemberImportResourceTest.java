package cn.cppcc.liaison.memberimport;

import static cn.cppcc.liaison.support.Problems.assertFieldError;
import static cn.cppcc.liaison.support.Problems.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cppcc.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    @Test
    void dryRunReportsEveryBadCellByTheRowAndColumnPeopleSeeAndCreatesNothing() {
        Roster roster = Roster.create();
        byte[] file = csv(List.of(
                Rosters.HEADER,
                row("汪淳正", "男", "1975.03", "经济界", "经济界别活动组", "王杨乡", "13904581234"),
                row("王茜", "M", "1982", "农业界", "", "双丰镇", "13845812345"),
                row("李春梅", "女", "1980", "经济届", "", "", "13945810001"),
                row("赵立新", "男", "七五年", "经济界", "", "桃山镇", "13945810002"),
                row("", "男", "1970", "农业界", "", "", "13945810003"),
                row("汪淳正", "男", "1975", "经济界", "", "", "139 0458 1234")));

        given().contentType(RosterFile.CSV).body(file).queryParam("committeeId", roster.committee)
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(6))
                .body("valid", equalTo(1))
                .body("created", equalTo(0))
                .body("errors.row", contains(3, 4, 5, 5, 6, 7))
                .body("errors.column", contains("性别", "界别", "出生年月", "乡镇（街道）", "姓名", "姓名"))
                .body("errors[1].message", containsString("经济界、农业界"))
                .body("errors[5].message", containsString("第 2 行"));
        roster.assertMembers(0);
    }

    @Test
    void importCreatesEveryMemberWithSectorGroupAndTownshipResolvedByName() {
        Roster roster = Roster.create();
        byte[] file = Rosters.xlsx(List.of(
                List.of("政协测试市第九届委员会委员名册"),
                List.of("序号", "委员姓名", "性别", "出生年月", "民族", "政治面貌", "界别", "界别活动组", "乡镇(街道)", "工作单位", "职务", "手机号码", "任期开始"),
                List.of(1, "汪淳正", "男", 1975.03, "汉族", "中共党员", "经济界", "经济界别活动组", "王杨乡", "铁力市林业局", "副局长", 13904581234L, LocalDate.of(2021, 12, 20)),
                List.of(2, "王茜", "女", "1982-05", "满族", "民盟盟员", "农业界", "", "双丰镇", "双丰镇建国村", "党支部书记", 13845812345L, "2021.12.20")));

        given().contentType(RosterFile.XLSX).body(file)
                .queryParam("committeeId", roster.committee).queryParam("dryRun", false)
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("rows", equalTo(2))
                .body("valid", equalTo(2))
                .body("created", equalTo(2))
                .body("errors", empty());

        roster.assertMembers(2);
        given().queryParam("committeeId", roster.committee).queryParam("sort", "id")
                .when().get("/api/v1/members")
                .then().statusCode(200)
                .body("items[0].name", equalTo("汪淳正"))
                .body("items[0].birthYear", equalTo(1975))
                .body("items[0].sectorId", equalTo((int) roster.economy))
                .body("items[0].groupId", equalTo((int) roster.group))
                .body("items[0].townshipId", equalTo((int) roster.wangyang))
                .body("items[0].phone", equalTo("13904581234"))
                .body("items[0].termStart", equalTo("2021-12-20"))
                .body("items[1].gender", equalTo("FEMALE"))
                .body("items[1].party", equalTo("民盟盟员"));
    }

    @Test
    void anyErrorRejectsTheWholeImportWithTheSameRowErrors() {
        Roster roster = Roster.create();
        byte[] file = csv(List.of(
                Rosters.HEADER,
                row("汪淳正", "男", "1975", "经济界", "", "", "13904581234"),
                row("王茜", "女", "1982", "文艺界", "", "", "13845812345")));

        assertProblem(given().contentType(RosterFile.CSV).body(file)
                .queryParam("committeeId", roster.committee).queryParam("dryRun", false)
                .when().post(IMPORT).then(), 422, "import-rejected")
                .body("rows.row", contains(3))
                .body("rows.column", contains("界别"))
                .body("detail", containsString("未导入任何委员"));
        roster.assertMembers(0);
    }

    @Test
    void aPersonAlreadyInTheCommitteeIsADuplicate() {
        Roster roster = Roster.create();
        byte[] first = csv(List.of(Rosters.HEADER,
                row("汪淳正", "男", "1975", "经济界", "", "", "13904581234"),
                row("王茜", "女", "1982", "农业界", "", "", "")));
        given().contentType(RosterFile.CSV).body(first)
                .queryParam("committeeId", roster.committee).queryParam("dryRun", false)
                .when().post(IMPORT).then().statusCode(200).body("created", equalTo(2));

        byte[] again = csv(List.of(Rosters.HEADER,
                row("汪淳正", "男", "1975", "经济界", "", "", "13904581234"),
                row("李春梅", "女", "1980", "经济界", "", "", "13945810001")));
        given().contentType(RosterFile.CSV).body(again).queryParam("committeeId", roster.committee)
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("valid", equalTo(1))
                .body("errors.row", contains(2))
                .body("errors[0].message", containsString("已有委员"));
    }

    @Test
    void gbkCsvFromChineseExcelImports() {
        Roster roster = Roster.create();
        byte[] file = Rosters.csv(List.of(Rosters.HEADER, row("汪淳正", "男", "1975.03", "经济界", "经济界别活动组", "王杨乡", "13904581234")),
                Charset.forName("GBK"));
        given().contentType(RosterFile.CSV).body(file)
                .queryParam("committeeId", roster.committee).queryParam("dryRun", false)
                .when().post(IMPORT).then().statusCode(200).body("created", equalTo(1));
        given().queryParam("committeeId", roster.committee).when().get("/api/v1/members")
                .then().body("items[0].employer", equalTo("铁力市林业局"));
    }

    @Test
    void twoHundredMembersImportWellUnderFiveSeconds() {
        Roster roster = Roster.create();
        List<List<String>> rows = new ArrayList<>();
        rows.add(Rosters.HEADER);
        for (int i = 0; i < 200; i++) {
            rows.add(row("委员" + i, i % 3 == 0 ? "女" : "男", String.valueOf(1960 + i % 30), i % 2 == 0 ? "经济界" : "农业界",
                    i % 2 == 0 ? "经济界别活动组" : "", i % 2 == 0 ? "王杨乡" : "双丰镇", String.format("139%08d", i)));
        }
        byte[] file = csv(rows);
        long start = System.nanoTime();
        given().contentType(RosterFile.CSV).body(file)
                .queryParam("committeeId", roster.committee).queryParam("dryRun", false)
                .when().post(IMPORT).then().statusCode(200).body("created", equalTo(200));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Imported 200 members in " + millis + " ms");
        assertTrue(millis < 5_000, "200 members took " + millis + " ms");
        roster.assertMembers(200);
    }

    @Test
    void withoutDryRunNothingIsCreated() {
        Roster roster = Roster.create();
        given().contentType(RosterFile.CSV).body(csv(List.of(Rosters.HEADER, row("汪淳正", "男", "1975", "经济界", "", "", ""))))
                .queryParam("committeeId", roster.committee)
                .when().post(IMPORT).then().statusCode(200).body("dryRun", equalTo(true)).body("valid", equalTo(1));
        roster.assertMembers(0);
    }

    /** A row in the column order of {@link Rosters#HEADER}, with the cells these tests vary. */
    private static List<String> row(String name, String gender, String born, String sector, String group, String township,
            String phone) {
        return List.of(name, gender, born, "汉族", "中共党员", sector, group, township, "铁力市林业局", "副局长", phone,
                "2021-12-20", "");
    }

    /** A committee with the sectors, group and townships the files above name. */
    private record Roster(long committee, long economy, long agriculture, long group, long wangyang, long shuangfeng) {

        static Roster create() {
            long committee = Fixtures.committee();
            long economy = named("/api/v1/sectors", Fixtures.sectorFields(committee), "经济界");
            long agriculture = named("/api/v1/sectors", Fixtures.sectorFields(committee), "农业界");
            Map<String, Object> group = Fixtures.groupFields(committee);
            group.put("sectorId", economy);
            long groupId = named("/api/v1/groups", group, "经济界别活动组");
            Map<String, Object> township = Fixtures.townshipFields(committee);
            long wangyang = named("/api/v1/townships", township, "王杨乡");
            township.put("kind", "TOWN");
            long shuangfeng = named("/api/v1/townships", township, "双丰镇");
            return new Roster(committee, economy, agriculture, groupId, wangyang, shuangfeng);
        }

        private static long named(String path, Map<String, Object> fields, String name) {
            fields.put("name", name);
            return Fixtures.create(path, fields);
        }

        void assertMembers(int count) {
            given().queryParam("committeeId", committee).when().get("/api/v1/members")
                    .then().statusCode(200).body("total", equalTo(count));
        }
    }

    private static byte[] csv(List<? extends List<?>> rows) {
        return Rosters.csv(rows, StandardCharsets.UTF_8);
    }
}
