package io.stakingledger.app.security;

/**
 * What a caller may do, by name. Roles grant permissions ({@link Role}); a refusal names the permission
 * that was missing. docs/security.md has the matrix of every endpoint, command and view.
 */
public enum Permission {

    /** List pools, read pool-level views and the OpenAPI document. */
    POOLS_READ("pools:read"),
    /** Read any account's position, account views and statement. */
    ACCOUNTS_READ("accounts:read"),
    /** Read the positions, account views and statement of the caller's own bound account. */
    OWN_ACCOUNT_READ("accounts:read-own"),
    /** CreatePool. */
    POOLS_CREATE("pools:create"),
    /** Keeper and program-administration commands (CloseEpoch, SetPrice, DistributeRewards, ...). */
    OPERATOR_COMMANDS("commands:operate"),
    /** Account commands (Purchase, Stake, Lock, Claim, ...) on behalf of any account. */
    ACCOUNT_COMMANDS("commands:account"),
    /** Account commands for the caller's own bound account only. */
    OWN_ACCOUNT_COMMANDS("commands:own-account"),
    /** The export of every stored event. */
    EVENTS_EXPORT("events:export"),
    /** Hash-chain and conservation audits. */
    AUDIT("audit:read"),
    /** Full replay compared with the live views. */
    REPLAY("admin:replay"),
    /** Rebuild of the live views. */
    REBUILD("admin:rebuild"),
    /** Create, list and revoke API keys. */
    KEYS("admin:keys"),
    /** Actuator endpoints other than health (metrics and the like). */
    ACTUATOR("actuator:read");

    private final String label;

    Permission(String label) {
        this.label = label;
    }

    /** The permission's name as problems, logs and docs write it, e.g. {@code commands:operate}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
