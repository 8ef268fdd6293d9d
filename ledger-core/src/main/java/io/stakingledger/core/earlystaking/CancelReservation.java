package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.fields.ActingAccount;
import io.stakingledger.core.common.fields.DecimalOrAll;
import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.OptionalField;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/** Returns {@code amount} (or everything when null) of the account's queued KASH, latest entries first. */
public record CancelReservation(@TargetAggregateIdentifier String poolId,
                                @ActingAccount String account,
                                @OptionalField @DecimalOrAll @Doc(value = "queued KASH returned, or \"all\" (also when left out)", example = "100") BigDecimal amount,
                                Instant at,
                                String commandId) implements EarlyStakingCommand {
}
