package io.stakingledger.app.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** {@code CreatePool}: a new pool {@code pool} running {@code program}, with that program's {@code params}. */
@JsonIgnoreProperties({"type"})
public record CreatePoolRequest(String pool, String program, JsonNode params, Instant at, String commandId) {
}
