package cn.cppcc.liaison.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Retried creates: a request with an {@code Idempotency-Key} claims the key in the transaction that creates and
 * stores its answer there; the same request sent again gets that answer back ({@code Idempotent-Replayed: true})
 * and creates nothing, and the same key with another body is refused (422). Keys belong to the account (or API
 * token) and the operation that sent them, and are kept for 30 days.
 */
@ApplicationScoped
public class Idempotency {

    public static final String KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    /** An answer that shows a secret once: a retry gets {@link #withoutSecret()}, the only form ever stored. */
    public interface ShownOnce {
        Object withoutSecret();
    }

    /** What a request answered: 201 with the record created, or 200 with a batch's report; body is JSON on replay. */
    private record Answer(int status, Long resourceId, Integer version, Object body) {
    }

    @Inject
    CallerContext callerContext;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * Runs {@code create} once per key: 201 with the new record, its Location in {@code collection} and its ETag;
     * a retry of the same {@code request} gets the first answer. Without a key it simply creates.
     */
    @Transactional
    public Response created(String operation, String key, Object request, String collection,
            Supplier<? extends Versioned> create) {
        return once(operation, key, request, collection, () -> {
            Versioned record = create.get();
            return new Answer(201, record.id(), record.version(), record);
        });
    }

    /** Runs {@code work}, which stores several records, once per key: 200 with its report, the same on a retry. */
    @Transactional
    public Response answered(String operation, String key, Object request, Supplier<?> work) {
        return once(operation, key, request, null, () -> new Answer(200, null, null, work.get()));
    }

    private Response once(String operation, String key, Object request, String collection, Supplier<Answer> work) {
        if (key == null) {
            return respond(work.get(), collection, false);
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ApiProblem.invalid(KEY, "幂等键为 1–200 个可见的 ASCII 字符（不含空格），如 UUID");
        }
        String scope = scope(operation);
        Optional<Answer> first = claim(scope, key, sha256(write(request)));
        if (first.isPresent()) {
            return respond(first.get(), collection, true);
        }
        Answer answer = work.get();
        Object kept = answer.body() instanceof ShownOnce shownOnce ? shownOnce.withoutSecret() : answer.body();
        em.createNativeQuery("update idempotency_key set status = ?3, resource_id = ?4, resource_version = ?5,"
                        + " response = ?6 where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, answer.status())
                .setParameter(4, new TypedParameterValue<>(StandardBasicTypes.LONG, answer.resourceId()))
                .setParameter(5, new TypedParameterValue<>(StandardBasicTypes.INTEGER, answer.version()))
                .setParameter(6, write(kept)).executeUpdate();
        return respond(answer, collection, false);
    }

    /**
     * Claims the key, or returns the answer the same request got before. A request racing the first waits on the
     * key's unique index until the first commits (then replays its answer) or rolls back (then claims the key).
     */
    private Optional<Answer> claim(String scope, String key, String hash) {
        em.createNativeQuery("delete from idempotency_key where id in (select id from idempotency_key"
                + " where created_at < now() - interval '30 days' order by created_at limit 100)").executeUpdate();
        int claimed = em.createNativeQuery("insert into idempotency_key (scope, key, request_hash, status, response)"
                        + " values (?1, ?2, ?3, 0, '') on conflict (scope, key) do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] first = (Object[]) em.createNativeQuery("select request_hash, status, resource_id, resource_version,"
                        + " response from idempotency_key where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getSingleResult();
        Long resourceId = first[2] == null ? null : ((Number) first[2]).longValue();
        if (!hash.equals(first[0])) {
            String detail = "幂等键“" + key + "”已用于内容不同的请求" + (resourceId == null ? "" : "（编号 " + resourceId + "）")
                    + "；重发时请求体须与第一次相同，新的请求请换一个键";
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED, detail,
                    List.of(new Problem.FieldError(KEY, "幂等键已用于内容不同的请求")), null);
        }
        return Optional.of(new Answer(((Number) first[1]).intValue(), resourceId,
                first[3] == null ? null : ((Number) first[3]).intValue(), first[4]));
    }

    private static Response respond(Answer answer, String collection, boolean replayed) {
        Response.ResponseBuilder response = answer.status() == 201
                ? Response.created(URI.create(collection + "/" + answer.resourceId()))
                : Response.status(answer.status());
        if (answer.version() != null) {
            response.header("ETag", Versions.etag(answer.version()));
        }
        if (replayed) {
            response.header(REPLAYED, "true");
        }
        return response.entity(answer.body()).build();
    }

    private String scope(String operation) {
        Caller caller = callerContext.get();
        String who = caller.accountId() != null ? "account:" + caller.accountId()
                : caller.tokenId() != null ? "token:" + caller.tokenId() : caller.name();
        return operation + ":" + who;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
