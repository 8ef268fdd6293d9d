package io.stakingledger.app.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.stakingledger.app.security.Permission.*;

/**
 * The ledger's roles and the permissions each grants. A caller's permissions are the union of its
 * roles'. The matrix here is the one documented in docs/security.md.
 */
public enum Role {

    /** Keys, replay and view rebuilds, and everything the other roles may do. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Creates pools and runs the keeper and program-administration commands. */
    OPERATOR(EnumSet.of(POOLS_READ, ACCOUNTS_READ, POOLS_CREATE, OPERATOR_COMMANDS)),
    /** Mirrors user actions from a sale system or a chain: account commands for any account. */
    RECORDER(EnumSet.of(POOLS_READ, ACCOUNTS_READ, ACCOUNT_COMMANDS)),
    /** Bound to one account: that account's commands and views, plus pool-level views. */
    ACCOUNT(EnumSet.of(POOLS_READ, OWN_ACCOUNT_READ, OWN_ACCOUNT_COMMANDS)),
    /** Reads everything (views, statements, export, audit, metrics), writes nothing. */
    AUDITOR(EnumSet.of(POOLS_READ, ACCOUNTS_READ, EVENTS_EXPORT, AUDIT, ACTUATOR));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The role's name as keys, tokens and docs write it: {@code admin}, {@code operator}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /** The role named {@code label} (case-insensitive), if there is one. */
    public static Optional<Role> named(String label) {
        String wanted = label == null ? "" : label.trim();
        return Arrays.stream(values()).filter(role -> role.label().equalsIgnoreCase(wanted)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "));
    }
}
