package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.common.ProgramHarness;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Names and builders shared by the vote-escrow tests. */
final class VoteEscrowTestData {

    static final String POOL = "ksp-staking";
    static final Instant T0 = Instant.parse("2024-01-15T00:00:00Z");

    private VoteEscrowTestData() {
    }

    static CreateVoteEscrowPool createPool() {
        return new CreateVoteEscrowPool(POOL, VoteEscrowParameters.defaults(), T0, "create");
    }

    /** A pool created with the default parameters at {@link #T0} through its Axon aggregate, then these commands. */
    static ProgramHarness<VoteEscrowState> givenPool(Object... commands) {
        return ProgramHarness.axon(VoteEscrowDefinition.INSTANCE, VoteEscrowPool.class, createPool()).given(commands);
    }

    /** A pool with {@code parameters} run without Axon, for math and property tests. */
    static ProgramHarness<VoteEscrowState> pureLedger(VoteEscrowParameters parameters) {
        return ProgramHarness.pure(VoteEscrowDefinition.INSTANCE, new CreateVoteEscrowPool(POOL, parameters, T0, null));
    }

    static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    /** A decimal at the canonical scale of 18, as events carry it. */
    static BigDecimal ksp(String value) {
        return Decimals.exact(new BigDecimal(value));
    }

    static Lock lock(String account, String amount, String term, Instant at) {
        return new Lock(POOL, account, new BigDecimal(amount), term, at, null);
    }

    static Unlock unlock(String account, Instant at) {
        return new Unlock(POOL, account, at, null);
    }

    static EndRenewal endRenewal(String account, Instant at) {
        return new EndRenewal(POOL, account, at, null);
    }

    static Vote vote(String account, String target, String amount, Instant at) {
        return new Vote(POOL, account, target, new BigDecimal(amount), at, null);
    }

    static DistributeRewards distribute(String amount, Instant at) {
        return new DistributeRewards(POOL, amount == null ? null : new BigDecimal(amount), at, null);
    }

    static Map<String, BigDecimal> votes(String target, String amount) {
        Map<String, BigDecimal> votes = new TreeMap<>();
        votes.put(target, ksp(amount));
        return votes;
    }
}
