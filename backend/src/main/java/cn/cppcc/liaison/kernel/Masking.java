package cn.cppcc.liaison.kernel;

/** How personal data reads to those who may not see it: enough to recognise, not enough to use. */
public final class Masking {

    private Masking() {
    }

    /** 13904581234 → 139****1234; 0458-1234567 → 045*****4567. */
    public static String phone(String phone) {
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** 张建国 → 张**: the family name stays so a person can be told apart in a list. */
    public static String name(String name) {
        return name.isEmpty() ? name : name.substring(0, name.offsetByCodePoints(0, 1))
                + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }
}
