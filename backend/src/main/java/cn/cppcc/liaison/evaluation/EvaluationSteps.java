package cn.cppcc.liaison.evaluation;

import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.Caller;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Role;
import cn.cppcc.liaison.member.MemberEntity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the adjustments and objections share: whose of them a caller reads (the member their own, a convenor or
 * liaison their group's and their own, the office all of the committee's) and the rule for an amount of points.
 */
final class EvaluationSteps {

    private EvaluationSteps() {
    }

    /** Confines a list of a member's records, {@code member} naming its member, to those the caller may read. */
    static Filter readable(Filter filter, Caller caller, String member) {
        return switch (caller.role()) {
            case MEMBER -> filter.where(member + ".id = :callerMember",
                    Map.of("callerMember", caller.memberId() == null ? -1L : caller.memberId()));
            case CONVENOR, LIAISON -> filter.where("(" + member + ".group.id = :callerGroup or " + member
                    + ".id = :callerMember)", Map.of("callerGroup", caller.groupId() == null ? -1L : caller.groupId(),
                    "callerMember", caller.memberId() == null ? -1L : caller.memberId()));
            default -> filter;
        };
    }

    /** 403 unless the caller may read the member's evaluation. */
    static void requireReadable(Caller caller, MemberEntity member, String what) {
        if (!caller.seesPersonalDataOf(member.id, member.group == null ? null : member.group.id)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, caller.role() == Role.MEMBER ? "委员只能查看本人的" + what
                    : caller.role().label + "只能查看本活动组委员的" + what);
        }
    }

    /** An amount of points the office adds (positive) or takes (negative): one decimal at most, never 0. */
    static String amountProblem(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() == 0) {
            return "加减分不能为 0";
        }
        if (amount.stripTrailingZeros().scale() > 1) {
            return "加减分最多一位小数，如 2.5";
        }
        return null;
    }
}
