package io.stakingledger.app.api;

/**
 * A check run on a command once its fields are read and before it is sent: the REST API refuses there
 * what the caller may not do (docs/security.md). It throws to refuse.
 */
@FunctionalInterface
public interface CommandCheck {

    /** Accepts every command: in-process callers (the batch runner, the benchmark). */
    CommandCheck NONE = (pool, type, kind, request) -> {
    };

    /**
     * @param request the command's fields, read; null for an {@link CommandKind#OPERATOR} command, which is
     *                checked before its fields are read
     */
    void check(String pool, String type, CommandKind kind, CommandRequest request);
}
