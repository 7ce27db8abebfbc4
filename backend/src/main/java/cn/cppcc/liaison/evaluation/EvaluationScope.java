package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.OfficeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

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
        Caller caller = callerContext.get();
        Long id = caller.committeeId() != null ? caller.committeeId() : committeeId;
        if (id == null) {
            throw ApiProblem.invalid("committeeId", "系统管理员须用 committeeId 指明是哪个政协的考评");
        }
        if (committeeId != null && !Objects.equals(committeeId, id)) {
            throw ApiProblem.notFound("政协", committeeId);
        }
        CommitteeEntity committee = CommitteeEntity.findById(id);
        if (committee == null) {
            throw ApiProblem.notFound("政协", id);
        }
        return committee;
    }

    /** The year asked about, refused when it has not begun. */
    public int year(int year) {
        if (year > clock.year()) {
            throw ApiProblem.invalid("year", "年度 " + year + " 还没有开始（今年是 " + clock.year() + " 年）");
        }
        return year;
    }
}
