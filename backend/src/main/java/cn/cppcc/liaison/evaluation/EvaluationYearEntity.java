package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A committee's evaluation of one year: computed (open) or closed and published with its SHA-256. */
@Entity
@Audited
@Table(name = "evaluation_year")
public class EvaluationYearEntity extends CommitteeRecordEntity {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public short year;

    public String status;

    @Column(name = "computed_at")
    public Instant computedAt;

    @Column(name = "computed_by")
    public String computedBy;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    public String sha256;

    /** The canonical CSV published on closing; the trail keeps its hash, not the table twice. */
    @NotAudited
    @Column(name = "published_csv")
    public String publishedCsv;

    boolean closed() {
        return CLOSED.equals(status);
    }

    static EvaluationYearEntity of(long committeeId, int year) {
        return find("committee.id = ?1 and year = ?2", committeeId, (short) year).firstResult();
    }
}
