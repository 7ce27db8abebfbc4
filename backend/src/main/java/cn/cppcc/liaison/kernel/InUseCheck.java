package cn.cppcc.liaison.kernel;

import java.util.ArrayList;
import java.util.List;

/** Collects what still refers to a record before it is deleted, so the 409 can say what. */
public final class InUseCheck {

    private final String what;
    private final List<Problem.Reference> references = new ArrayList<>();

    private InUseCheck(String what) {
        this.what = what;
    }

    public static InUseCheck of(String what) {
        return new InUseCheck(what);
    }

    public InUseCheck count(String resource, String label, long count) {
        if (count > 0) {
            references.add(new Problem.Reference(resource, label, count));
        }
        return this;
    }

    public void orThrow() {
        if (!references.isEmpty()) {
            throw ApiProblem.inUse(what, List.copyOf(references));
        }
    }
}
