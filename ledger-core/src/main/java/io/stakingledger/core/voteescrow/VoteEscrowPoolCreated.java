package io.stakingledger.core.voteescrow;

import org.axonframework.serialization.Revision;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A vote-escrow pool was created with these parameters. */
@Revision("1")
public record VoteEscrowPoolCreated(String poolId, StoredParameters parameters, Instant at) implements VoteEscrowEvent {

    /**
     * The parameters as this revision stores them, apart from {@link VoteEscrowParameters} so that reshaping
     * the domain record cannot change stored JSON; a change here needs a new {@code @Revision} and an
     * upcaster. Numbers keep the 18 decimals they were validated with.
     *
     * @param terms          lock term code → vKSP per KSP
     * @param unlockWindow   how long after a lock's end it may be unlocked
     * @param dailyEmission  KSP emitted per day
     * @param stakingShare   share of the emission paid to lockers
     * @param votingFeeShare share of a target's fees paid to its voters
     */
    public record StoredParameters(
            Map<String, BigDecimal> terms,
            Duration unlockWindow,
            BigDecimal dailyEmission,
            BigDecimal stakingShare,
            BigDecimal votingFeeShare) implements Serializable {

        public StoredParameters {
            if (terms != null) {
                terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
            }
        }

        public static StoredParameters from(VoteEscrowParameters parameters) {
            return new StoredParameters(parameters.terms(), parameters.unlockWindow(), parameters.dailyEmission(),
                    parameters.stakingShare(), parameters.votingFeeShare());
        }

        /**
         * The domain parameters, terms ordered from shortest to longest whatever order the store kept. Not
         * validated again: they were when the pool was created, and a replay must not refuse its own history.
         */
        public VoteEscrowParameters toParameters() {
            return new VoteEscrowParameters(terms, unlockWindow, dailyEmission, stakingShare, votingFeeShare);
        }
    }
}
