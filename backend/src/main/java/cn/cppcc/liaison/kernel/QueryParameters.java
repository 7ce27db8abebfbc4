package cn.cppcc.liaison.kernel;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The query string of a request, read strictly before anything else: a parameter the operation does not have,
 * one given empty or twice, a number, true/false, date or code that is not one, more values than a list takes
 * or a NUL character is a 400 naming every such parameter at once. A reporting script that misspells a filter
 * then learns it, instead of getting the whole committee's figures.
 */
public class QueryParameters {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

    /** What one operation's query string may hold: each parameter's name and Java type. */
    private record Accepted(Map<String, Type> parameters) {
    }

    private static final Map<Method, Accepted> ACCEPTED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty()) {
            return;
        }
        Accepted accepted = ACCEPTED.computeIfAbsent(method, QueryParameters::accepted);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        query.forEach((name, values) -> {
            Type type = accepted.parameters().get(name);
            if (type == null) {
                unknown.add(name);
                errors.add(new Problem.FieldError(name, "该操作没有这个查询参数" + suggestion(name, accepted)));
                return;
            }
            String problem = problemOf(type, values);
            if (problem != null) {
                errors.add(new Problem.FieldError(name, problem));
            }
        });
        if (errors.isEmpty()) {
            return;
        }
        String detail = !unknown.isEmpty() && unknown.size() == errors.size()
                ? "该操作没有这些查询参数：" + String.join("、", unknown) + "；请对照接口文档检查拼写，可用的参数："
                        + (accepted.parameters().isEmpty() ? "（无）" : String.join("、", accepted.parameters().keySet()))
                : "查询参数有误：" + errors.stream().map(e -> e.field() + "（" + e.message() + "）")
                        .collect(Collectors.joining("；"));
        throw new ApiProblem(ProblemType.VALIDATION, Text.bounded(detail), errors, null);
    }

    private static String suggestion(String name, Accepted accepted) {
        return accepted.parameters().keySet().stream().filter(known -> known.equalsIgnoreCase(name)).findFirst()
                .map(known -> "（是否想用 " + known + "？参数名区分大小写）").orElse("");
    }

    /** Why these values cannot be read as {@code type}, or null when they can. */
    private static String problemOf(Type type, List<String> values) {
        Class<?> raw = rawClass(type);
        boolean list = Collection.class.isAssignableFrom(raw);
        Class<?> element = list ? rawClass(((ParameterizedType) type).getActualTypeArguments()[0]) : raw;
        if (!list && values.size() > 1) {
            return "只能给出一次，收到 " + values.size() + " 个值";
        }
        if (list && element.isEnum() && values.size() > element.getEnumConstants().length) {
            return "最多 " + element.getEnumConstants().length + " 个值，收到 " + values.size() + " 个";
        }
        for (String value : values) {
            String problem = problemOf(element, value);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Why {@code value} is no {@code type} (a whole number, true or false, a date, a code), or null when it is one. */
    static String problemOf(Class<?> type, String value) {
        if (value.isEmpty()) {
            return "不能为空值；不按此项筛选时请省略该参数";
        }
        if (value.indexOf('\0') >= 0) {
            return "不能含 NUL 字符";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                return "应为整数，收到的是 " + Text.abbreviate(value, 30);
            }
            try {
                if (type == Long.class || type == long.class) {
                    Long.parseLong(value);
                } else {
                    Integer.parseInt(value);
                }
            } catch (NumberFormatException e) {
                return "整数超出范围：" + Text.abbreviate(value, 30);
            }
            return null;
        }
        if (type == Boolean.class || type == boolean.class) {
            return value.equals("true") || value.equals("false") ? null
                    : "应为 true 或 false，收到的是 " + Text.abbreviate(value, 30);
        }
        if (type == LocalDate.class) {
            try {
                LocalDate.parse(value);
                return null;
            } catch (DateTimeParseException e) {
                return "日期格式应为 YYYY-MM-DD，例如 2023-02-28，收到的是 " + Text.abbreviate(value, 30);
            }
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value)) {
                    return null;
                }
            }
            return "取值 " + Text.abbreviate(value, 30) + " 无效，可选值：" + Labels.choices(type);
        }
        return null;
    }

    private static Accepted accepted(Method method) {
        Map<String, Type> parameters = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            collect(parameter, parameter.getParameterizedType(), parameters);
        }
        return new Accepted(Collections.unmodifiableMap(parameters));
    }

    private static void collect(AnnotatedElement element, Type type, Map<String, Type> parameters) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            parameters.put(query.value(), type);
        } else if (element.isAnnotationPresent(BeanParam.class)) {
            for (Class<?> bean = rawClass(type); bean != null && bean != Object.class; bean = bean.getSuperclass()) {
                for (Field field : bean.getDeclaredFields()) {
                    collect(field, field.getGenericType(), parameters);
                }
            }
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
