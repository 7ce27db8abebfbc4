package cn.cppcc.liaison.audit;

import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;

/** Signs each revision with the caller that made the change; a change with no caller fails. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        AuditRevision signed = (AuditRevision) revision;
        Caller actor = Arc.container().instance(CallerContext.class).get().get();
        signed.actor = actor.name();
        signed.accountId = actor.accountId();
    }
}
