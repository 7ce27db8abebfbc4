package cn.cppcc.liaison.audit;

import java.util.List;

/**
 * The kinds of record whose changes are audited, each with its Envers table and how a row of that
 * table names its committee. An audited entity missing here would never show in the trail; a test
 * compares this list with the {@code _aud} tables in the database.
 */
public enum AuditRecordType {
    COMMITTEE("政协", "committee_aud", "a.id"),
    SECTOR("界别", "sector_aud", "a.committee_id"),
    TOWNSHIP("乡镇（街道）", "township_aud", "a.committee_id"),
    // A village names no committee itself: its township does, now or in the trail if since deleted.
    VILLAGE("村（社区）", "village_aud", "coalesce((select t.committee_id from township t where t.id = a.township_id),"
            + " (select t.committee_id from township_aud t where t.id = a.township_id order by t.rev desc limit 1))"),
    PLATFORM("联系平台", "platform_aud", "a.committee_id"),
    GROUP("界别活动组", "member_group_aud", "a.committee_id"),
    MEMBER("委员", "member_aud", "a.committee_id"),
    ACCOUNT("账号", "account_aud", "a.committee_id"),
    API_TOKEN("API 令牌", "api_token_aud", "a.committee_id"),
    STUDIO("委员工作室", "studio_aud", "a.committee_id", "studio_member_aud"),
    VISIT("接待走访", "visit_aud", "a.committee_id", "visit_member_aud"),
    DUTY_TURN("轮值", "duty_turn_aud", "a.committee_id", "duty_turn_visit_aud");

    public final String label;
    /** The Envers table holding this type's versions. */
    public final String auditTable;
    /**
     * The Envers tables of its member lists: a row per member added or removed, under the same revision as the
     * record's own version, which the trail shows.
     */
    public final List<String> collectionTables;
    /** SQL over the audit row {@code a} giving the committee the record belongs to. */
    final String committeeOf;

    AuditRecordType(String label, String auditTable, String committeeOf, String... collectionTables) {
        this.label = label;
        this.auditTable = auditTable;
        this.committeeOf = committeeOf;
        this.collectionTables = List.of(collectionTables);
    }
}
