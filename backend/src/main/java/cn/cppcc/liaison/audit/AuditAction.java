package cn.cppcc.liaison.audit;

/** What a revision did to a record, in the order of Envers' revtype (0, 1, 2). */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE;

    static AuditAction ofRevisionType(int revtype) {
        return values()[revtype];
    }
}
