package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeRecordEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A committee's rules for one year, kept as the JSON of {@link EvaluationRulesFields}; every change audited. */
@Entity
@Audited
@Table(name = "evaluation_rules")
public class EvaluationRulesEntity extends CommitteeRecordEntity {

    public short year;

    public String origin;

    public String name;

    public String rules;

    @Column(name = "updated_by")
    public String updatedBy;

    static EvaluationRulesEntity of(long committeeId, int year) {
        return find("committee.id = ?1 and year = ?2", committeeId, (short) year).firstResult();
    }
}
