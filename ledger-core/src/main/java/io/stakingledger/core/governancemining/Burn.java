package io.stakingledger.core.governancemining;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One penalty burned: which account paid it, from stake or reward, how much KDX (scale 18), and when. */
public record Burn(String account, BurnKind kind, BigDecimal amount, Instant at) implements Serializable {
}
