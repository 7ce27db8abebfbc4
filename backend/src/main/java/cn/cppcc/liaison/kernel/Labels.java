package cn.cppcc.liaison.kernel;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The codes of an enumeration as a person reads them in an error: 接待日（RECEPTION_DAY）、入户走访（HOUSEHOLD）. */
public final class Labels {

    private Labels() {
    }

    public static String choices(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Labels::choice).collect(Collectors.joining("、"));
    }

    /** One code with its Chinese label when the enumeration has one (a public {@code label} field). */
    public static String choice(Object constant) {
        String code = ((Enum<?>) constant).name();
        try {
            Field label = ((Enum<?>) constant).getDeclaringClass().getField("label");
            return label.get(constant) + "（" + code + "）";
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return code;
        }
    }
}
