package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.DecimalText;
import io.stakingledger.core.common.InstantText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A question to one pool's views: which pool, optionally which account, optionally at which instant,
 * plus view-specific parameters (e.g. {@code amount} for a purchase preview), all as text and read with
 * the same strict grammars as command fields.
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

    /** A decimal parameter in the grammar of {@link DecimalText}. */
    public BigDecimal decimal(String name) {
        String text = parameters.get(name);
        if (text == null) {
            throw CommandRejected.invalid(name + " is required for this view");
        }
        return DecimalText.parse(name, text);
    }

    /** An optional instant parameter ({@code at}): null when absent; present, it must be an instant. */
    public static Instant parseInstant(String text) {
        return text == null ? null : InstantText.parse("at", text);
    }
}
