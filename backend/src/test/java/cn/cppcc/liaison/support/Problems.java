package cn.cppcc.liaison.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.restassured.response.ValidatableResponse;

/** Assertions on problem+json answers. */
public final class Problems {

    private Problems() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cppcc:problem:" + slug))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()));
    }

    public static ValidatableResponse assertFieldError(ValidatableResponse response, String field) {
        return assertProblem(response, 400, "validation").body("errors.field", hasItem(field));
    }
}
