package cn.cppcc.liaison.committee;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CommitteeRecord;
import cn.cppcc.liaison.kernel.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** A committee of the CPPCC for one term (届次), e.g. 政协铁力市第九届委员会. */
@Entity
@Audited
@Table(name = "committee")
public class CommitteeEntity extends VersionedEntity implements CommitteeRecord {

    public String name;

    public String region;

    @Column(name = "term_number")
    public short termNumber;

    @Column(name = "term_start")
    public LocalDate termStart;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public CommitteeEntity parent;

    public static boolean nameTaken(String name, Long exceptId) {
        return count("name = ?1 and (?2 is null or id <> ?2)", name, exceptId) > 0;
    }

    /** True when {@code candidate} is this committee or one of its descendants, which would make a cycle. */
    public boolean isAncestorOf(CommitteeEntity candidate) {
        for (CommitteeEntity c = candidate; c != null; c = c.parent) {
            if (c.id.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The committee a request body names on {@code field}; unknown or outside the caller's reach is a 400 on it. */
    public static CommitteeEntity referenced(Caller caller, String field, long id) {
        return caller.referenced(CommitteeEntity.<CommitteeEntity>findById(id), c -> c.id, field, "政协", id);
    }

    /**
     * The committee a figure or table is asked of: a bound account's own (naming another reads as missing), or the
     * one the administrator names with {@code committeeId}, which it must; {@code what} says what is asked for.
     */
    public static CommitteeEntity asked(Caller caller, Long committeeId, String what) {
        Long id = caller.committeeId() != null ? caller.committeeId() : committeeId;
        if (id == null) {
            throw ApiProblem.invalid("committeeId", "系统管理员须用 committeeId 指明是哪个政协的" + what);
        }
        if (committeeId != null && !Objects.equals(committeeId, id)) {
            throw ApiProblem.notFound("政协", committeeId);
        }
        CommitteeEntity committee = findById(id);
        if (committee == null) {
            throw ApiProblem.notFound("政协", id);
        }
        return committee;
    }

    @Override
    public Long committeeId() {
        return id;
    }
}
