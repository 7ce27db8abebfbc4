package cn.cppcc.liaison.consultation;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import cn.cppcc.liaison.opinion.OpinionEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** One item a consultation agreed (共识), followed until implemented: who answers for it, by when, and the proof. */
@Entity
@Audited
@Table(name = "outcome")
public class OutcomeEntity extends CommitteeRecordEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    public ConsultationEntity consultation;

    public int number;

    public String text;

    @Column(name = "responsible_unit")
    public String responsibleUnit;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public OutcomeStatus status;

    @Column(name = "drop_reason")
    public String dropReason;

    @Column(name = "implemented_on")
    public LocalDate implementedOn;

    public String evidence;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "outcome_opinion", joinColumns = @JoinColumn(name = "outcome_id"),
            inverseJoinColumns = @JoinColumn(name = "opinion_id"))
    @OrderBy("id")
    public Set<OpinionEntity> opinions = new LinkedHashSet<>();

    /** 逾期 today, as {@link OutcomeFigure#OVERDUE} counts it. */
    public boolean overdue(LocalDate today) {
        return OutcomeFigure.overdue(this, today);
    }

    /** The highest number the contract and the table allow an outcome. */
    static final int MAX_NUMBER = 1000;

    /**
     * The number an outcome gets when none is given: the one after the highest, or, once the highest is
     * {@value #MAX_NUMBER}, the lowest not in use; empty when all are taken.
     */
    static java.util.OptionalInt nextNumber(long consultationId) {
        Integer highest = getEntityManager().createQuery(
                        "select max(number) from OutcomeEntity where consultation.id = :id", Integer.class)
                .setParameter("id", consultationId).getSingleResult();
        if (highest == null || highest < MAX_NUMBER) {
            return java.util.OptionalInt.of(highest == null ? 1 : highest + 1);
        }
        Number free = (Number) getEntityManager().createNativeQuery("select min(n) from generate_series(1, ?2) n"
                        + " where not exists (select 1 from outcome o where o.consultation_id = ?1 and o.number = n)")
                .setParameter(1, consultationId).setParameter(2, MAX_NUMBER).getSingleResult();
        return free == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(free.intValue());
    }

    static boolean numberTaken(long consultationId, int number, Long exceptId) {
        return count("consultation.id = ?1 and number = ?2 and (?3 is null or id <> ?3)", consultationId, number,
                exceptId) > 0;
    }
}
