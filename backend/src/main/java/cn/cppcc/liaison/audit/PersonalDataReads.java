package cn.cppcc.liaison.audit;

import cn.cppcc.liaison.kernel.OfficeClock;
import jakarta.inject.Inject;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;

/**
 * Logs every answer that shows personal data unmasked (a member's phone number), so an office can say who
 * saw whose contact details and when. Services call it in the same transaction that reads the data.
 */
@ApplicationScoped
public class PersonalDataReads {

    @Inject
    OfficeClock clock;

    @Inject
    CallerContext callerContext;

    static final int MAX_PATH = 2000;

    /**
     * Records that the caller was shown {@code fields} of the given records of one committee (null when they
     * span several); nothing when there are none.
     */
    @Transactional
    public void record(AuditRecordType type, Long committeeId, Collection<Long> ids, String... fields) {
        if (ids.isEmpty() || fields.length == 0) {
            return;
        }
        Caller actor = callerContext.get();
        PersonalDataReadEntity read = new PersonalDataReadEntity();
        read.at = clock.now();
        read.actor = actor.name();
        read.accountId = actor.accountId();
        read.recordType = type;
        read.committeeId = committeeId;
        read.recordIds = ids.stream().distinct().sorted().toArray(Long[]::new);
        read.fields = fields.clone();
        read.path = requestPath();
        read.persist();
    }

    /** The request that showed the data, query included: a search says what was looked for. */
    private String requestPath() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        InstanceHandle<CurrentVertxRequest> handle = container.instance(CurrentVertxRequest.class);
        RoutingContext request = handle.isAvailable() ? handle.get().getCurrent() : null;
        if (request == null) {
            return null;
        }
        String uri = request.request().uri();
        return uri.length() > MAX_PATH ? uri.substring(0, MAX_PATH) : uri;
    }
}
