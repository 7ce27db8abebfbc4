package cn.cppcc.liaison.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The checks a service makes of one request's fields, collected so that the answer names every wrong field at
 * once: a date after today, an end before its start and a reference to a record that is not there come back
 * together, as the body's own checks do. Each check records its problem and goes on; {@link #done()} answers
 * them all in one 400.
 */
public final class FieldChecks {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** Records {@code message} for {@code field} when {@code wrong}. */
    public FieldChecks check(boolean wrong, String field, String message) {
        if (wrong) {
            errors.add(new Problem.FieldError(field, message));
        }
        return this;
    }

    /**
     * The value {@code read} finds, or null when it refuses the field (a reference that points nowhere, a value
     * out of range): its field errors are recorded and the checks go on.
     */
    public <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiProblem problem) {
            if (problem.type != ProblemType.VALIDATION || problem.errors == null || problem.errors.isEmpty()) {
                throw problem;
            }
            errors.addAll(problem.errors);
            return null;
        }
    }

    /** Runs a check that refuses by throwing (such as a password's rules), recording its field errors. */
    public void run(Runnable check) {
        read(() -> {
            check.run();
            return null;
        });
    }

    /** Answers every recorded problem in one 400, or returns when there is none. */
    public void done() {
        if (errors.isEmpty()) {
            return;
        }
        String detail = errors.stream().map(e -> e.field() + "：" + e.message()).collect(Collectors.joining("；"));
        throw new ApiProblem(ProblemType.VALIDATION, detail, List.copyOf(errors), null);
    }
}
