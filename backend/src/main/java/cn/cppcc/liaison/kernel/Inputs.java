package cn.cppcc.liaison.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks of what one action of a request body needs and takes, answered as a 400 naming the field. */
public final class Inputs {

    private Inputs() {
    }

    public static <T> T required(String field, T value, String message) {
        if (value == null) {
            throw ApiProblem.invalid(field, message);
        }
        return value;
    }

    /** Text that must be there, stripped. */
    public static String text(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalid(field, message);
        }
        return value.strip();
    }

    /**
     * Fields an action does not take are refused rather than silently dropped: {@code given} maps each optional
     * field of the body to its value, {@code takes} names those the action uses.
     */
    public static void refuseUnused(String action, Map<String, Object> given, Collection<String> takes) {
        List<Problem.FieldError> errors = new ArrayList<>();
        given.forEach((field, value) -> {
            if (value != null && !takes.contains(field)) {
                errors.add(new Problem.FieldError(field, action + "不使用 " + field));
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiProblem(ProblemType.VALIDATION, action + "不使用这些字段："
                    + errors.stream().map(Problem.FieldError::field).collect(Collectors.joining("、"))
                    + "；请只填写该操作需要的内容", errors, null);
        }
    }
}
