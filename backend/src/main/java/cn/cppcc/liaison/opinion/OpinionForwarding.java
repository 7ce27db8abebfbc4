package cn.cppcc.liaison.opinion;

import java.time.Instant;

/** An opinion forwarded to the parent committee (报送), and whether that committee adopted it (采用, 批示). */
public record OpinionForwarding(long committeeId, String committeeName, Instant forwardedAt, boolean adopted,
        Instant adoptedAt, String instruction) {

    static OpinionForwarding of(OpinionEntity e) {
        return e.forwardedTo == null ? null
                : new OpinionForwarding(e.forwardedTo.id, e.forwardedTo.name, e.forwardedAt, e.adoptedAt != null,
                        e.adoptedAt, e.instruction);
    }
}
