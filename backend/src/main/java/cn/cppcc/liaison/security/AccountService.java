package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.CallerContext;
import cn.cppcc.liaison.kernel.Role;


import cn.cppcc.liaison.committee.CommitteeEntity;
import cn.cppcc.liaison.kernel.ApiProblem;
import cn.cppcc.liaison.kernel.FieldChecks;
import cn.cppcc.liaison.kernel.Filter;
import cn.cppcc.liaison.kernel.PageParams;
import cn.cppcc.liaison.kernel.PageResult;
import cn.cppcc.liaison.kernel.ProblemType;
import cn.cppcc.liaison.kernel.Sorting;
import cn.cppcc.liaison.kernel.Text;
import cn.cppcc.liaison.kernel.VersionedEntity;
import cn.cppcc.liaison.kernel.Versions;
import cn.cppcc.liaison.member.GroupEntity;
import cn.cppcc.liaison.member.GroupService;
import cn.cppcc.liaison.member.MemberEntity;
import cn.cppcc.liaison.member.MemberService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;

@ApplicationScoped
public class AccountService {


    @Inject
    CallerContext callerContext;

    private static final Map<String, String> SORTABLE = Map.of(
            "id", "id", "username", "username", "displayName", "displayName", "role", "role",
            "lastLoginAt", "lastLoginAt", "createdAt", "createdAt");

    @Inject
    Passwords passwords;

    public PageResult<Account> list(PageParams page, Role role, Long committeeId, Boolean enabled, String q) {
        Filter filter = new Filter()
                .equal("role", "role", role)
                .equal("committee.id", "committeeId", committeeId)
                .equal("enabled", "enabled", enabled)
                .contains("q", q, "username", "displayName");
        return PageResult.of(
                AccountEntity.find(filter.query(), Sorting.parse(page.sort, SORTABLE, "id"), filter.parameters()),
                page, Account::of);
    }

    public Account get(long id) {
        return Account.of(find(id));
    }

    @Transactional
    public Account create(AccountFields fields) {
        FieldChecks checks = new FieldChecks().check(fields.password() == null, "password", "新账号须设置初始密码");
        AccountEntity account = new AccountEntity();
        apply(account, fields, checks);
        account.persistAndFlush();
        return Account.of(account);
    }

    @Transactional
    public Account update(long id, String ifMatch, AccountFields fields) {
        AccountEntity account = find(id);
        Versions.check("账号", account.version, Versions.expected(ifMatch));
        boolean wasAdmin = account.role == Role.ADMIN && account.enabled;
        boolean staysAdmin = fields.role() == Role.ADMIN && !Boolean.FALSE.equals(fields.enabled());
        if (wasAdmin && !staysAdmin) {
            refuseForLastAdministrator(account, "改为其他角色或停用");
        }
        Role before = account.role;
        boolean enabledBefore = account.enabled;
        apply(account, fields, new FieldChecks());
        if (before != account.role || enabledBefore != account.enabled) {
            account.endSessions();
        }
        AccountEntity.flush();
        return Account.of(account);
    }

    @Transactional
    public void delete(long id) {
        AccountEntity account = find(id);
        if (account.role == Role.ADMIN && account.enabled) {
            refuseForLastAdministrator(account, "删除");
        }
        account.delete();
    }

    @Transactional
    public boolean noAccountYet() {
        return AccountEntity.count() == 0;
    }

    /** Creates the first administrator when no account exists yet; answers whether it did. */
    @Transactional
    public boolean createFirstAdministrator(String username, String password) {
        if (AccountEntity.count() > 0) {
            return false;
        }
        Passwords.checkRules("ADMIN_PASSWORD", password);
        AccountEntity admin = new AccountEntity();
        admin.username = username.strip();
        admin.displayName = "系统管理员";
        admin.role = Role.ADMIN;
        admin.passwordHash = passwords.hash(password);
        admin.persist();
        return true;
    }

    private void refuseForLastAdministrator(AccountEntity account, String action) {
        if (Objects.equals(account.id, callerContext.get().accountId())) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, "不能" + action + "自己正在使用的管理员账号；请由另一位系统管理员操作");
        }
        long otherAdmins = AccountEntity.count("role = ?1 and enabled = true and id <> ?2", Role.ADMIN, account.id);
        if (otherAdmins == 0) {
            throw new ApiProblem(ProblemType.ILLEGAL_STATE, "这是唯一启用的系统管理员账号，不能" + action + "；请先另设一位系统管理员");
        }
    }

    private AccountEntity find(long id) {
        return VersionedEntity.found(AccountEntity.findById(id), "账号", id);
    }

    private void apply(AccountEntity account, AccountFields fields, FieldChecks checks) {
        Role role = fields.role();
        boolean takesMember = role.leadsGroup() || role == Role.MEMBER;
        CommitteeEntity committee = fields.committeeId() == null ? null
                : checks.read(() -> CommitteeEntity.referenced(callerContext.get(), "committeeId",
                        fields.committeeId()));
        checks.check(takesMember && fields.committeeId() == null, "committeeId", role.label + "账号须指定所属政协")
                .check(role == Role.MEMBER && fields.memberId() == null, "memberId", "委员账号须关联一位委员")
                .check(role.leadsGroup() && fields.groupId() == null, "groupId", role.label + "账号须关联其负责的界别活动组")
                .check(!takesMember && fields.memberId() != null, "memberId", role.label + "账号不关联委员")
                .check(!role.leadsGroup() && fields.groupId() != null, "groupId", "只有召集人和联络员账号关联界别活动组");
        // A member or group is looked up only where the role takes one; elsewhere its field is refused above.
        MemberEntity member = fields.memberId() == null || committee == null || !takesMember ? null
                : checks.read(() -> MemberService.referenced("memberId", fields.memberId(), committee.id));
        GroupEntity group = fields.groupId() == null || committee == null || !role.leadsGroup() ? null
                : checks.read(() -> GroupService.referenced("groupId", fields.groupId(), committee.id));
        if (fields.password() != null) {
            checks.run(() -> Passwords.checkRules("password", fields.password()));
        }
        checks.done();
        String username = fields.username().strip();
        if (AccountEntity.usernameTaken(username, account.id)) {
            throw ApiProblem.duplicate("username", "用户名“" + username + "”已被使用");
        }
        account.username = username;
        account.displayName = fields.displayName().strip();
        account.role = role;
        account.committee = committee;
        account.member = member;
        account.group = group;
        account.enabled = !Boolean.FALSE.equals(fields.enabled());
        if (fields.password() != null) {
            account.passwordHash = passwords.hash(fields.password());
            account.endSessions();
        }
    }
}
