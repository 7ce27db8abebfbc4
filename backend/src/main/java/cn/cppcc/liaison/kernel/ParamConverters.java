package cn.cppcc.liaison.kernel;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads whole-number, date and enum path and query parameters so that "abc", an overflow or an unknown
 * value is a 400 naming the parameter and what it accepts, instead of the 404 JAX-RS would answer.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    /** A parameter that could not be read; the problem mapper turns it into a field error. */
    public static class BadParameter extends BadRequestException {
        public final String parameter;

        BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(nameOf(annotations), Long::valueOf);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(nameOf(annotations), Integer::valueOf);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) dateConverter(nameOf(annotations));
        }
        if (rawType.isEnum()) {
            return enumConverter(nameOf(annotations), rawType);
        }
        return null;
    }

    private static <N extends Number> ParamConverter<N> converter(String name, Function<String, N> parse) {
        return new ParamConverter<>() {
            @Override
            public N fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (NumberFormatException e) {
                    throw new BadParameter(name, "应为整数，收到的是 " + abbreviate(value));
                }
            }

            @Override
            public String toString(N value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static ParamConverter<LocalDate> dateConverter(String name) {
        return new ParamConverter<>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    throw new BadParameter(name, "日期格式应为 YYYY-MM-DD，例如 2023-02-28，收到的是 " + abbreviate(value));
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static <T> ParamConverter<T> enumConverter(String name, Class<T> type) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                for (T constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value.strip())) {
                        return constant;
                    }
                }
                throw new BadParameter(name, "取值 " + abbreviate(value) + " 无效，可选值："
                        + Labels.choices(type));
            }

            @Override
            public String toString(T value) {
                return value == null ? null : ((Enum<?>) value).name();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "parameter";
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }
}
