package io.stakingledger.core.earlystaking;

import java.math.BigDecimal;

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
     * @param accountShares  the account's weighted shares (principal + virtual) after the command
     * @param accountDebt    the account's debt after the command
     * @param backing        the pool's assets + debt after the command
     * @param weightedShares the pool's weighted shares W after the command
     */
    static boolean isUnderwater(BigDecimal accountShares, BigDecimal accountDebt, BigDecimal backing,
                                BigDecimal weightedShares) {
        if (accountShares.signum() <= 0) {
            return accountDebt.signum() > 0;
        }
        return accountShares.multiply(backing).compareTo(accountDebt.multiply(weightedShares)) < 0;
    }
}
