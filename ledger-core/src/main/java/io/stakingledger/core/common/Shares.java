package io.stakingledger.core.common;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Shares at {@value #SCALE} fractional digits: an account's claim on a pool (weighted shares, vKSP, staked
 * weight), kept apart from token amounts so the two are never added by mistake.
 */
public final class Shares extends ScaledDecimal<Shares> {

    public static final int SCALE = Decimals.SCALE;
    public static final Shares ZERO = new Shares(BigDecimal.ZERO);

    private Shares(BigDecimal value) {
        super(value, SCALE);
    }

    /** The share count {@code value}, which must not have more than 18 fractional digits. */
    @JsonCreator
    public static Shares of(BigDecimal value) {
        return new Shares(value);
    }

    public static Shares of(String value) {
        return new Shares(new BigDecimal(value));
    }

    /** An exact result brought to 18 digits, rounded for {@code reason}. */
    public static Shares rounded(BigDecimal exact, Rounding reason) {
        return new Shares(exact.setScale(SCALE, reason.mode()));
    }

    public static Shares sum(Collection<Shares> shares) {
        Shares total = ZERO;
        for (Shares share : shares) {
            total = total.plus(share);
        }
        return total;
    }

    @Override
    protected Shares make(BigDecimal exact) {
        return new Shares(exact);
    }
}
