package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.ApiProblem;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt hashes of passwords, and the rules a new password must meet. bcrypt reads only the first 72 bytes of
 * what it hashes, so a password is first reduced to its SHA-256 (44 characters of Base64) and any password the
 * contract allows (8–100 characters, Chinese included) counts in full. Such hashes carry the prefix
 * {@value #PREHASHED}; a hash without it is of the password itself and is still checked as such.
 */
@ApplicationScoped
public class Passwords {

    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();

    @Inject
    SecurityConfig config;

    static final String PREHASHED = "sha256:";

    /** The contract's rule for a new password: a digit, and a letter (an ASCII letter or any non-ASCII one). */
    private static final Pattern RULE = Pattern.compile("(?=.*[0-9])(?=.*[^\\x00-\\x40\\x5B-\\x60\\x7B-\\x7F]).*",
            Pattern.DOTALL);

    /** A hash of a password that is known to meet the rules. */
    public String hash(String password) {
        return PREHASHED + BcryptUtil.bcryptHash(prehash(password), config.bcryptCost());
    }

    public boolean matches(String password, String hash) {
        try {
            boolean prehashed = hash.startsWith(PREHASHED);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(prehashed ? hash.substring(PREHASHED.length()) : hash));
            return factory.verify(stored, (prehashed ? prehash(password) : password).toCharArray());
        } catch (Exception corruptHash) {
            return false;
        }
    }

    private static String prehash(String password) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a password that is too short or too long, or without both a letter and a digit. */
    public static void checkRules(String field, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < 8) {
            throw ApiProblem.invalid(field, "密码至少 8 位");
        }
        if (length > 100) {
            throw ApiProblem.invalid(field, "密码最多 100 位");
        }
        if (!RULE.matcher(password).matches()) {
            throw ApiProblem.invalid(field, "密码须同时包含字母和数字");
        }
    }
}
