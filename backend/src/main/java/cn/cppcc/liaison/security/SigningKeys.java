package cn.cppcc.liaison.security;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The RSA key that signs session tokens: from configuration, else from a key file outside the repository,
 * generated on first start. Several instances of the service must share one key.
 */
@Singleton
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    final PrivateKey privateKey;
    final PublicKey publicKey;

    @Inject
    SigningKeys(SecurityConfig config) {
        try {
            String pem = config.signingKey().filter(k -> !k.isBlank())
                    .orElseGet(() -> fromFile(keyFile(config)));
            privateKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(pem)));
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("cppcc.security.signing-key is not an RSA private key in PKCS#8 PEM", e);
        }
    }

    private static Path keyFile(SecurityConfig config) {
        return Path.of(config.signingKeyFile().filter(f -> !f.isBlank())
                .orElse(System.getProperty("user.home") + "/.cppcc/jwt-signing-key.pem"));
    }

    private static String fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded()) + "\n" + END + "\n";
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "signing-key", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the folder's permissions.
            }
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Files.move(temporary, file);
            LOG.infof("Generated the token signing key %s; keep it, or every session ends at restart", file);
            return pem;
        } catch (IOException | GeneralSecurityException e) {
            throw new UncheckedIOException("Cannot read or create the signing key " + file,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static byte[] decode(String pem) {
        String body = pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
