package cn.cppcc.liaison.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns rows of the audit tables into events: states with the API's field names, and what changed. */
@ApplicationScoped
class AuditStates {

    private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    /**
     * A row of the events query: rev, at, actor, account_id, revtype, record_type, record_id, committee_id, state,
     * previous state, and the member lists at the state and at the previous state.
     */
    AuditEvent event(Object[] row) {
        AuditAction action = AuditAction.ofRevisionType(((Number) row[4]).intValue());
        Map<String, Object> state = withLists(state((String) row[8]), (String) row[10]);
        Map<String, Object> before = switch (action) {
            case CREATE -> null;
            case UPDATE -> withLists(state((String) row[9]), (String) row[11]);
            // Envers keeps the deleted state in the delete's own row (store-data-at-delete).
            case DELETE -> state;
        };
        Map<String, Object> after = action == AuditAction.DELETE ? null : state;
        return new AuditEvent(((Number) row[0]).longValue(), instant(row[1]), (String) row[2],
                row[3] == null ? null : ((Number) row[3]).longValue(), action,
                AuditRecordType.valueOf((String) row[5]), ((Number) row[6]).longValue(),
                row[7] == null ? null : ((Number) row[7]).longValue(), before, after,
                changedFields(action, before, after));
    }

    /** The members whose phone number the events show, for the log of personal data reads. */
    Set<Long> membersWithPhone(List<AuditEvent> events) {
        Set<Long> ids = new LinkedHashSet<>();
        for (AuditEvent event : events) {
            if (event.recordType() == AuditRecordType.MEMBER && (phone(event.before()) || phone(event.after()))) {
                ids.add(event.recordId());
            }
        }
        return ids;
    }

    /**
     * The fields whose value differs, a missing state counting as all empty; unknown for an update of a
     * record older than the trail, whose previous version was never recorded.
     */
    static List<String> changedFields(AuditAction action, Map<String, Object> before, Map<String, Object> after) {
        if (action == AuditAction.UPDATE && before == null) {
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        fields.remove("id");
        return fields.stream().filter(f -> !Objects.equals(valueOf(before, f), valueOf(after, f))).toList();
    }

    /** The state with its member lists (API field → ids) added; the lists come already named. */
    private Map<String, Object> withLists(Map<String, Object> state, String lists) {
        if (state == null || lists == null) {
            return state;
        }
        try {
            state.putAll(json.readValue(lists, STATE));
            return state;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit list is not JSON: " + lists, e);
        }
    }

    private Map<String, Object> state(String text) {
        if (text == null) {
            return null;
        }
        try {
            Map<String, Object> columns = json.readValue(text, STATE);
            Map<String, Object> state = new LinkedHashMap<>();
            columns.forEach((column, value) -> {
                if (!"rev".equals(column) && !"revtype".equals(column)) {
                    state.put(camelCase(column), value);
                }
            });
            return state;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit row is not JSON: " + text, e);
        }
    }

    static String camelCase(String column) {
        StringBuilder name = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static Object valueOf(Map<String, Object> state, String field) {
        return state == null ? null : state.get(field);
    }

    private static boolean phone(Map<String, Object> state) {
        return state != null && state.get("phone") != null;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected revision time " + value);
    }
}
