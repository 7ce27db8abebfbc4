package cn.cppcc.liaison.kernel;

import java.util.List;

/** Optimistic locking over HTTP: the ETag is the record's version and a write names the one it read in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version a client based its write on, from its If-Match header; a write without one is a 428. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(ProblemType.PRECONDITION_REQUIRED,
                    "修改记录时须在 If-Match 头中给出读取时的 ETag（版本号），以免覆盖他人的修改",
                    List.of(new Problem.FieldError("If-Match", "缺少 If-Match 头")), null);
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ApiProblem(ProblemType.VALIDATION, "If-Match 应为读取记录时返回的 ETag，例如 \"3\"",
                    List.of(new Problem.FieldError("If-Match", "无法识别的 ETag：" + Text.abbreviate(ifMatch, 30))), null);
        }
    }

    /** For an action where If-Match is optional: checked only when the client gave one. */
    public static void checkIfGiven(String what, long current, String ifMatch) {
        if (ifMatch != null) {
            check(what, current, expected(ifMatch));
        }
    }

    public static void check(String what, long current, long expected) {
        if (current != expected) {
            throw ApiProblem.staleVersion(what, current, expected);
        }
    }

    /**
     * An update of a committee's record: it must be the version the client read (If-Match), and the record
     * stays in its committee.
     */
    public static <E extends VersionedEntity & CommitteeRecord> void checkUpdate(String what, E record, String ifMatch,
            Long committeeId) {
        check(what, record.version, expected(ifMatch));
        if (!record.committeeId().equals(committeeId)) {
            throw ApiProblem.invalid("committeeId", what + "所属的政协不能更改");
        }
    }

    /**
     * The same, with a committee that would change recorded among the update's other field checks; a stale or
     * missing version is still answered at once (409, 428).
     */
    public static <E extends VersionedEntity & CommitteeRecord> void checkUpdate(String what, E record, String ifMatch,
            Long committeeId, FieldChecks checks) {
        check(what, record.version, expected(ifMatch));
        checks.check(!record.committeeId().equals(committeeId), "committeeId", what + "所属的政协不能更改");
    }
}
