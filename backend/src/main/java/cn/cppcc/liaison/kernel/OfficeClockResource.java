package cn.cppcc.liaison.kernel;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;

/** The office's today, so the frontend proposes and bounds dates by the service's clock, not the device's. */
@Path("/api/v1/clock")
@Produces(MediaType.APPLICATION_JSON)
public class OfficeClockResource {

    /** The clock as the contract's {@code OfficeClock} schema reads it. */
    public record Reading(LocalDate today, Instant now, String zone, int quarter, boolean shifted) {
    }

    @Inject
    OfficeClock clock;

    @GET
    @Authenticated
    public Reading getOfficeClock() {
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, OfficeClock.ZONE);
        return new Reading(today, now, OfficeClock.ZONE.getId(), OfficeClock.quarterOf(today), clock.shifted());
    }
}
