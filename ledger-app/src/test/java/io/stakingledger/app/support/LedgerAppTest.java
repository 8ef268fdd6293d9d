package io.stakingledger.app.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port over an in-memory H2 store. Test classes share one context
 * (and so one store): every test uses its own pool ids ({@link Batch#uniquePool}).
 *
 * <p>Security is on as in production: {@link TestKeys} makes API keys per role, the context's
 * {@code TestRestTemplate} sends the admin key unless a request carries its own {@code Authorization},
 * and {@link TestIssuer} is the local JWT issuer the resource server trusts. The rate limit is high enough
 * not to interfere (its own test runs a tiny one).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ledger-test;DB_CLOSE_DELAY=-1",
        "logging.level.root=WARN",
        "ledger.security.rate-limit.per-second=100000",
        "ledger.security.rate-limit.burst=100000"})
@Import(TestKeys.class)
@ContextConfiguration(initializers = TestIssuer.Trusted.class)
public @interface LedgerAppTest {
}
