package cn.cppcc.liaison.evaluation;

/**
 * What an objection is about: a kind the rules score (as {@link EvaluationItemKind}), or the minimum, the months in
 * office, an adjustment, or something else.
 */
public enum EvaluationObjectionItem {
    VISIT, PEOPLE_RECEIVED, DUTY_DONE, DUTY_MISSED, OPINION_SUBMITTED, OPINION_ACCEPTED, OPINION_FORWARDED,
    OPINION_ADOPTED, OPINION_SOLVED, CONSULTATION_PRESENT, CONSULTATION_EXCUSED, CONSULTATION_ABSENT, PROPOSAL_LED,
    PROPOSAL_COSIGNED, PROPOSAL_ACCEPTED, ACTIVITY_RESEARCH, ACTIVITY_TRAINING, ACTIVITY_VOLUNTEER,
    ACTIVITY_SCHOOL_READING, ACTIVITY_BUSINESS_FORUM, ACTIVITY_OTHER, AWARD, MINIMUM, TENURE, ADJUSTMENT, OTHER;

    public String label() {
        return switch (this) {
            case MINIMUM -> "最低要求";
            case TENURE -> "在任月数";
            case ADJUSTMENT -> "加减分";
            case OTHER -> "其他";
            default -> EvaluationItemKind.valueOf(name()).label();
        };
    }
}
