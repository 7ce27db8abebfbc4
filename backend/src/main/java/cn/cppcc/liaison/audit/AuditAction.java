package cn.cppcc.liaison.audit;

/** What a revision did to a record, in the order of Envers' revtype (0, 1, 2). */
public enum AuditAction {
    CREATE("新建"),
    UPDATE("修改"),
    DELETE("删除");

    public final String label;

    AuditAction(String label) {
        this.label = label;
    }

    static AuditAction ofRevisionType(int revtype) {
        return values()[revtype];
    }
}
