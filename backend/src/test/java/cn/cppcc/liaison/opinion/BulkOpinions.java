package cn.cppcc.liaison.opinion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Opinions written straight into the tables, many in one statement, and what the API cannot write (a title that
 * begins with a tab): for exports of more rows than a test could post.
 */
final class BulkOpinions {

    private BulkOpinions() {
    }

    /**
     * {@code count} submitted opinions of {@link OpinionWorld#member} in the world's committee, raised by 李大山,
     * collected on {@code latest} and the six days before it (many on each day, so the export's order is decided by
     * ids), each resolution {@code resolution} written {@code times} times over.
     */
    static void insert(OpinionWorld world, int count, LocalDate latest, String resolution, int times) {
        // Loaded as a bulk load should be: the kept report figures' triggers off, then rebuilt in one go (row by
        // row they would cost a hundred thousand opinions minutes), all in one transaction.
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            execute(connection, "alter table opinion disable trigger user");
            execute(connection, "alter table opinion_member disable trigger user");
            execute(connection, "insert into opinion (committee_id, title, content, category_id, collected_on,"
                            + " township_id, source, status, submitted_at, raised_by_name, raised_by_phone,"
                            + " assigned_unit, resolution)"
                            + " select ?, '批量导入的社情民意第' || i || '条', '群众反映的问题', ?, ?::date - (i % 7), ?,"
                            + " 'OTHER', 'SUBMITTED', now(), '李大山', '13812341234', '测试市交通运输局', repeat(?, ?)"
                            + " from generate_series(1, ?) i",
                    world.committee, world.category, latest, world.township, resolution, times, count);
            execute(connection, "insert into opinion_member (opinion_id, member_id) select o.id, ? from opinion o"
                    + " where o.committee_id = ? and not exists (select 1 from opinion_member m where m.opinion_id = o.id)",
                    world.member, world.committee);
            execute(connection, "alter table opinion enable trigger user");
            execute(connection, "alter table opinion_member enable trigger user");
            execute(connection, "select opinion_day_rebuild()");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("bulk opinions", e);
        }
        update("analyze opinion");
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        }
    }

    /** The ids a query answers, in its order. */
    static List<Long> ids(String sql, Object... parameters) {
        try (Connection connection = connection(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void update(String sql, Object... parameters) {
        try (Connection connection = connection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connection() throws SQLException {
        return Arc.container().instance(AgroalDataSource.class).get().getConnection();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
