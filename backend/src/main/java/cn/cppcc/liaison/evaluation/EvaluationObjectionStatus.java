package cn.cppcc.liaison.evaluation;

/** Where an objection stands: waiting for the office's answer, upheld (with an adjustment) or rejected. */
public enum EvaluationObjectionStatus {
    OPEN, UPHELD, REJECTED
}
