package cn.cppcc.liaison.proposal;

import cn.cppcc.liaison.kernel.Predicate;
import cn.cppcc.liaison.kernel.work.MemberWork;
import cn.cppcc.liaison.kernel.work.MemberWorkQuery;
import cn.cppcc.liaison.kernel.work.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Answers what members did with proposals: leading or co-signing one the list counts as {@link ProposalFigure#FILED}
 * in the period (dated its filing), and each of them once more for one counted {@link ProposalFigure#ACCEPTED}
 * (dated its acceptance as a case).
 */
@ApplicationScoped
class ProposalWork {

    @Inject
    EntityManager em;

    void answer(@Observes MemberWorkQuery query) {
        addSigners(query, ProposalFigure.FILED, "p.filedOn", WorkKind.PROPOSAL_LED, WorkKind.PROPOSAL_COSIGNED);
        addSigners(query, ProposalFigure.ACCEPTED, "p.acceptedOn", WorkKind.PROPOSAL_ACCEPTED,
                WorkKind.PROPOSAL_ACCEPTED);
    }

    /** The lead's items and the co-signers' of the proposals the figure counts: two queries. */
    private void addSigners(MemberWorkQuery query, ProposalFigure figure, String date, WorkKind led,
            WorkKind coSigned) {
        Predicate counted = figure.in(query.period(), "work" + figure.ordinal() + "_");
        String columns = ", p.id, p.title, " + date + ", p.status, size(p.coSigners)";
        String where = " where p.id in (select id from ProposalEntity where committee.id = :workCommittee and "
                + counted.condition() + ")";
        Predicate lead = query.asks("p.lead.id");
        for (Object[] row : query.rows(em, "select p.lead.id" + columns + " from ProposalEntity p" + where + " and "
                + lead.condition(), counted, lead)) {
            query.add(item(row, led, true));
        }
        Predicate coSigner = query.asks("m.id");
        for (Object[] row : query.rows(em, "select m.id" + columns + " from ProposalEntity p join p.coSigners m" + where
                + " and " + coSigner.condition(), counted, coSigner)) {
            query.add(item(row, coSigned, false));
        }
    }

    private static MemberWork item(Object[] row, WorkKind kind, boolean lead) {
        return new MemberWork((Long) row[0], kind, (LocalDate) row[3], "proposals", (Long) row[1], (String) row[2], 0,
                lead, ((Number) row[5]).intValue(), ((ProposalStatus) row[4]).label);
    }
}
