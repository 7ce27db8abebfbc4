package cn.cppcc.liaison.support;

import cn.cppcc.liaison.kernel.OfficeClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Before each test: the office clock is back on the real date, every table is emptied (unless the class
 * {@link KeepsDatabase}), the test administrator stored, and every HTTP exchange signed in
 * as it and checked against the contract.
 */
public class CleanDatabase implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractFilter.instance())) {
            RestAssured.filters(Auth.filter(), ContractFilter.instance());
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
            // A request without an answer fails its test after five minutes instead of waiting for ever.
            RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 300_000).setParam("http.connection.timeout", 30_000));
        }
        // Every test starts on the real date; one that needs another day sets it.
        Arc.container().instance(OfficeClock.class).get().reset();
        if (!context.getTestInstance().getClass().isAnnotationPresent(KeepsDatabase.class)) {
            empty();
        }
    }

    /** Empties every table and stores the test administrator; also for a test that leaves many rows behind. */
    public static void empty() {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select tablename from pg_tables where schemaname = current_schema() "
                            // The schema's history and the service's setting, which it writes once at start, stay.
                            + "and tablename not in ('flyway_schema_history', 'opinion_day_setting')")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1) + '"');
                }
            }
            if (!tables.isEmpty()) {
                // A request of an earlier test still holding a lock would make the truncate wait for ever: wait a
                // minute, then fail naming who holds what, instead of hanging the whole run.
                statement.execute("set lock_timeout = '60s'");
                try {
                    statement.execute("truncate " + String.join(", ", tables) + " cascade");
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not empty the test database; other sessions: "
                            + sessions(statement), e);
                } finally {
                    statement.execute("reset lock_timeout");
                }
            }
            Auth.storeAdministrator(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database", e);
        }
    }

    private static String sessions(Statement statement) {
        StringBuilder found = new StringBuilder();
        try (ResultSet rs = statement.executeQuery("select pid, state, wait_event_type, now() - xact_start, query"
                + " from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                found.append("\n  pid ").append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(" waiting ")
                        .append(rs.getString(3)).append(" for ").append(rs.getString(4)).append(": ")
                        .append(rs.getString(5));
            }
        } catch (SQLException e) {
            found.append("(unreadable: ").append(e.getMessage()).append(')');
        }
        return found.toString();
    }
}
