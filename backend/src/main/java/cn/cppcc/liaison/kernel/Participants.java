package cn.cppcc.liaison.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who took part in a record, as the lists filter it ({@code memberId}, {@code groupId}, {@code sectorId}): one member
 * who is that member, in that group and in that sector (the member's current group and sector, as the roster has
 * them), all the given conditions on the same member. A record of members of two groups is one of each group's.
 */
public record Participants(Long memberId, Long groupId, Long sectorId) {

    public static final Participants ANY = new Participants(null, null, null);

    /** Whether the client asked about anyone at all. */
    public boolean given() {
        return memberId != null || groupId != null || sectorId != null;
    }

    /** The HQL condition on the member at {@code member} (such as {@code m} or {@code key(a)}), the parts asked. */
    public String on(String member) {
        List<String> all = new ArrayList<>();
        if (memberId != null) {
            all.add(member + ".id = :whoMember");
        }
        if (groupId != null) {
            all.add(member + ".group.id = :whoGroup");
        }
        if (sectorId != null) {
            all.add(member + ".sector.id = :whoSector");
        }
        return all.isEmpty() ? "1 = 1" : String.join(" and ", all);
    }

    /** The parameters {@link #on} names. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        if (memberId != null) {
            parameters.put("whoMember", memberId);
        }
        if (groupId != null) {
            parameters.put("whoGroup", groupId);
        }
        if (sectorId != null) {
            parameters.put("whoSector", sectorId);
        }
        return parameters;
    }
}
