package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.Amount;
import io.stakingledger.core.common.Shares;

/**
 * An account is underwater when its debt is above the value of its shares:
 * {@code shares × backing / W < debt}, compared exactly as {@code shares × backing < debt × W}. An account
 * left with no share at all is underwater whenever it still owes anything. The pool never lets a command
 * leave an account underwater: the other accounts' claims would then add up to more than the pool holds.
 */
final class Underwater {

    private Underwater() {
    }

    /**
     * @param accountShares the account's weighted shares (principal + virtual) after the command
     * @param accountDebt   the account's debt after the command
     * @param after         the pool's share price after the command
     */
    static boolean isUnderwater(Shares accountShares, Amount accountDebt, SharePrice after) {
        if (accountShares.signum() <= 0) {
            return accountDebt.isPositive();
        }
        return accountShares.value().multiply(after.backing().value())
                .compareTo(accountDebt.value().multiply(after.weightedShares().value())) < 0;
    }
}
