package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.work.WorkKind;

/** What a rule gives points for: each kind of work in the record, and the people received at visits (人次). */
public enum EvaluationItemKind {
    VISIT, PEOPLE_RECEIVED, DUTY_DONE, DUTY_MISSED, OPINION_SUBMITTED, OPINION_ACCEPTED, OPINION_FORWARDED,
    OPINION_ADOPTED, OPINION_SOLVED, CONSULTATION_PRESENT, CONSULTATION_EXCUSED, CONSULTATION_ABSENT, PROPOSAL_LED,
    PROPOSAL_COSIGNED, PROPOSAL_ACCEPTED, ACTIVITY_RESEARCH, ACTIVITY_TRAINING, ACTIVITY_VOLUNTEER,
    ACTIVITY_SCHOOL_READING, ACTIVITY_BUSINESS_FORUM, ACTIVITY_OTHER, AWARD;

    /** The kind of work scored item by item, or null for {@link #PEOPLE_RECEIVED}, scored on the visits' 人次. */
    public WorkKind work() {
        return this == PEOPLE_RECEIVED ? null : WorkKind.valueOf(name());
    }

    public String label() {
        return this == PEOPLE_RECEIVED ? "接待群众人次" : work().label;
    }
}
