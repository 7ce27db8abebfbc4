package cn.cppcc.liaison.kernel;

import java.util.Set;

/** What an account may do; {@code @RolesAllowed} names them through {@link Names}. */
public enum Role {
    ADMIN("系统管理员"),
    OFFICE("委员工作处"),
    CONVENOR("活动组召集人"),
    LIAISON("活动组联络员"),
    MEMBER("委员"),
    REPORTER("统计报送（只读）");

    /** Roles that may hold an API token: integrations write as the office, scripts only read. */
    public static final Set<Role> FOR_API_TOKENS = Set.of(OFFICE, REPORTER);

    public final String label;

    Role(String label) {
        this.label = label;
    }

    /** Sees and changes the whole committee's data, personal data included. */
    public boolean isOffice() {
        return this == ADMIN || this == OFFICE;
    }

    /**
     * Reads the committees below its own (a city's districts, at any depth) as their reporter would: the office and
     * reporting scripts of the committees above.
     */
    public boolean readsCommitteesBelow() {
        return this == OFFICE || this == REPORTER;
    }

    /** Works for one activity group: a convenor or a liaison. */
    public boolean leadsGroup() {
        return this == CONVENOR || this == LIAISON;
    }

    /** The role names as compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String OFFICE = "OFFICE";
        public static final String CONVENOR = "CONVENOR";
        public static final String LIAISON = "LIAISON";
        public static final String MEMBER = "MEMBER";
        public static final String REPORTER = "REPORTER";

        private Names() {
        }
    }
}
