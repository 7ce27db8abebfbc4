package cn.cppcc.liaison.committee;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;

/**
 * The committees below a committee (a city's districts, a province's cities and theirs), each answer one recursive
 * query over {@code committee.parent_id}. Nothing is cached: a committee moved under another parent is read from
 * its new place by the very next request, on every instance of the service.
 */
public final class CommitteeTree {

    /** A committee of a subtree: its parent (null for the subtree's root) and its depth below the root (0). */
    public record Node(long id, String name, Long parentId, int depth) {
    }

    /** Deeper than any real hierarchy: it ends the recursion should the parents ever form a loop. */
    private static final int MAX_DEPTH = 32;

    private CommitteeTree() {
    }

    /** The committee and every committee below it at any depth, each parent before its children, siblings by name. */
    public static List<Node> subtree(long rootId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("with recursive tree as ("
                        + " select id, name, parent_id, 0 as depth, array[cast(name as text)] as path"
                        + " from committee where id = :root"
                        + " union all"
                        + " select c.id, c.name, c.parent_id, t.depth + 1, t.path || cast(c.name as text)"
                        + " from committee c join tree t on c.parent_id = t.id where t.depth < :deepest)"
                        + " select id, name, parent_id, depth from tree order by path, id")
                .setParameter("root", rootId).setParameter("deepest", MAX_DEPTH).getResultList();
        return rows.stream().map(r -> {
            int depth = ((Number) r[3]).intValue();
            return new Node(((Number) r[0]).longValue(), (String) r[1],
                    depth == 0 || r[2] == null ? null : ((Number) r[2]).longValue(), depth);
        }).toList();
    }

    /** Whether {@code id} lies strictly below {@code ancestorId}, at any depth: a walk up {@code id}'s parents. */
    public static boolean isBelow(long id, long ancestorId) {
        Object below = Panache.getEntityManager().createNativeQuery("with recursive up as ("
                        + " select id, parent_id, 0 as depth from committee where id = :id"
                        + " union all"
                        + " select c.id, c.parent_id, u.depth + 1 from committee c join up u on c.id = u.parent_id"
                        + " where u.depth < :deepest)"
                        + " select exists (select 1 from up where id = :ancestor and depth > 0)")
                .setParameter("id", id).setParameter("ancestor", ancestorId).setParameter("deepest", MAX_DEPTH)
                .getSingleResult();
        return Boolean.TRUE.equals(below);
    }
}
