package io.stakingledger.app.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An authenticated caller: who it is for the history, what it may do, where.
 *
 * @param actor   who acts, as events record it: {@code key:<keyId>} for an API key, {@code jwt:<subject>}
 *                for a token; never a secret
 * @param name    a readable name (the key's name, or the token's subject)
 * @param roles   the roles granted; may be empty (then only health answers)
 * @param pools   the pools the caller is limited to; empty means every pool
 * @param account the account an {@code account} role acts as, or null
 */
public record Caller(String actor, String name, Set<Role> roles, SortedSet<String> pools, String account) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        pools = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(pools));
    }

    public boolean has(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    /** Whether the caller may touch pool {@code pool} at all (its pool list allows it). */
    public boolean reaches(String pool) {
        return pools.isEmpty() || pools.contains(pool);
    }

    /** Whether the caller is limited to some pools (and so may not use whole-ledger endpoints). */
    public boolean limitedToPools() {
        return !pools.isEmpty();
    }

    /** Whether {@code account} is the caller's own bound account. */
    public boolean owns(String account) {
        return this.account != null && this.account.equals(account);
    }
}
