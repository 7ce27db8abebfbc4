package cn.cppcc.liaison.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A closed year reopened by the administrator: when, by whom, why, and the hash of the table it withdrew. */
@Entity
@Table(name = "evaluation_reopening")
public class EvaluationReopeningEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_year_id")
    public long evaluationYearId;

    public Instant at;

    @Column(name = "by_username")
    public String by;

    public String reason;

    public String sha256;

    static List<EvaluationReopeningEntity> of(long evaluationYearId) {
        return list("evaluationYearId = ?1 order by at, id", evaluationYearId);
    }
}
