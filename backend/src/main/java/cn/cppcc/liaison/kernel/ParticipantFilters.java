package cn.cppcc.liaison.kernel;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/**
 * The filters a list of records members take part in shares: one member, or any member of an activity group or a
 * sector ({@link Participants}). A list's filter bean extends it, so the three are declared and checked once.
 */
public class ParticipantFilters {

    @QueryParam("memberId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long memberId;

    @QueryParam("groupId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long groupId;

    @QueryParam("sectorId")
    @Min(value = 1, message = "编号从 1 开始")
    public Long sectorId;

    /** Who took part, as the lists filter by it. */
    public Participants participants() {
        return new Participants(memberId, groupId, sectorId);
    }
}
