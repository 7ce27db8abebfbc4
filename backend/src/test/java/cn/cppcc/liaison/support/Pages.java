package cn.cppcc.liaison.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a whole list page by page, so a test can count what the list's totals should be over every item. */
public final class Pages {

    private Pages() {
    }

    /** Every item the list answers for the query, all pages. */
    public static List<Map<String, Object>> all(String path, Map<String, ?> query) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, Object> paged = new HashMap<>(query);
            paged.put("page", page);
            paged.put("size", 200);
            JsonPath answer = given().queryParams(paged).when().get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = answer.getList("items");
            items.addAll(rows);
            if (rows.size() < 200) {
                return items;
            }
        }
    }

    /** The list's {@code total} for the query. */
    public static long total(String path, Map<String, ?> query) {
        return given().queryParams(query).when().get(path).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }
}
