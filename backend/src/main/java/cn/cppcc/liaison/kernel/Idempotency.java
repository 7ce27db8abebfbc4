package cn.cppcc.liaison.kernel;

import cn.cppcc.liaison.kernel.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Retried creates: the first request with an {@code Idempotency-Key} claims the key in its own transaction and
 * stores its answer there; a retry of the same request gets that answer back, and the same key with another
 * body is refused. Keys belong to the account (or API token) that sent them and are kept for 30 days.
 */
@ApplicationScoped
public class Idempotency {

    @Inject
    CallerContext callerContext;

    /** The first answer to a request sent again. */
    public record Replay(long resourceId, String response) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * Claims {@code key} for this request, or returns the answer the same request got before. A second request
     * racing the first waits on the key's unique index until the first commits, then replays its answer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Replay> claim(String operation, String key, Object request) {
        String scope = scope(operation);
        String hash = sha256(write(request));
        em.createNativeQuery("delete from idempotency_key where id in (select id from idempotency_key"
                + " where created_at < now() - interval '30 days' order by created_at limit 100)").executeUpdate();
        int claimed = em.createNativeQuery("insert into idempotency_key (scope, key, request_hash, status, response)"
                        + " values (?1, ?2, ?3, 0, '') on conflict (scope, key) do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] first = (Object[]) em.createNativeQuery(
                        "select request_hash, resource_id, response from idempotency_key where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).getSingleResult();
        if (!hash.equals(first[0])) {
            String detail = "幂等键“" + key + "”已用于内容不同的请求（编号 " + first[1]
                    + "）；重发时请求体须与第一次相同，新的请求请换一个键";
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED, detail,
                    List.of(new Problem.FieldError("Idempotency-Key", "幂等键已用于内容不同的请求")), null);
        }
        return Optional.of(new Replay(((Number) first[1]).longValue(), (String) first[2]));
    }

    /** Stores the answer to the request that claimed {@code key}, in the same transaction as what it created. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String operation, String key, long resourceId, Object response) {
        em.createNativeQuery("update idempotency_key set status = 201, resource_id = ?3, response = ?4"
                        + " where scope = ?1 and key = ?2")
                .setParameter(1, scope(operation)).setParameter(2, key).setParameter(3, resourceId)
                .setParameter(4, write(response)).executeUpdate();
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

    private String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
