package io.stakingledger.app.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/**
 * A local OAuth2 token issuer for tests: an RSA key pair made once per test run, its public key written
 * to a temporary PEM file that the ledger's resource server is pointed at ({@link Trusted}), and tokens
 * signed with Nimbus. No network.
 */
public final class TestIssuer {

    public static final String ISSUER = "https://issuer.test.invalid";

    private static final KeyPair TRUSTED = rsa();
    private static final Path PUBLIC_KEY = pem(TRUSTED);

    private final KeyPair keys;
    private final String issuer;

    private TestIssuer(KeyPair keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /** The issuer the ledger trusts. */
    public static TestIssuer trusted() {
        return new TestIssuer(TRUSTED, ISSUER);
    }

    /** Signs with the trusted key but names another issuer. */
    public static TestIssuer wrongIssuer() {
        return new TestIssuer(TRUSTED, "https://elsewhere.test.invalid");
    }

    /** Names the trusted issuer but signs with a key of its own. */
    public static TestIssuer forger() {
        return new TestIssuer(rsa(), ISSUER);
    }

    /** A token for {@code subject} valid for ten minutes with these extra claims (e.g. roles, account). */
    public String token(String subject, Map<String, Object> claims) {
        return token(subject, claims, Instant.now().plus(Duration.ofMinutes(10)));
    }

    public String token(String subject, Map<String, Object> claims, Instant expires) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(15)))).expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Points the ledger's resource server at the trusted issuer's public key. */
    public static final class Trusted implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("ledger.security.jwt.issuer=" + ISSUER,
                    "ledger.security.jwt.public-key-location=file:" + PUBLIC_KEY).applyTo(context);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path pem(KeyPair keys) {
        try {
            Path file = Files.createTempFile("ledger-test-issuer", ".pem");
            file.toFile().deleteOnExit();
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded());
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
