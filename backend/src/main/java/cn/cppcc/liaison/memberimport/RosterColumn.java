package cn.cppcc.liaison.memberimport;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns a committee office keeps in its roster, by their Chinese header and the aliases offices use. */
enum RosterColumn {
    NAME("姓名", true, "委员姓名", "名字"),
    GENDER("性别", true),
    BIRTH_YEAR("出生年份", false, "出生年月", "出生日期", "出生年", "出生时间"),
    ETHNICITY("民族", false),
    PARTY("党派", false, "政治面貌", "党派（政治面貌）", "党派/政治面貌"),
    SECTOR("界别", true, "所属界别"),
    GROUP("界别活动组", false, "活动组", "联组", "小组", "所属活动组", "界别活动小组", "界别小组"),
    TOWNSHIP("乡镇（街道）", false, "乡镇", "街道", "乡镇街道", "乡镇/街道", "所在乡镇", "所在街道", "所在乡镇（街道）"),
    EMPLOYER("工作单位", false, "单位", "所在单位"),
    JOB_TITLE("职务", false, "现任职务", "单位职务"),
    PHONE("联系电话", false, "电话", "手机", "手机号", "手机号码", "联系方式"),
    TERM_START("任期开始", false, "任期开始日期", "任期起", "任期起始"),
    TERM_END("任期结束", false, "任期结束日期", "任期止", "任期截止");

    final String label;
    final boolean required;
    private final List<String> keys;

    RosterColumn(String label, boolean required, String... aliases) {
        this.label = label;
        this.required = required;
        this.keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(label), Arrays.stream(aliases))
                .map(RosterColumn::key).toList();
    }

    /** The column a header cell names; "＊姓名", "姓 名" and "乡镇(街道)" all count. */
    static Optional<RosterColumn> named(String header) {
        String key = key(header);
        return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
    }

    /** Width, spacing, required-field stars and case do not make a different name. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u00A0\\uFEFF*]", "")
                .toLowerCase(Locale.ROOT);
    }
}
