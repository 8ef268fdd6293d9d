package io.stakingledger.core.common;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact decimal quantity whose type fixes its scale, so that an amount, a share count and an
 * accumulator can no longer be mixed or stored at a wrong scale by convention alone. Building one from a
 * value with more digits than the scale fails ({@link ArithmeticException}); losing digits is only
 * possible through a method that takes a {@link Rounding} reason. Equal values are equal objects.
 *
 * <p>JSON: the plain decimal text at the full scale (the stored form of events is unchanged by the
 * value types; the API mapper strips trailing zeros as for any decimal).
 *
 * @param <T> the concrete type, so arithmetic stays within one kind of quantity
 */
public abstract sealed class ScaledDecimal<T extends ScaledDecimal<T>> implements Comparable<T>, java.io.Serializable
        permits Amount, Shares, Rate {

    private final BigDecimal value;

    protected ScaledDecimal(BigDecimal value, int scale) {
        this.value = Objects.requireNonNull(value, "value").setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** Builds a value of the same type from an exact result at this type's scale. */
    protected abstract T make(BigDecimal exact);

    /** The exact decimal, at this type's scale. */
    @JsonValue
    public final BigDecimal value() {
        return value;
    }

    public final T plus(T other) {
        return make(value.add(other.value()));
    }

    public final T minus(T other) {
        return make(value.subtract(other.value()));
    }

    public final T negate() {
        return make(value.negate());
    }

    public final T min(T other) {
        return compareTo(other) <= 0 ? self() : other;
    }

    public final T max(T other) {
        return compareTo(other) >= 0 ? self() : other;
    }

    public final int signum() {
        return value.signum();
    }

    public final boolean isZero() {
        return value.signum() == 0;
    }

    public final boolean isPositive() {
        return value.signum() > 0;
    }

    public final boolean isNegative() {
        return value.signum() < 0;
    }

    /** True when this is strictly greater than {@code other}. */
    public final boolean exceeds(T other) {
        return compareTo(other) > 0;
    }

    @Override
    public final int compareTo(T other) {
        return value.compareTo(other.value());
    }

    /** Plain text without trailing zeros ("1.5", "0"), as the API shows decimals. */
    public final String format() {
        return Decimals.format(value);
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** This × {@code factor}, back to this type's scale, rounded for {@code reason}. */
    public final T times(BigDecimal factor, Rounding reason) {
        return make(value.multiply(factor).setScale(value.scale(), reason.mode()));
    }

    /** This × {@code numerator} / {@code denominator}, rounded once for {@code reason}; no intermediate rounding. */
    public final T mulDiv(BigDecimal numerator, BigDecimal denominator, Rounding reason) {
        return make(value.multiply(numerator).divide(denominator, value.scale(), reason.mode()));
    }

    /** This / {@code divisor}, rounded for {@code reason}. */
    public final T dividedBy(BigDecimal divisor, Rounding reason) {
        return make(value.divide(divisor, value.scale(), reason.mode()));
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((ScaledDecimal<?>) other).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode() * 31 + getClass().hashCode();
    }

    /** The plain decimal at full scale, as stored. */
    @Override
    public final String toString() {
        return value.toPlainString();
    }
}
