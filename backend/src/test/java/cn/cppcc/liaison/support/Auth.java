package cn.cppcc.liaison.support;

import static io.restassured.RestAssured.given;

import cn.cppcc.liaison.security.AccountEntity;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.security.TokenIssuer;
import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Every test request is signed in as the test administrator unless it says otherwise: {@link #as} a
 * token of its own, or {@link #anonymous()}. The administrator is stored afresh before each test.
 */
public final class Auth implements OrderedFilter {

    public static final String ADMIN_USERNAME = "test-admin";
    public static final String PASSWORD = "Passw0rd2026";
    private static final String ANONYMOUS = "X-Test-Anonymous";
    private static final Auth FILTER = new Auth();
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash(PASSWORD, 4);

    private static volatile String adminToken;
    private static volatile long adminId;

    private Auth() {
    }

    static Auth filter() {
        return FILTER;
    }

    /** Stores the test administrator (the tables were just emptied) and signs a token for it. */
    static void storeAdministrator(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into account (username, display_name, password_hash, role, sessions_valid_from) "
                        + "values (?, '测试管理员', ?, 'ADMIN', now() - interval '1 minute') returning id")) {
            insert.setString(1, ADMIN_USERNAME);
            insert.setString(2, PASSWORD_HASH);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                adminId = rs.getLong(1);
            }
        }
        AccountEntity admin = new AccountEntity();
        admin.id = adminId;
        admin.username = ADMIN_USERNAME;
        admin.role = Role.ADMIN;
        adminToken = Arc.container().instance(TokenIssuer.class).get().issue(admin, Instant.now()).token();
    }

    public static String adminToken() {
        return adminToken;
    }

    public static long adminId() {
        return adminId;
    }

    /** A request without credentials; the contract requires them, so only the answer is checked. */
    public static RequestSpecification anonymous() {
        return given().header(ANONYMOUS, "true").header(ContractFilter.BROKEN_REQUEST, "true");
    }

    /** A request with the given bearer token. */
    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** Creates an account with the role and links given, signs in with it and returns its token. */
    public static String signedIn(Role role, Long committeeId, Long memberId, Long groupId) {
        String username = Fixtures.unique(role.name().toLowerCase() + "-");
        Map<String, Object> fields = new HashMap<>();
        fields.put("username", username);
        fields.put("displayName", "测试" + role.label);
        fields.put("role", role.name());
        fields.put("password", PASSWORD);
        if (committeeId != null) {
            fields.put("committeeId", committeeId);
        }
        if (memberId != null) {
            fields.put("memberId", memberId);
        }
        if (groupId != null) {
            fields.put("groupId", groupId);
        }
        Fixtures.create("/api/v1/accounts", fields);
        return signIn(username, PASSWORD);
    }

    public static String signIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().jsonPath().getString("accessToken");
    }

    /** Creates an API token with the role and committee given and returns its secret. */
    public static String apiToken(Role role, Long committeeId) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", Fixtures.unique("统计脚本"));
        fields.put("role", role.name());
        fields.put("expiresOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
        if (committeeId != null) {
            fields.put("committeeId", committeeId);
        }
        return given().contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/api-tokens")
                .then().statusCode(201)
                .extract().jsonPath().getString("secret");
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext ctx) {
        if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
            request.removeHeader(ANONYMOUS);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        return ctx.next(request, response);
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }
}
