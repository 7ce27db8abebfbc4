package cn.cppcc.liaison.security;

import cn.cppcc.liaison.kernel.ApiProblem;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashes of passwords, and the rules a new password must meet. */
@ApplicationScoped
public class Passwords {

    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();

    @Inject
    SecurityConfig config;

    /** A hash of a password that is known to meet the rules. */
    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.bcryptCost());
    }

    public boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (Exception corruptHash) {
            return false;
        }
    }

    /** Refuses a password that is too short, too long for bcrypt, or without both letters and digits. */
    public static void checkRules(String field, String password) {
        if (password.length() < 8) {
            throw ApiProblem.invalid(field, "密码至少 8 位");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ApiProblem.invalid(field, "密码不能超过 72 个字节（约 24 个汉字或 72 个英文字符）");
        }
        if (!password.matches(".*\\p{L}.*") || !password.matches(".*\\d.*")) {
            throw ApiProblem.invalid(field, "密码须同时包含字母和数字");
        }
    }
}
