package io.stakingledger.core.governancemining;

import org.axonframework.serialization.Revision;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** A governance-mining pool was created with these parameters. */
@Revision("1")
public record GovernanceMiningPoolCreated(String poolId, StoredParameters parameters, Instant at) implements GovernanceMiningEvent {

    /**
     * The parameters exactly as revision 1 of this event stores them. A copy of {@link GovernanceMiningParameters}
     * rather than that record itself, so that a change to the domain's parameters cannot silently change what
     * the store keeps; a change here is a change of the stored form and needs a new revision.
     */
    public record StoredParameters(BigDecimal stakePenalty, Duration stakePenaltyWindow, Duration maturation,
                                   BigDecimal maturationExponent, Duration claimCooldown, BigDecimal feeShare,
                                   int precision) implements Serializable {

        public static StoredParameters from(GovernanceMiningParameters parameters) {
            return new StoredParameters(parameters.stakePenalty(), parameters.stakePenaltyWindow(),
                    parameters.maturation(), parameters.maturationExponent(), parameters.claimCooldown(),
                    parameters.feeShare(), parameters.precision());
        }

        /** The values as stored, unchecked: they were checked when the pool was created. */
        public GovernanceMiningParameters toParameters() {
            return new GovernanceMiningParameters(stakePenalty, stakePenaltyWindow, maturation, maturationExponent,
                    claimCooldown, feeShare, precision);
        }
    }
}
