package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Shares;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The partial-withdrawal burn and the underwater check, with numbers small enough to follow by hand. */
class WithdrawalFormulasTest {

    private static SharePrice price(String backing, String weightedShares) {
        return new SharePrice(Amount.of(backing), Shares.of(weightedShares));
    }

    @Test
    void aPartialWithdrawalBurnsItsShareOfTheWithdrawableBalance() {
        // Pool: backing 200, W 100 (price 2). Account: 10 principal + 10 virtual shares, debt 10.
        // withdrawable = 20 × 2 − 10 = 30; withdrawing 15 is rate 1/2.
        EarlyStakingAccount holder = new EarlyStakingAccount("a");
        holder.principalShares = Shares.of("10");
        holder.virtualShares = Shares.of("10");
        holder.debt = Amount.of("10");
        PartialWithdrawalBurn burn = PartialWithdrawalBurn.of(price("200", "100"), holder, Amount.of("15"));
        assertThat(burn.principalSharesBurned().value()).isEqualByComparingTo("5");
        assertThat(burn.virtualSharesBurned().value()).isEqualByComparingTo("5");
        assertThat(burn.debtRepaid().value()).isEqualByComparingTo("5");
    }

    @Test
    void sharesBurnedRoundUpAndDebtRepaidRoundsDown() {
        // withdrawable = 3 × 1 − 0 = 3 (price 1); withdrawing 1 is rate 1/3.
        EarlyStakingAccount holder = new EarlyStakingAccount("a");
        holder.principalShares = Shares.of("2");
        holder.virtualShares = Shares.of("1");
        holder.debt = Amount.of("1");
        // backing 4, W 3: W_acct × backing − debt × W = 3 × 4 − 1 × 3 = 9; rate = 1 × 3 / 9 = 1/3.
        PartialWithdrawalBurn burn = PartialWithdrawalBurn.of(price("4", "3"), holder, Amount.of("1"));
        assertThat(burn.principalSharesBurned().value()).isEqualTo(new BigDecimal("0.666666666666666667"));
        assertThat(burn.virtualSharesBurned().value()).isEqualTo(new BigDecimal("0.333333333333333334"));
        assertThat(burn.debtRepaid().value()).isEqualTo(new BigDecimal("0.333333333333333333"));
    }

    @Test
    void anAccountIsUnderwaterWhenItsDebtExceedsTheValueOfItsShares() {
        // 10 shares at price 2 are worth 20.
        assertThat(Underwater.isUnderwater(Shares.of("10"), Amount.of("20"), price("200", "100"))).isFalse();
        assertThat(Underwater.isUnderwater(Shares.of("10"), Amount.of("20.000000000000000001"), price("200", "100")))
                .isTrue();
    }

    @Test
    void anAccountWithNoShareLeftIsUnderwaterWhileItOwesAnything() {
        assertThat(Underwater.isUnderwater(Shares.ZERO, Amount.ZERO, price("200", "100"))).isFalse();
        assertThat(Underwater.isUnderwater(Shares.ZERO, Amount.of("0.000000000000000001"), price("200", "100"))).isTrue();
    }
}
