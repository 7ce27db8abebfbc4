package cn.cppcc.liaison.audit;

import java.time.Instant;
import java.util.List;

/** A logged read of personal data as the audit lists it. */
public record PersonalDataRead(
        long id,
        Instant at,
        String actor,
        Long accountId,
        AuditRecordType recordType,
        List<Long> recordIds,
        List<String> fields,
        String path) {

    static PersonalDataRead of(PersonalDataReadEntity e) {
        return new PersonalDataRead(e.id, e.at, e.actor, e.accountId, e.recordType, List.of(e.recordIds),
                List.of(e.fields), e.path);
    }
}
