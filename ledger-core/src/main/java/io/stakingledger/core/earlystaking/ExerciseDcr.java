package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.OptionalField;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Exercises {@code dcr} debt creation rights into virtual shares, after staking the optional {@code deposit}. */
public record ExerciseDcr(@TargetAggregateIdentifier String poolId,
                          @ActingAccount String account,
                          @Doc(value = "debt creation rights exercised", example = "100") BigDecimal dcr,
                          @OptionalField @Doc(value = "KASH staked before exercising; none when left out", example = "50") BigDecimal deposit,
                          Instant at,
                          String commandId) implements EarlyStakingCommand {
}
