package cn.cppcc.liaison.memberimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same person twice: same name and phone, or same name and employer when a phone is missing on either side.
 * Holds the committee's existing members and every row accepted so far.
 */
final class Duplicates {

    /** Where a person was seen first: a row of the file, or an existing member (row 0). */
    record Seen(int row, String name, boolean hasPhone) {

        String describe() {
            return row == 0 ? "本政协已有委员“" + name + "”" : "第 " + row + " 行";
        }
    }

    private final Map<String, Seen> byPhone = new HashMap<>();
    private final Map<String, List<Seen>> byEmployer = new HashMap<>();

    void existing(String name, String phone, String employer) {
        remember(0, name, phone, employer);
    }

    /** The earlier record this row repeats, with how they match; remembers the row otherwise. */
    Optional<String> check(int row, String name, String phone, String employer) {
        String person = RosterValues.key(name);
        String tel = digits(phone);
        if (tel != null && byPhone.containsKey(person + "|" + tel)) {
            return Optional.of("与" + byPhone.get(person + "|" + tel).describe() + "重复（姓名、联系电话相同）");
        }
        String org = RosterValues.key(employer);
        if (!org.isEmpty()) {
            for (Seen seen : byEmployer.getOrDefault(person + "|" + org, List.of())) {
                if (tel == null || !seen.hasPhone()) {
                    return Optional.of("与" + seen.describe() + "重复（姓名、工作单位相同，且未都填联系电话）");
                }
            }
        }
        remember(row, name, phone, employer);
        return Optional.empty();
    }

    private void remember(int row, String name, String phone, String employer) {
        String person = RosterValues.key(name);
        String tel = digits(phone);
        Seen seen = new Seen(row, name, tel != null);
        if (tel != null) {
            byPhone.putIfAbsent(person + "|" + tel, seen);
        }
        String org = RosterValues.key(employer);
        if (!org.isEmpty()) {
            byEmployer.computeIfAbsent(person + "|" + org, k -> new ArrayList<>()).add(seen);
        }
    }

    private static String digits(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}
