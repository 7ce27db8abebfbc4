package cn.cppcc.liaison.evaluation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The stored table of a year (evaluation_score): written in one batch per computation, read with the filters,
 * sorting and paging of the list in SQL. The feature's own table, so plain SQL.
 */
final class EvaluationScores {

    /** A member's stored score, as computed. */
    record Stored(long memberId, String memberName, Long sectorId, String sectorName, Long groupId, String groupName,
            Breakdown breakdown, String breakdownJson) {
    }

    /** The list's filters: each null for all. */
    record Filters(Long groupId, Long sectorId, List<EvaluationRating> ratings) {
    }

    private static final String COLUMNS = "member_id, member_name, sector_id, sector_name, group_id, group_name,"
            + " active_months, prorated, score, rating, minimum_met, work_items, adjustment";

    private EvaluationScores() {
    }

    static void replace(EntityManager em, long yearId, List<Stored> rows) {
        em.createNativeQuery("delete from evaluation_score where evaluation_year_id = :y").setParameter("y", yearId)
                .executeUpdate();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into evaluation_score"
                    + " (evaluation_year_id, member_id, member_name, sector_id, sector_name, group_id, group_name,"
                    + " active_from, active_to, active_months, prorated, score, rating, minimum_met, rating_limited,"
                    + " work_items, breakdown, adjustment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (Stored row : rows) {
                    Breakdown b = row.breakdown();
                    insert.setLong(1, yearId);
                    insert.setLong(2, row.memberId());
                    insert.setString(3, row.memberName());
                    setLong(insert, 4, row.sectorId());
                    insert.setString(5, row.sectorName());
                    setLong(insert, 6, row.groupId());
                    insert.setString(7, row.groupName());
                    insert.setObject(8, b.activeFrom() == null ? null : Date.valueOf(b.activeFrom()), Types.DATE);
                    insert.setObject(9, b.activeTo() == null ? null : Date.valueOf(b.activeTo()), Types.DATE);
                    insert.setInt(10, b.activeMonths());
                    insert.setBoolean(11, b.prorated());
                    insert.setBigDecimal(12, b.score());
                    insert.setString(13, b.rating().name());
                    insert.setBoolean(14, b.minimumMet());
                    insert.setBoolean(15, b.ratingLimited());
                    insert.setInt(16, b.workItems());
                    insert.setString(17, row.breakdownJson());
                    insert.setBigDecimal(18, b.adjustmentOrZero());
                    insert.addBatch();
                    if (++batched % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static long count(EntityManager em, long yearId, Filters filters) {
        Query query = em.createNativeQuery("select count(*) from evaluation_score" + where(filters));
        bind(query, yearId, filters);
        return ((Number) query.getSingleResult()).longValue();
    }

    static List<EvaluationRow> page(EntityManager em, long yearId, Filters filters, String orderBy, int offset,
            int limit) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from evaluation_score" + where(filters)
                + " order by " + orderBy + " offset :offset limit :limit");
        bind(query, yearId, filters);
        query.setParameter("offset", offset).setParameter("limit", limit);
        return rows(query);
    }

