package cn.cppcc.liaison.kernel;

import jakarta.ws.rs.core.Response;

/** The answer every resource gives for a single record read or updated; creates answer through {@link Idempotency}. */
public final class Responses {

    private Responses() {
    }

    public static Response withETag(Versioned record) {
        return Response.ok(record).header("ETag", Versions.etag(record.version())).build();
    }
}
