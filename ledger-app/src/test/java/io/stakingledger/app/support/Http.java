package io.stakingledger.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP calls to the ledger with exactly the credentials given (null: none), for the security tests
 * and anyone who must see what an unauthenticated or narrowly authorized caller gets.
 */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One answer: status, the raw body, the body as JSON when it is JSON, and headers. */
    public record Answer(int status, String body, HttpResponse<String> response) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /**
     * Creates an early-staking pool named {@code prefix-<random>} with a share cap of 1,000 (so that a stake over
     * it is refused), starting 2026-01-05 and created on 2026-01-01 by command {@code commandId} (none when null),
     * and answers its id.
     */
    public String smallEarlyStakingPool(String prefix, String bearer, String commandId) {
        String pool = Batch.uniquePool(prefix);
        Answer created = post("/api/pools", """
                {"pool":"%s","program":"early-staking","params":{"shareCap":"1000","start":"2026-01-05T00:00:00Z"},\
                "at":"2026-01-01T00:00:00Z"%s}""".formatted(pool, commandId == null ? "" : ",\"commandId\":\"" + commandId + "\""),
                bearer);
        if (created.status() != 201) {
            throw new AssertionError("the pool could not be created: " + created.status() + " " + created.body());
        }
        return pool;
    }

    public Answer get(String path, String bearer) {
        return send("GET", path, null, bearer);
    }

    public Answer post(String path, String json, String bearer) {
        return send("POST", path, json, bearer);
    }

    public Answer delete(String path, String bearer) {
        return send("DELETE", path, null, bearer);
    }

    public Answer send(String method, String path, String json, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
