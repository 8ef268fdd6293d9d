package io.stakingledger.core.governancemining;

/** Where a burned amount came from. */
public enum BurnKind {
    /** Part of an unstaked amount, burned because the unstake came inside the window after the last inclusion. */
    UNSTAKE_PENALTY,
    /** Part of a claimed reward, burned because the claim came before the end of the maturation curve. */
    CLAIM_PENALTY
}
