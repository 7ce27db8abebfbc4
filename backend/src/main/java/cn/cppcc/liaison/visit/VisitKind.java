package cn.cppcc.liaison.visit;

/** The ways members meet the public. */
public enum VisitKind {
    RECEPTION_DAY("接待日"),
    HOUSEHOLD("下户走访"),
    INSPECTION("视察"),
    PUBLIC_TALK("民情恳谈会");

    public final String label;

    VisitKind(String label) {
        this.label = label;
    }

    /** A reception day is held at a member studio; the other kinds go out to the public. */
    public boolean heldAtStudio() {
        return this == RECEPTION_DAY;
    }
}
