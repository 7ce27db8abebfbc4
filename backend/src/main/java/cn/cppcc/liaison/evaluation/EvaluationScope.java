package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.OfficeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which committee and year an evaluation request is about: the caller's own committee (another one reads as
 * missing), or for a deployment-wide administrator the one named by {@code committeeId}; never a year to come.
 */
@ApplicationScoped
public class EvaluationScope {

    @Inject
    CallerContext callerContext;

    @Inject
    OfficeClock clock;

    public CommitteeEntity committee(Long committeeId) {
        return CommitteeEntity.asked(callerContext.get(), committeeId, "考评");
    }

    /** The year asked about, refused when it has not begun. */
    public int year(int year) {
        if (year > clock.year()) {
            throw ApiProblem.invalid("year", "年度 " + year + " 还没有开始（今年是 " + clock.year() + " 年）");
        }
        return year;
    }
}
