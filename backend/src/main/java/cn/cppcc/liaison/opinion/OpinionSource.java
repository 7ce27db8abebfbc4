package cn.cppcc.liaison.opinion;

/** Where a member heard the opinion; the first three name the record it came from. */
public enum OpinionSource {
    VISIT("接待走访"),
    DUTY_TURN("轮值"),
    STUDIO("委员工作室"),
    ONLINE("网上征集"),
    OTHER("其他");

    public final String label;

    OpinionSource(String label) {
        this.label = label;
    }
}
