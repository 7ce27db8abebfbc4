package cn.cppcc.liaison.consultation;

/** Whether an invited member came: the annual evaluation counts these. */
public enum Attendance {
    PRESENT("出席"),
    EXCUSED("请假"),
    ABSENT("缺席");

    public final String label;

    Attendance(String label) {
        this.label = label;
    }
}
