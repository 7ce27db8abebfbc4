package cn.cppcc.liaison.evaluation;

import jakarta.ws.rs.QueryParam;

/**
 * The filters the 考评申诉列表 and its export share, so a file holds what the list holds: the adjustments' year,
 * committee and member, and the objection's status.
 */
public class EvaluationObjectionFilters extends EvaluationAdjustmentFilters {

    @QueryParam("status")
    public EvaluationObjectionStatus status;
}
