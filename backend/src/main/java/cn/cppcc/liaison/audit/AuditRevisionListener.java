package cn.cppcc.liaison.audit;

import org.hibernate.envers.RevisionListener;

/** Signs each revision with the caller that made the change. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        AuditRevision signed = (AuditRevision) revision;
        Actor actor = Actor.current();
        signed.actor = actor.name();
        signed.accountId = actor.accountId();
    }
}
