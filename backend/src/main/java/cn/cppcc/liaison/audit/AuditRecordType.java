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
    STUDIO("委员工作室", "studio_aud", "a.committee_id",
            new ListTable("studio_member_aud", "studio_id", "member_id", "residentIds")),
    VISIT("接待走访", "visit_aud", "a.committee_id", new ListTable("visit_member_aud", "visit_id", "member_id", "memberIds")),
    DUTY_TURN("轮值", "duty_turn_aud", "a.committee_id",
            new ListTable("duty_turn_visit_aud", "duty_turn_id", "visit_id", "visitIds")),
    OPINION_CATEGORY("社情民意类别", "opinion_category_aud", "a.committee_id"),
    OPINION("社情民意", "opinion_aud", "a.committee_id",
            new ListTable("opinion_member_aud", "opinion_id", "member_id", "memberIds")),
    CONSULTATION("协商活动", "consultation_aud", "a.committee_id",
            new ListTable("consultation_opinion_aud", "consultation_id", "opinion_id", "opinionIds")),
    OUTCOME("协商成果", "outcome_aud", "a.committee_id",
            new ListTable("outcome_opinion_aud", "outcome_id", "opinion_id", "opinionIds")),
    PROPOSAL("提案", "proposal_aud", "a.committee_id",
            new ListTable("proposal_member_aud", "proposal_id", "member_id", "coSignerIds")),
    ACTIVITY("自选动作", "activity_aud", "a.committee_id",
            new ListTable("activity_member_aud", "activity_id", "member_id", "memberIds")),
    EVALUATION_RULES("考评细则", "evaluation_rules_aud", "a.committee_id"),
    EVALUATION_YEAR("年度考评", "evaluation_year_aud", "a.committee_id"),
    AWARD("表彰", "award_aud", "a.committee_id"),
    EVALUATION_ADJUSTMENT("考评加减分", "evaluation_adjustment_aud", "a.committee_id"),
    EVALUATION_OBJECTION("考评申诉", "evaluation_objection_aud", "a.committee_id");

    public final String label;
    /** The Envers table holding this type's versions. */
    public final String auditTable;
    /**
     * The Envers tables of its member lists: a row per member added or removed, under the same revision as the
     * record's own version, which the trail shows.
     */
    public final List<String> collectionTables;
    /** The same lists, with the columns and the API field that show them in the record's states. */
    final List<ListTable> lists;
    /** SQL over the audit row {@code a} giving the committee the record belongs to. */
    final String committeeOf;

    AuditRecordType(String label, String auditTable, String committeeOf, ListTable... lists) {
        this.label = label;
        this.auditTable = auditTable;
        this.committeeOf = committeeOf;
        this.lists = List.of(lists);
        this.collectionTables = this.lists.stream().map(ListTable::table).toList();
    }

    /**
     * A list's Envers table: {@code owner} names the record, {@code element} the listed id, {@code field} the
     * API field the list is shown as.
     */
    record ListTable(String table, String owner, String element, String field) {

        /**
         * SQL for the list as it stood at revision {@code rev} of record {@code id}: the elements whose latest
         * row up to then is an addition. A delete's own rows remove everything, so a delete reads the list
         * just before it.
         */
        String asOf(String id, String rev, String revtype) {
            return "(select coalesce(json_agg(x.e order by x.e), '[]'::json) from (select distinct on (c." + element
                    + ") c." + element + " as e, c.revtype from " + table + " c where c." + owner + " = " + id
                    + " and (c.rev < " + rev + " or (c.rev = " + rev + " and " + revtype + " <> 2))"
                    + " order by c." + element + ", c.rev desc) x where x.revtype = 0)";
        }
    }
}
