package io.stakingledger.core.earlystaking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Exercises {@code dcr} debt creation rights into virtual shares, after staking the optional {@code deposit}. */
public record ExerciseDcr(@TargetAggregateIdentifier String poolId, String account, BigDecimal dcr, BigDecimal deposit, Instant at, String commandId) implements EarlyStakingCommand {
}
