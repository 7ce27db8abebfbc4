package cn.cppcc.liaison.activity;

/** The work besides visits and duty turns that counts in a member's record (自选动作). */
public enum ActivityKind {
    RESEARCH("调研报告"),
    TRAINING("培训"),
    VOLUNTEER("志愿服务"),
    SCHOOL_READING("进校园读书"),
    BUSINESS_FORUM("企业家座谈"),
    OTHER("其他");

    public final String label;

    ActivityKind(String label) {
        this.label = label;
    }
}
