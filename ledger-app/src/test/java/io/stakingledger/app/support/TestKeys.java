package io.stakingledger.app.support;

import io.stakingledger.app.security.ApiKeys;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials for tests, made in the test's own store through {@link ApiKeys} (never a default secret of
 * the application): {@code admin()}, {@code operator()}, {@code recorder()}, {@code auditor()},
 * {@code account("alice")}, each an API key to send as {@code Authorization: Bearer <key>}. Keys are
 * created on first use and reused within the context.
 *
 * <p>Imported by {@link LedgerAppTest}, which also gives the context's {@code TestRestTemplate} the admin
 * key for every request that carries no {@code Authorization} header of its own.
 */
@Configuration(proxyBeanMethods = false)
public class TestKeys {

    private final ApiKeys keys;
    private final Map<String, String> made = new ConcurrentHashMap<>();

    public TestKeys(ApiKeys keys) {
        this.keys = keys;
    }

    public String admin() {
        return key("admin", null);
    }

    public String operator() {
        return key("operator", null);
    }

    public String recorder() {
        return key("recorder", null);
    }

    public String auditor() {
        return key("auditor", null);
    }

    /** A key with the account role, bound to {@code account}. */
    public String account(String account) {
        return key("account", account);
    }

    /** A key with these comma-separated roles (and the account binding, or null). */
    public String key(String roles, String account) {
        return key(roles, null, account);
    }

    /** A key limited to {@code pools} (comma-separated; null: every pool). */
    public String key(String roles, String pools, String account) {
        return made.computeIfAbsent(roles + "|" + pools + "|" + account, spec -> keys.create(new ApiKeys.KeySpec(
                "test " + spec, Arrays.asList(roles.split(",")), pools == null ? List.of() : Arrays.asList(pools.split(",")),
                account), "test").key());
    }

    /** A new key every call (e.g. one to revoke). */
    public String fresh(String roles, String pools, String account) {
        return keys.create(new ApiKeys.KeySpec("test fresh " + roles, Arrays.asList(roles.split(",")),
                pools == null ? List.of() : Arrays.asList(pools.split(",")), account), "test").key();
    }

    /** The header that carries {@code key}. */
    public static HttpHeaders bearer(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(key);
        return headers;
    }

    /** The {@code TestRestTemplate} of a {@link LedgerAppTest} calls as admin unless a request says otherwise. */
    @Bean
    RestTemplateCustomizer adminByDefault() {
        return template -> template.getInterceptors().add((request, body, execution) -> {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(admin());
            }
            return execution.execute(request, body);
        });
    }
}
