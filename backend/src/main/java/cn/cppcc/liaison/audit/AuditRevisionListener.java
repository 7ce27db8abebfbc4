package cn.cppcc.liaison.audit;

import cn.cppcc.liaison.security.Caller;
import org.hibernate.envers.RevisionListener;

/** Signs each revision with the caller that made the change. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        AuditRevision signed = (AuditRevision) revision;
        Caller actor = Caller.current();
        signed.actor = actor.name();
        signed.accountId = actor.accountId();
    }
}
