package cn.cppcc.liaison.consultation;

/** Who else sat at the table: the people the consultation was about and the departments that answer. */
public enum GuestKind {
    VILLAGE_REP("村（居）民代表"),
    GRID_WORKER("网格员"),
    OFFICIAL("部门负责人"),
    RESIDENT("群众"),
    EXPERT("专家"),
    OTHER("其他");

    public final String label;

    GuestKind(String label) {
        this.label = label;
    }
}
