package cn.cppcc.liaison.kernel;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The two answers every resource gives for a single record: created, and read or updated. */
public final class Responses {

    private Responses() {
    }

    public static Response created(String collection, Versioned record) {
        return Response.created(URI.create(collection + "/" + record.id()))
                .header("ETag", Versions.etag(record.version())).entity(record).build();
    }

    public static Response withETag(Versioned record) {
        return Response.ok(record).header("ETag", Versions.etag(record.version())).build();
    }
}
