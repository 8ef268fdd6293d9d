package io.stakingledger.app.audit;

import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.earlystaking.AccountState;
import io.stakingledger.core.earlystaking.EarlyStakingState;
import io.stakingledger.core.governancemining.GovernanceMiningState;
import io.stakingledger.core.governancemining.StakerState;
import io.stakingledger.core.pointsboost.PointsBoostAccount;
import io.stakingledger.core.pointsboost.PointsBoostState;
import io.stakingledger.core.voteescrow.EscrowAccount;
import io.stakingledger.core.voteescrow.VoteEscrowState;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The conservation laws each program must obey, checked on a pool's state folded afresh from the
 * store. A failed law means the stored history itself does not add up.
 */
public final class ConservationAudit {

    private ConservationAudit() {
    }

    public static List<ConservationCheck> check(ProgramState state) {
        if (state instanceof EarlyStakingState s) {
            return earlyStaking(s);
        }
        if (state instanceof GovernanceMiningState s) {
            return governanceMining(s);
        }
        if (state instanceof VoteEscrowState s) {
            return voteEscrow(s);
        }
        if (state instanceof PointsBoostState s) {
            return List.of(ConservationCheck.of("Σ account stakes = pool total staked",
                    sum(s.accounts(), PointsBoostAccount::staked), s.totalStaked()));
        }
        return List.of();
    }

    private static List<ConservationCheck> earlyStaking(EarlyStakingState s) {
        Collection<AccountState> accounts = s.accounts();
        return List.of(
                ConservationCheck.of("assets = deposits + rewards − payouts − conversions", s.assets(),
                        s.deposited().add(s.rewardsDistributed()).subtract(s.paidOut()).subtract(s.converted())),
                ConservationCheck.of("Σ account debt = pool debt", sum(accounts, AccountState::debt), s.debt()),
                ConservationCheck.of("Σ account principal shares = pool principal shares",
                        sum(accounts, AccountState::principalShares), s.principalShares()),
                ConservationCheck.of("Σ account virtual shares = pool virtual shares",
                        sum(accounts, AccountState::virtualShares), s.virtualShares()),
                ConservationCheck.of("Σ account deposits = pool deposits", sum(accounts, AccountState::deposited),
                        s.deposited()),
                ConservationCheck.of("Σ account payouts = pool payouts", sum(accounts, AccountState::withdrawn),
                        s.paidOut()),
                ConservationCheck.of("Σ queued per account = queue total", sum(accounts, AccountState::reserved),
                        s.reservedTotal()),
                ConservationCheck.of("rewards distributed + remaining + carried = total reward",
                        s.rewardsDistributed().add(s.rewardsRemaining()).add(s.rewardCarried()),
                        s.parameters().totalReward()));
    }

    private static List<ConservationCheck> governanceMining(GovernanceMiningState s) {
        Collection<StakerState> accounts = s.accounts();
        return List.of(
                ConservationCheck.of("fees swept = rewards paid + burned + owed + undistributed", s.feesSwept(),
                        s.rewardsPaid().add(s.rewardsBurned()).add(s.rewardsOwed()).add(s.undistributed())),
                ConservationCheck.of("stakes requested = pending + staked + returned + burned", s.stakesRequested(),
                        s.pendingTotal().add(s.staked()).add(s.stakesReturned()).add(s.stakesBurned())),
                ConservationCheck.of("Σ account stakes = pool staked", sum(accounts, StakerState::staked), s.staked()),
                ConservationCheck.of("Σ account pending = pool pending", sum(accounts, StakerState::pendingAdd),
                        s.pendingTotal()));
    }

    private static List<ConservationCheck> voteEscrow(VoteEscrowState s) {
        Collection<EscrowAccount> accounts = s.accounts().values();
        return List.of(
                ConservationCheck.of("rewards emitted = allocated + carried", s.rewardsEmitted(),
                        s.rewardsAllocated().add(s.rewardsCarried())),
                ConservationCheck.of("Σ account locked = pool locked", sum(accounts, EscrowAccount::locked),
                        s.totalLocked()),
                ConservationCheck.of("Σ account vKSP = pool vKSP", sum(accounts, EscrowAccount::vKsp), s.vKspTotal()));
    }

    private static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