    /** Every row, by member id: the order of the published table. */
    static List<EvaluationRow> all(EntityManager em, long yearId) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from evaluation_score"
                + " where evaluation_year_id = :y order by member_id");
        query.setParameter("y", yearId);
        return rows(query);
    }

    /** A member's stored breakdown JSON, or null when the member was not scored that year. */
    static String breakdown(EntityManager em, long yearId, long memberId) {
        List<?> found = em.createNativeQuery("select breakdown from evaluation_score"
                + " where evaluation_year_id = :y and member_id = :m").setParameter("y", yearId)
                .setParameter("m", memberId).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    static EvaluationRow row(EntityManager em, long yearId, long memberId) {
        Query query = em.createNativeQuery("select " + COLUMNS + " from evaluation_score"
                + " where evaluation_year_id = :y and member_id = :m");
        query.setParameter("y", yearId).setParameter("m", memberId);
        List<EvaluationRow> rows = rows(query);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Each member's rating in a year: for 不称职 two years in a row. */
    static Map<Long, EvaluationRating> ratings(EntityManager em, long yearId) {
        Map<Long, EvaluationRating> ratings = new java.util.HashMap<>();
        for (Object o : em.createNativeQuery("select member_id, rating from evaluation_score where evaluation_year_id = :y")
                .setParameter("y", yearId).getResultList()) {
            Object[] r = (Object[]) o;
            ratings.put(((Number) r[0]).longValue(), EvaluationRating.valueOf((String) r[1]));
        }
        return ratings;
    }

    /** Per group (null: no group): members, total score, ratings and members below the minimum. */
    static List<GroupEvaluation> groups(EntityManager em, long yearId) {
        List<GroupEvaluation> groups = new ArrayList<>();
        for (Object o : em.createNativeQuery("select group_id, max(group_name), count(*), sum(score),"
                + " count(*) filter (where rating = 'EXCELLENT'), count(*) filter (where rating = 'COMPETENT'),"
                + " count(*) filter (where rating = 'BASICALLY_COMPETENT'),"
                + " count(*) filter (where rating = 'INCOMPETENT'), count(*) filter (where not minimum_met)"
                + " from evaluation_score where evaluation_year_id = :y group by group_id").setParameter("y", yearId)
                .getResultList()) {
            Object[] r = (Object[]) o;
            int members = ((Number) r[2]).intValue();
            BigDecimal total = (BigDecimal) r[3];
            Map<EvaluationRating, Integer> ratings = new EnumMap<>(EvaluationRating.class);
            for (EvaluationRating rating : EvaluationRating.values()) {
                ratings.put(rating, ((Number) r[4 + rating.ordinal()]).intValue());
            }
            groups.add(new GroupEvaluation(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1], members,
                    total, EvaluationEngine.tenth(total.divide(BigDecimal.valueOf(members), 4,
                            java.math.RoundingMode.HALF_UP)), ratings, ((Number) r[8]).intValue()));
        }
        return groups;
    }

    /** The figures of a year's table: members, each rating, below the minimum, no work. */
    static Object[] figures(EntityManager em, long yearId) {
        return (Object[]) em.createNativeQuery("select count(*),"
                + " count(*) filter (where rating = 'EXCELLENT'), count(*) filter (where rating = 'COMPETENT'),"
                + " count(*) filter (where rating = 'BASICALLY_COMPETENT'),"
                + " count(*) filter (where rating = 'INCOMPETENT'), count(*) filter (where not minimum_met),"
                + " count(*) filter (where work_items = 0) from evaluation_score where evaluation_year_id = :y")
                .setParameter("y", yearId).getSingleResult();
    }

    private static String where(Filters filters) {
        StringBuilder where = new StringBuilder(" where evaluation_year_id = :y");
        if (filters.groupId() != null) {
            where.append(" and group_id = :g");
        }
        if (filters.sectorId() != null) {
            where.append(" and sector_id = :s");
        }
        if (filters.ratings() != null && !filters.ratings().isEmpty()) {
            where.append(" and rating in (:r)");
        }
        return where.toString();
    }

    private static void bind(Query query, long yearId, Filters filters) {
        query.setParameter("y", yearId);
        if (filters.groupId() != null) {
            query.setParameter("g", filters.groupId());
        }
        if (filters.sectorId() != null) {
            query.setParameter("s", filters.sectorId());
        }
        if (filters.ratings() != null && !filters.ratings().isEmpty()) {
            query.setParameter("r", filters.ratings().stream().map(Enum::name).toList());
        }
    }

    private static List<EvaluationRow> rows(Query query) {
        List<EvaluationRow> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new EvaluationRow(((Number) r[0]).longValue(), (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5], ((Number) r[6]).intValue(),
                    (Boolean) r[7], (BigDecimal) r[8], EvaluationRating.valueOf((String) r[9]), (Boolean) r[10],
                    ((Number) r[11]).intValue(), EvaluationEngine.plain((BigDecimal) r[12])));
        }
        return rows;
    }
}
