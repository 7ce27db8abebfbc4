package cn.cppcc.liaison.kernel.work;

import java.time.LocalDate;

/**
 * One piece of a member's work on a day, as the feature that keeps its record defines it: what the record lists
 * and the evaluation scores.
 *
 * @param recordType the API resource of the source record ({@code visits}, {@code duty-turns}, {@code opinions},
 *                   {@code consultations}, {@code proposals}, {@code activities}, {@code awards})
 * @param amount     the people received of a visit, reached of an activity or duty turn; 0 where nothing is counted
 * @param lead       for a proposal: whether the member leads it (领衔)
 * @param coSigners  for a proposal: how many co-signers it has besides the lead
 * @param detail     a short note for the record (the proposal's status, the absence's reason), or null
 */
public record MemberWork(long memberId, WorkKind kind, LocalDate date, String recordType, long recordId,
        String title, int amount, boolean lead, int coSigners, String detail) {

    public static MemberWork of(long memberId, WorkKind kind, LocalDate date, String recordType, long recordId,
            String title, int amount, String detail) {
        return new MemberWork(memberId, kind, date, recordType, recordId, title, amount, false, 0, detail);
    }
}
