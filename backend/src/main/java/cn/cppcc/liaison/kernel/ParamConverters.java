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
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, Object> parse = rawType == Long.class ? Long::valueOf
                : rawType == Integer.class ? Integer::valueOf
                : rawType == LocalDate.class ? LocalDate::parse
                : rawType.isEnum() ? value -> Enum.valueOf((Class) rawType, value)
                : null;
        if (parse == null) {
            return null;
        }
        String name = nameOf(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                String stripped = value.strip();
                // The query string's reader says why a value is no such value; path parameters get the same words.
                String problem = QueryParameters.problemOf(rawType, stripped);
                if (problem != null) {
                    throw new BadParameter(name, problem);
                }
                return rawType.cast(parse.apply(stripped));
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
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
}
