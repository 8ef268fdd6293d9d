package io.stakingledger.core.voteescrow;

import java.util.List;

/** A pool run without Axon: rules decide, the state folds. For math and property tests. */
final class PureLedger {

    final VoteEscrowState state = new VoteEscrowState();
    private final VoteEscrowRules rules = new VoteEscrowRules(state);

    PureLedger(VoteEscrowParameters parameters) {
        state.evolve(VoteEscrowRules.create(new CreateVoteEscrowPool(VoteEscrowTestData.POOL, parameters,
                VoteEscrowTestData.T0, null)));
    }

    static PureLedger withDefaults() {
        return new PureLedger(VoteEscrowParameters.defaults());
    }

    List<Object> run(Object command) {
        List<Object> events = rules.decide(command);
        events.forEach(state::evolve);
        return events;
    }
}
