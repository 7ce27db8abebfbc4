package cn.cppcc.liaison.consultation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated note on how an outcome's implementation is going. */
@Entity
@Table(name = "outcome_progress")
public class OutcomeProgressEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "outcome_id")
    public long outcomeId;

    @Column(name = "noted_on")
    public LocalDate notedOn;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    public Instant at;
}
