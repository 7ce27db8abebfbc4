package cn.cppcc.liaison.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One answer that showed personal data unmasked: to whom, which records, which fields, on which request. */
@Entity
@Table(name = "personal_data_read")
public class PersonalDataReadEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    public String actor;

    @Column(name = "account_id")
    public Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    public AuditRecordType recordType;

    @Column(name = "committee_id")
    public Long committeeId;

    @Column(name = "record_ids")
    public Long[] recordIds;

    public String[] fields;

    public String path;
}
