package cn.cppcc.liaison.kernel;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem+json responses. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TIME_FORMAT = "时间格式应为 HH:mm（北京时间，24 小时制），例如 09:30";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        Problem body = new Problem(problem.type.uri(), problem.type.title, problem.type.status, problem.getMessage(),
                uri.getPath(), problem.errors, problem.references, problem.rows, problem.allowed);
        Response response = Response.status(problem.type.status).type(PROBLEM_JSON).entity(body).build();
        problem.headers.forEach(response.getHeaders()::putSingle);
        return response;
    }

    /** A bearer token that is missing, malformed, expired, tampered with or revoked. */
    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException exception, UriInfo uri) {
        String detail = exception.getMessage() == null || exception.getMessage().isBlank()
                ? "令牌无效或已过期，请重新登录" : exception.getMessage();
        return unauthorized(detail, uri);
    }

    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException exception, UriInfo uri) {
        return unauthorized("请先登录：在 Authorization 头中带上 “Bearer 令牌”（POST /api/v1/auth/token 取得）", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "您的角色无权进行此操作；如需权限请联系系统管理员", uri, null, null);
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        Response response = respond(ProblemType.UNAUTHORIZED, detail, uri, null, null);
        response.getHeaders().putSingle("WWW-Authenticate", "Bearer realm=\"cppcc\"");
        return response;
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + "：" + e.message()).collect(Collectors.joining("；"));
        return respond(ProblemType.VALIDATION, detail, uri, errors, null);
    }

    // quarkus-rest-jackson maps these two types itself; naming them here keeps every answer problem+json.
    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception, UriInfo uri) {
        return unreadableJson(exception, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception, UriInfo uri) {
        return unreadableJson(exception, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        if (exception instanceof JsonParseException parse) {
            String where = parse.getLocation() == null ? ""
                    : "（第 " + parse.getLocation().getLineNr() + " 行第 " + parse.getLocation().getColumnNr() + " 列）";
            return respond(ProblemType.MALFORMED_REQUEST, "请求体不是合法的 JSON" + where, uri, null, null);
        }
        if (exception instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String message = messageFor(mapping);
            return respond(ProblemType.VALIDATION, (field.isEmpty() ? "" : field + "：") + message, uri,
                    List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)), null);
        }
        return respond(ProblemType.MALFORMED_REQUEST, "无法读取请求体", uri, null, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        if (exception instanceof ParamConverters.BadParameter bad) {
            return respond(ProblemType.VALIDATION, bad.parameter + "：" + bad.getMessage(), uri,
                    List.of(new Problem.FieldError(bad.parameter, bad.getMessage())), null);
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        if (exception instanceof NotFoundException) {
            return respond(ProblemType.NOT_FOUND, "没有这个地址：" + uri.getPath(), uri, null, null);
        }
        if (exception instanceof NotAllowedException) {
            return respond(ProblemType.METHOD_NOT_ALLOWED, "该地址不支持此请求方法", uri, null, null);
        }
        if (exception instanceof NotSupportedException) {
            return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "请求体的 Content-Type 不受支持，请使用接口文档列出的类型（通常为 application/json）", uri, null, null);
        }
        if (exception instanceof NotAcceptableException) {
            // An export gives a file; every other operation JSON.
            boolean export = uri.getPath().endsWith("/export");
            return respond(ProblemType.NOT_ACCEPTABLE, "无法按 Accept 头要求的格式返回，请接受 " + (export
                    ? "text/csv（CSV）或 " + Export.XLSX + "（Excel）" : "application/json"), uri, null, null);
        }
        int status = exception.getResponse().getStatus();
        if (status == 413) {
            return respond(ProblemType.PAYLOAD_TOO_LARGE, "请求体超过 1 MiB 的上限", uri, null, null);
        }
        if (status == 400) {
            return respond(ProblemType.MALFORMED_REQUEST, "请求体不是合法的 JSON 或无法读取", uri, null, null);
        }
        if (status > 400 && status < 500) {
            return respond(ProblemType.MALFORMED_REQUEST, "请求有误（HTTP " + status + "）", uri, null, null);
        }
        return unexpected(exception, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(ProblemType.STALE_VERSION, "记录在您修改的同时已被他人修改，请重新读取后再试", uri, null, null);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return constraint(violation, uri);
            }
            if (cause instanceof ApiProblem problem) {
                return apiProblem(problem, uri);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected failure %s on %s", incident, uri.getPath());
        return respond(ProblemType.INTERNAL, "服务器处理请求时出错，请稍后重试；如仍失败请联系管理员并提供编号 " + incident,
                uri, null, null);
    }


    /**
     * A database constraint the services did not check first (two requests racing): answered in words, the
     * constraint itself only in the log, since its name says nothing a person can act on.
     */
    private Response constraint(org.hibernate.exception.ConstraintViolationException violation, UriInfo uri) {
        String state = violation.getSQLState();
        LOG.infof("Constraint %s (SQLSTATE %s) refused a write on %s", violation.getConstraintName(), state, uri.getPath());
        if ("23505".equals(state)) {
            return respond(ProblemType.DUPLICATE, "已有相同的记录（可能刚由他人同时录入），请刷新后检查再试", uri, null, null);
        }
        if ("23503".equals(state)) {
            return respond(ProblemType.IN_USE, "记录仍被其他记录引用，或引用的记录刚被删除；请刷新后再试", uri, null, null);
        }
        return respond(ProblemType.VALIDATION, "数据超出允许的范围，未能保存；请检查填写的内容", uri, null, null);
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors,
            List<Problem.Reference> references) {
        return respond(type, detail, uri, errors, references, null);
    }

    private static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors,
            List<Problem.Reference> references, List<Problem.RowError> rows) {
        Problem body = new Problem(type.uri(), type.title, type.status, detail, uri.getPath(), errors, references, rows, null);
        return Response.status(type.status).type(PROBLEM_JSON).entity(body).build();
    }

    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && !names.isEmpty() && node.getIndex() != null) {
                // An element of a list field: weekdays[0], not weekdays.<list element>[0].
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter == null ? "body" : "body".equals(parameter) || parameter.endsWith("fields") ? "body" : parameter;
    }

    static String pathOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : exception.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String messageFor(JsonMappingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return "不允许的字段 " + unknown.getPropertyName() + "（只读字段或拼写错误）";
        }
        if (exception instanceof InvalidFormatException format) {
            return messageForValue(format.getTargetType(), format.getValue());
        }
        if (exception instanceof MismatchedInputException mismatch) {
            if (mismatch.getTargetType() == null || exception.getPath().isEmpty()) {
                return "请求体应为一个 JSON 对象";
            }
            return "类型不对，应为" + typeName(mismatch.getTargetType());
        }
        if (exception.getCause() instanceof java.time.DateTimeException) {
            return "日期格式应为 YYYY-MM-DD，例如 2023-02-28";
        }
        return "取值无效";
    }

    /** Why {@code value} is not a {@code target}: an unknown code, a malformed date or time, the wrong type. */
    static String messageForValue(Class<?> target, Object value) {
        if (target != null && target.isEnum()) {
            return "取值 " + value + " 无效，可选值：" + Labels.choices(target);
        }
        if (target == LocalDate.class) {
            return "日期格式应为 YYYY-MM-DD，例如 2023-02-28";
        }
        if (target == LocalTime.class) {
            return TIME_FORMAT;
        }
        if (target == java.time.YearMonth.class) {
            return "月份格式应为 YYYY-MM，例如 2023-02";
        }
        return "取值 " + value + " 的类型不对，应为" + typeName(target);
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "正确的类型";
        }
        if (type == String.class) {
            return "字符串";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "整数";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true 或 false";
        }
        if (type == LocalDate.class) {
            return "日期（YYYY-MM-DD）";
        }
        if (type == LocalTime.class) {
            return "时间（HH:mm）";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "数组";
        }
        return "对象";
    }
}
