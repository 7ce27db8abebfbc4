package cn.cppcc.liaison.kernel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the JSON body of every operation so that a form learns all its mistakes at once: a field the body may
 * not have, a {@code null} (no property of a request is nullable: leave a field out instead), a NUL character,
 * a value of the wrong type or an unknown code are collected together with the checks of the fields
 * themselves (required, lengths, patterns) and answered in one 400.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class RequestBodies implements MessageBodyReader<Object> {

    private static final String PRODUCT_PACKAGE = "cn.cppcc.liaison.";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith(PRODUCT_PACKAGE) && !type.isInterface();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonNode tree = json.readTree(body);
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return null;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (tree.isContainerNode()) {
            removeNulls(tree, "", errors);
        }
        Collected collected = new Collected();
        Object value = null;
        JavaType target = json.getTypeFactory().constructType(genericType);
        // A mistake Jackson cannot read past is named, taken out of the body, and the rest read again.
        for (int attempt = 0; attempt < MAX_ATTEMPTS && value == null; attempt++) {
            try {
                value = json.readerFor(target).withHandler(collected).readValue(tree);
            } catch (JsonMappingException e) {
                String field = ProblemMappers.pathOf(e);
                collected.add(field.isEmpty() ? "body" : field, ProblemMappers.messageFor(e));
                if (field.isEmpty() || !remove(tree, e.getPath())) {
                    break;
                }
            }
        }
        if (errors.isEmpty() && collected.errors.isEmpty()) {
            // The operation's own @Valid reports the fields' checks, with those of its headers and parameters.
            return value;
        }
        collected.errors.forEach(errors::putIfAbsent);
        if (value != null) {
            for (ConstraintViolation<Object> violation : validator.validate(value)) {
                String field = ProblemMappers.fieldOf(violation);
                // A field already named keeps its first message, except that a required field sent as null says what to fill in.
                errors.merge(field, violation.getMessage(), (before, now) -> before.startsWith(NULL) ? now : before);
            }
        }
        throw invalid(errors);
    }

    private static final String NULL = "不能为 null";

    /** How many unreadable values of one body are named before the rest is left unread. */
    private static final int MAX_ATTEMPTS = 50;

    /** Takes the value at {@code path} out of the body; false when there is none to take. */
    private static boolean remove(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode parent = tree;
        for (int i = 0; i < path.size() - 1 && parent != null; i++) {
            JsonMappingException.Reference step = path.get(i);
            parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null) {
            return object.remove(last.getFieldName()) != null;
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
            array.remove(last.getIndex());
            return true;
        }
        return false;
    }

    /** Takes every null out of the body, naming it: the checks of the field then say whether it is required. */
    private static void removeNulls(JsonNode node, String path, Map<String, String> errors) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getValue().isNull()) {
                    errors.put(name, NULL + "；不填写时请省略该字段");
                    fields.remove();
                } else {
                    removeNulls(field.getValue(), name, errors);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isNull()) {
                    errors.put(path + "[" + i + "]", NULL + "；请删去这一项");
                } else {
                    removeNulls(array.get(i), path + "[" + i + "]", errors);
                }
            }
        } else if (node.isTextual() && node.textValue().indexOf('\0') >= 0) {
            errors.put(path, "不能含 NUL 字符");
        }
    }

    private static ApiProblem invalid(Map<String, String> errors) {
        List<Problem.FieldError> fields = errors.entrySet().stream()
                .map(e -> new Problem.FieldError(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        String detail = fields.stream().map(e -> e.field() + "：" + e.message()).collect(Collectors.joining("；"));
        return new ApiProblem(ProblemType.VALIDATION, detail, fields, null);
    }

    /** Mistakes Jackson can read past: each is named and the field left empty, so reading goes on. */
    private static final class Collected extends DeserializationProblemHandler {

        final Map<String, String> errors = new LinkedHashMap<>();

        void add(String field, String message) {
            errors.putIfAbsent(field, message);
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            String parent = path(p.getParsingContext().getParent());
            add(parent.isEmpty() ? propertyName : parent + "." + propertyName,
                    "不允许的字段 " + propertyName + "（只读字段或拼写错误）");
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            add(path(ctxt.getParser().getParsingContext()), ProblemMappers.messageForValue(targetType, value));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token,
                JsonParser p, String failureMsg) throws IOException {
            String field = path(p.getParsingContext());
            if (field.isEmpty()) {
                return NOT_HANDLED;
            }
            add(field, "类型不对，应为" + ProblemMappers.typeName(targetType.getRawClass()));
            p.skipChildren();
            return null;
        }

        private static String path(JsonStreamContext context) {
            List<String> segments = new ArrayList<>();
            for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    segments.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
                } else if (c.getCurrentName() != null) {
                    segments.add(0, c.getCurrentName());
                }
            }
            StringBuilder path = new StringBuilder();
            for (String segment : segments) {
                path.append(path.isEmpty() || segment.startsWith("[") ? "" : ".").append(segment);
            }
            return path.toString();
        }
    }
}
