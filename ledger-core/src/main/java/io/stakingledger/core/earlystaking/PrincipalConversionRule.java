package io.stakingledger.core.earlystaking;

import io.stakingledger.core.common.CommandRejected;

import java.util.Optional;

/**
 * Who may exercise the principal conversion right (docs/domain/early-staking.md, "Principal Conversion Right"): from the
 * close of epoch N/2, once per account, never after any withdrawal.
 */
public final class PrincipalConversionRule {

    private PrincipalConversionRule() {
    }

    /** Why the account may not convert now, or empty when it may. */
    public static Optional<String> ineligibility(EarlyStakingState pool, EarlyStakingAccount account) {
        int epochs = pool.parameters().epochs();
        if (account.bought().isZero()) {
            return Optional.of("the account made no purchase in the sale");
        }
        if (account.pcrUsed()) {
            return Optional.of("the account has already used its principal conversion right");
        }
        if (account.everWithdrew()) {
            return Optional.of("the account has withdrawn, which ends its principal conversion right");
        }
        if (pool.epochsClosed() * 2 < epochs) {
            return Optional.of("the right opens once " + halfOf(epochs) + " of " + epochs
                    + " epochs have closed; " + pool.epochsClosed() + " have");
        }
        return Optional.empty();
    }

    static void requireEligible(EarlyStakingState pool, EarlyStakingAccount account) {
        ineligibility(pool, account).ifPresent(reason -> {
            throw CommandRejected.conflict("principal conversion refused: " + reason);
        });
    }

    private static String halfOf(int epochs) {
        return epochs % 2 == 0 ? String.valueOf(epochs / 2) : epochs + "/2";
    }
}
