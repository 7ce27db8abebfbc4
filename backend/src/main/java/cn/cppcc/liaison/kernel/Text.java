package cn.cppcc.liaison.kernel;

/** How free text from a form is stored: without surrounding spaces, and an empty field as no value. */
public final class Text {

    private Text() {
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
