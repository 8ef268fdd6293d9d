package io.stakingledger.app.api;

/**
 * A check run on a command once its fields are read and before it is sent: the REST API refuses there
 * what the caller may not do (docs/security.md). It throws to refuse.
 */
@FunctionalInterface
public interface CommandCheck {

    /** Accepts every command: in-process callers (the batch runner, the benchmark). */
    CommandCheck NONE = (pool, type, kind, account) -> {
    };

    /**
     * Called before the command's fields are read and, for an {@link CommandKind#ACCOUNT} command, once
     * more after.
     *
     * @param account for an account command, the account it names (as received, then as read); null for an
     *                operator command or a body that names none
     */
    void check(String pool, String type, CommandKind kind, String account);
}
