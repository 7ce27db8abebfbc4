package cn.cppcc.liaison.visit;

import cn.cppcc.liaison.kernel.Period;
import cn.cppcc.liaison.kernel.Predicate;

/**
 * The figures counted of visits (接待群众（人次）/ 委员参与（人次）/ 活跃工作室), each defined once as DOMAIN.md
 * defines it: over the visits dated in the period. The visit list sums the first two over every visit it matches,
 * the studio list keeps the active studios through {@link #activeStudios}, and the reports to come count the same way.
 */
public enum VisitFigure {
    /** 接待群众（人次）: the people received, summed over the visits dated in the period. */
    PEOPLE_RECEIVED,
    /** 委员参与（人次）: the members present, summed over the same visits: each member once per visit. */
    MEMBERS_PRESENT,
    /** 活跃工作室: the studios with at least one reception day (接待日) dated in the period. */
    ACTIVE_STUDIOS;

    /** The visits the figures count over: dated in the period, either end open. */
    public static Predicate dated(Period period) {
        return new Predicate.Builder("visits_").between("visitDate", period.from(), period.to()).build();
    }

    /**
     * The HQL aggregate that sums this figure over the visits a query matches: over {@code VisitEntity} for the
     * people received, over the visits joined to their members ({@code m}) for the members present.
     */
    String sum() {
        return switch (this) {
            case PEOPLE_RECEIVED -> "coalesce(sum(peopleReceived), 0)";
            case MEMBERS_PRESENT -> "count(m)";
            case ACTIVE_STUDIOS -> throw new IllegalStateException("活跃工作室 counts studios, not a sum over visits");
        };
    }

    /** The condition over {@code StudioEntity} that the studio had a reception day in the period. */
    public static Predicate activeStudios(Period period) {
        Predicate.Builder reception = new Predicate.Builder("active_");
        reception.and("v.kind = " + reception.param("kind", VisitKind.RECEPTION_DAY)).and("v.studio is not null")
                .between("v.visitDate", period.from(), period.to());
        Predicate visits = reception.build();
        return new Predicate("id in (select v.studio.id from VisitEntity v where " + visits.condition() + ")",
                visits.parameters());
    }
}
