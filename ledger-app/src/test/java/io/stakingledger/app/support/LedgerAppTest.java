package io.stakingledger.app.support;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port over an in-memory H2 store. Test classes share one context
 * (and so one store): every test uses its own pool ids ({@link Batch#uniquePool}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ledger-test;DB_CLOSE_DELAY=-1",
        "logging.level.root=WARN"})
public @interface LedgerAppTest {
}
