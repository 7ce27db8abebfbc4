package cn.cppcc.liaison.kernel;

/** How free text from a form is stored: without surrounding spaces, and an empty field as no value. */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** At most {@code max} characters of {@code text}, an ellipsis marking what was cut. */
    public static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    /** The longest {@code detail} a problem answer carries, as the contract's Problem schema states. */
    public static final int MAX_DETAIL = 4000;

    public static String bounded(String detail) {
        return detail == null ? null : abbreviate(detail, MAX_DETAIL - 1);
    }
}
