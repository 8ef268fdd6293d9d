package io.stakingledger.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.security.ApiKeys;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A plain HTTP client of one running ledger, for tests that start their own nodes. It calls as an admin:
 * {@link #of} makes an admin API key in the node's store (see {@link TestKeys} for narrower callers).
 */
public final class LedgerHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String key;

    /** @param key the API key (or token) sent as {@code Authorization: Bearer}; null for none */
    public LedgerHttp(String base, String key) {
        this.base = base;
        this.key = key;
    }

    public static LedgerHttp of(ConfigurableApplicationContext node) {
        String admin = node.getBean(ApiKeys.class).create(new ApiKeys.KeySpec("test node client", List.of("admin"),
                null, null), "test").key();
        return new LedgerHttp("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port"), admin);
    }

    /** One answer: its status, its parsed JSON body and its headers. */
    public record Answer(int status, JsonNode body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> answer = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = answer.body();
            return new Answer(answer.statusCode(), body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body),
                    answer.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
