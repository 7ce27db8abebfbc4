package cn.cppcc.liaison.kernel.report;

import java.util.Locale;

/** What a report's row may be about besides a period, with the list filter that names it in a drill-down. */
public enum ReportSlice {
    TOWNSHIP("townshipId"),
    PLATFORM("platformId"),
    STUDIO("studioId"),
    CATEGORY("categoryId"),
    /** The records an activity group's members took part in (at least one of them, as each member's record counts). */
    GROUP("groupId"),
    /** The records a sector's members took part in. */
    SECTOR("sectorId"),
    /** The records a member took part in, as the member's record (履职档案) counts them. */
    MEMBER("memberId");

    /** The query parameter the lists take for it. */
    public final String parameter;

    ReportSlice(String parameter) {
        this.parameter = parameter;
    }

    /** The association a record names the slice's township, platform, studio, category, group… by. */
    public String property() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The path from a member to what a slice of who took part is about: the member itself, its group or its sector
     * (as {@link cn.cppcc.liaison.kernel.Participants} filters them).
     */
    public String fromMember() {
        return switch (this) {
            case MEMBER -> "";
            case GROUP -> ".group";
            case SECTOR -> ".sector";
            default -> throw new IllegalStateException(this + " is not about who took part");
        };
    }

    /** Whether the slice is about who took part: the lists filter it by their members. */
    public boolean isParticipants() {
        return this == GROUP || this == SECTOR || this == MEMBER;
    }
}
