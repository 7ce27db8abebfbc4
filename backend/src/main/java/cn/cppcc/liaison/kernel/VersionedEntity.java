package cn.cppcc.liaison.kernel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * What every record of the roster has: a database id, an optimistic-lock version and its timestamps.
 * Every change is audited; the version and timestamps stay out of the trail, whose revision says when.
 */
@MappedSuperclass
@Audited
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Version
    public int version;

    @NotAudited
    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @NotAudited
    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The record, or a 404 naming what was looked for. */
    public static <E> E found(E entity, String what, long id) {
        if (entity == null) {
            throw ApiProblem.notFound(what, id);
        }
        return entity;
    }

    /** The record a request body refers to, or a 400 on that field. */
    public static <E> E referenced(E entity, String field, String what, long id) {
        if (entity == null) {
            throw ApiProblem.unknownReference(field, what, id);
        }
        return entity;
    }
}
