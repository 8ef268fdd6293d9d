package io.stakingledger.core.voteescrow;

import io.stakingledger.core.common.Invariant;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.ProgramDefinition;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** The vote-escrow program: KSP locked for a term earns vKSP, which votes and shares the staking emission. */
public final class VoteEscrowDefinition
        implements ProgramDefinition<VoteEscrowState, VoteEscrowCommand, CreateVoteEscrowPool> {

    public static final String PROGRAM = "vote-escrow";
    public static final VoteEscrowDefinition INSTANCE = new VoteEscrowDefinition();

    private VoteEscrowDefinition() {
    }

    @Override
    public String program() {
        return PROGRAM;
    }

    @Override
    public Class<VoteEscrowCommand> commandType() {
        return VoteEscrowCommand.class;
    }

    @Override
    public Class<VoteEscrowEvent> eventType() {
        return VoteEscrowEvent.class;
    }

    @Override
    public Class<CreateVoteEscrowPool> creationCommand() {
        return CreateVoteEscrowPool.class;
    }

    @Override
    public Class<VoteEscrowPoolCreated> creationEvent() {
        return VoteEscrowPoolCreated.class;
    }

    @Override
    public VoteEscrowState newState() {
        return new VoteEscrowState();
    }

    @Override
    public VoteEscrowPoolCreated create(CreateVoteEscrowPool command) {
        return VoteEscrowDecider.create(command);
    }

    @Override
    public List<PoolEvent> decide(VoteEscrowState state, VoteEscrowCommand command) {
        return VoteEscrowDecider.decide(state, command);
    }

    /** Rewards are neither created nor lost by rounding; pool totals are the sums over accounts. */
    @Override
    public List<Invariant> invariants(VoteEscrowState s) {
        Collection<VoteEscrowAccount> accounts = s.accounts().values();
        return List.of(
                new Invariant("rewards emitted = allocated + carried", s.rewardsEmitted(),
                        s.rewardsAllocated().add(s.rewardsCarried())),
                new Invariant("Σ account locked = pool locked", sum(accounts, VoteEscrowAccount::locked), s.totalLocked()),
                new Invariant("Σ account vKSP = pool vKSP", sum(accounts, VoteEscrowAccount::vKsp), s.vKspTotal()));
    }

    @Override
    public List<String> views() {
        return List.of("pool", "position", "aprHistory");
    }

    private static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
