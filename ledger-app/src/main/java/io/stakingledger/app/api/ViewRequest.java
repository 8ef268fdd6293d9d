package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandRejected;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A question to one pool's views: which pool, optionally which account, optionally at which instant,
 * plus view-specific parameters (e.g. {@code amount} for a purchase preview), all as text.
 */
public record ViewRequest(String pool, String account, Instant at, Map<String, String> parameters) {

    /** The same question evaluated at {@code instant}. */
    public ViewRequest at(Instant instant) {
        return new ViewRequest(pool, account, instant, parameters);
    }

    public String requireAccount() {
        if (account == null || account.isBlank()) {
            throw CommandRejected.invalid("account is required for this view");
        }
        return account;
    }

    public BigDecimal decimal(String name) {
        String text = parameters.get(name);
        if (text == null || text.isBlank()) {
            throw CommandRejected.invalid(name + " is required for this view");
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw CommandRejected.invalid(name + " is not a decimal number: " + text);
        }
    }

    public static Instant parseInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw CommandRejected.invalid("at is not an ISO-8601 instant (e.g. 2026-01-01T00:00:00Z): " + text);
        }
    }
}
