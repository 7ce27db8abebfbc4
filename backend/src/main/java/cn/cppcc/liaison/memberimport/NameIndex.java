package cn.cppcc.liaison.memberimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A committee's sectors, groups or townships by name, loaded once per import instead of once per row. */
final class NameIndex<T> {

    private static final int NAMES_SHOWN = 20;

    private final String what;
    private final Map<String, T> byKey = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    NameIndex(String what) {
        this.what = what;
    }

    NameIndex<T> put(String name, T value) {
        byKey.put(RosterValues.key(name), value);
        names.add(name);
        return this;
    }

    Optional<T> find(String name) {
        return Optional.ofNullable(byKey.get(RosterValues.key(name)));
    }

    /** Says what the office can write instead: the names it has, or that it has none yet. */
    String unknown(String name) {
        if (names.isEmpty()) {
            return "本政协还没有任何" + what + "，请先添加" + what + "，或清空此列";
        }
        String known = String.join("、", names.subList(0, Math.min(NAMES_SHOWN, names.size())))
                + (names.size() > NAMES_SHOWN ? " 等 " + names.size() + " 个" : "");
        return "本政协没有名为“" + name + "”的" + what + "；已有：" + known;
    }
}
