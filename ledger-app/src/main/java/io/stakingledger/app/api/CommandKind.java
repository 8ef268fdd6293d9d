package io.stakingledger.app.api;

/**
 * Who a command is for, as far as permissions go (docs/security.md).
 * <ul>
 *   <li>{@link #OPERATOR}: pool administration and keeper work (CloseEpoch, SetPrice, SweepFees, ...);
 *       also inputs about an account that the account must not set itself (points-boost SetBasePoints).</li>
 *   <li>{@link #ACCOUNT}: an action of the account named in the command's {@code account} field
 *       (Purchase, Stake, Lock, Claim, ...).</li>
 * </ul>
 */
public enum CommandKind {
    OPERATOR,
    ACCOUNT
}
