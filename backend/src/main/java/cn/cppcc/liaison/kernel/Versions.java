package cn.cppcc.liaison.kernel;

import java.util.List;

/** Optimistic locking over HTTP: the ETag is the record's version, If-Match or the body names it. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version a client based its write on: If-Match wins over the body's {@code version}. */
    public static long expected(String ifMatch, Integer bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw new ApiProblem(ProblemType.VALIDATION, "If-Match 应为读取记录时返回的 ETag，例如 \"3\"",
                        List.of(new Problem.FieldError("If-Match", "无法识别的 ETag：" + ifMatch)), null);
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw new ApiProblem(ProblemType.PRECONDITION_REQUIRED,
                "修改记录时须在 If-Match 头或请求体的 version 字段中给出读取时的版本号，以免覆盖他人的修改",
                List.of(new Problem.FieldError("version", "缺少版本号")), null);
    }

    public static void check(String what, long current, long expected) {
        if (current != expected) {
            throw ApiProblem.staleVersion(what, current, expected);
        }
    }

    /**
     * An update of a committee's record: it must be the version the client read (If-Match or the body's
     * {@code version}), and the record stays in its committee.
     */
    public static <E extends VersionedEntity & CommitteeRecord> void checkUpdate(String what, E record, String ifMatch,
            Integer bodyVersion, Long committeeId) {
        check(what, record.version, expected(ifMatch, bodyVersion));
        if (!record.committeeId().equals(committeeId)) {
            throw ApiProblem.invalid("committeeId", what + "所属的政协不能更改");
        }
    }
}
