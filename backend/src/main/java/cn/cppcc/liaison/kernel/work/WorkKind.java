package cn.cppcc.liaison.kernel.work;

/**
 * The kinds of work a member's record (履职档案) holds and the evaluation scores, one per event that happened on
 * a day: each feature says which of its events are which, through {@link MemberWorkQuery}.
 */
public enum WorkKind {
    /** 接待走访: present at a visit; the amount is the people received (人次). */
    VISIT("接待走访"),
    /** 轮值履职: a duty turn recorded done; dated on its month's first day. */
    DUTY_DONE("轮值履职"),
    /** 轮值缺勤: a duty turn recorded missed. */
    DUTY_MISSED("轮值缺勤"),
    /** 提交社情民意: an opinion collected by the member, counted from its collection date once submitted. */
    OPINION_SUBMITTED("提交社情民意"),
    /** 社情民意被采用: accepted by the office. */
    OPINION_ACCEPTED("社情民意被采用"),
    /** 社情民意报送上级. */
    OPINION_FORWARDED("社情民意报送上级"),
    /** 社情民意被上级采用. */
    OPINION_ADOPTED("社情民意被上级采用"),
    /** 社情民意已解决: the public confirmed the solution, or its quiet period ended. */
    OPINION_SOLVED("社情民意已解决"),
    /** 出席协商. */
    CONSULTATION_PRESENT("出席协商"),
    /** 协商请假: invited, absent with an excuse. */
    CONSULTATION_EXCUSED("协商请假"),
    /** 协商缺席: invited, absent without an excuse. */
    CONSULTATION_ABSENT("协商缺席"),
    /** 领衔提案: the lead of a proposal filed on the day. */
    PROPOSAL_LED("领衔提案"),
    /** 附议提案: a co-signer of a proposal filed on the day. */
    PROPOSAL_COSIGNED("附议提案"),
    /** 提案立案: a proposal the member led or co-signed was accepted as a case on the day. */
    PROPOSAL_ACCEPTED("提案立案"),
    /** 调研报告. */
    ACTIVITY_RESEARCH("调研报告"),
    /** 培训. */
    ACTIVITY_TRAINING("培训"),
    /** 志愿服务. */
    ACTIVITY_VOLUNTEER("志愿服务"),
    /** 进校园读书. */
    ACTIVITY_SCHOOL_READING("进校园读书"),
    /** 企业家座谈. */
    ACTIVITY_BUSINESS_FORUM("企业家座谈"),
    /** 其他自选动作. */
    ACTIVITY_OTHER("其他自选动作"),
    /** 表彰: marked outstanding by the office. */
    AWARD("表彰"),
    /** 考评加减分: the office adjusted the member's score, dated the day it did. */
    EVALUATION_ADJUSTED("考评加减分"),
    /** 提出考评申诉: the member objected to an item of their breakdown. */
    OBJECTION_FILED("提出考评申诉"),
    /** 考评申诉答复: the office answered the member's objection. */
    OBJECTION_ANSWERED("考评申诉答复");

    public final String label;

    WorkKind(String label) {
        this.label = label;
    }

    /**
     * Whether the work counts as done (挂牌委员 have none): every kind but a missed turn, an absence, an award and
     * the steps of the evaluation itself.
     */
    public boolean isWork() {
        return switch (this) {
            case DUTY_MISSED, CONSULTATION_EXCUSED, CONSULTATION_ABSENT, AWARD, EVALUATION_ADJUSTED, OBJECTION_FILED,
                    OBJECTION_ANSWERED -> false;
            default -> true;
        };
    }
}
