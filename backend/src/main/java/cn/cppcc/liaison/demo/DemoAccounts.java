package cn.cppcc.liaison.demo;

import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.member.GroupEntity;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberStatus;
import cn.cppcc.liaison.security.AccountEntity;
import cn.cppcc.liaison.security.Passwords;
import cn.cppcc.liaison.kernel.Role;
import java.util.Map;

/**
 * One account of every role for each demo committee, and an administrator, all with {@link #PASSWORD};
 * the README lists them. Existing usernames are left alone.
 */
final class DemoAccounts {

    static final String PASSWORD = "Demo2026cppcc";
    private static final Map<String, String> PREFIX = Map.of("铁力市", "tieli", "岳塘区", "yuetang", "伊春市", "yichun",
            "湘潭市", "xiangtan");

    private final String hash;

    DemoAccounts(Passwords passwords) {
        this.hash = passwords.hash(PASSWORD);
    }

    void administrator() {
        add("admin", "系统管理员", Role.ADMIN, null, null, null);
    }

    /** The office, a reporter, and the convenor, liaison and one member of the committee's first group. */
    void forCommittee(CommitteeEntity committee) {
        String prefix = prefix(committee);
        add(prefix + "-office", committee.region + "政协委员工作处", Role.OFFICE, committee, null, null);
        add(prefix + "-reporter", committee.region + "政协统计报送", Role.REPORTER, committee, null, null);
        GroupEntity group = GroupEntity.<GroupEntity>find("committee = ?1 order by id", committee).firstResult();
        if (group == null || group.convenor == null) {
            return;
        }
        add(prefix + "-convenor", group.convenor.name, Role.CONVENOR, committee, group.convenor, group);
        add(prefix + "-liaison", group.liaisonName == null ? group.name + "联络员" : group.liaisonName, Role.LIAISON,
                committee, null, group);
        MemberEntity member = MemberEntity.<MemberEntity>find("group = ?1 and id <> ?2 and status = ?3 order by id",
                group, group.convenor.id, MemberStatus.ACTIVE).firstResult();
        if (member != null) {
            add(prefix + "-member", member.name, Role.MEMBER, committee, member, null);
        }
    }

    /** A parent committee's office, which reads the opinions forwarded to it and adopts them. */
    void forParent(CommitteeEntity committee) {
        add(prefix(committee) + "-office", committee.region + "政协委员工作处", Role.OFFICE, committee, null, null);
    }

    /** How the committee's demo usernames start: tieli-office, yuetang-convenor. */
    static String prefix(CommitteeEntity committee) {
        return PREFIX.getOrDefault(committee.region, "demo");
    }

    private void add(String username, String displayName, Role role, CommitteeEntity committee, MemberEntity member,
            GroupEntity group) {
        if (AccountEntity.byUsername(username).isPresent()) {
            return;
        }
        AccountEntity account = new AccountEntity();
        account.username = username;
        account.displayName = displayName;
        account.role = role;
        account.committee = committee;
        account.member = member;
        account.group = group;
        account.passwordHash = hash;
        account.persist();
    }
}
