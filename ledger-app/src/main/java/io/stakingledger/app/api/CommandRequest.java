package io.stakingledger.app.api;

import java.time.Instant;

/**
 * The fields of one command as they arrive in a REST body or a batch line (minus {@code type} and
 * {@code pool}), read strictly by {@link Fields}. Turning them into the domain command is the only
 * thing a request does.
 */
public interface CommandRequest {

    /** The fields every command takes besides its own. */
    String[] COMMON_FIELDS = {"at", "commandId"};

    /** Business time; null when the caller omitted it. */
    Instant at();

    String commandId();

    /**
     * The account the command acts for; null for a command that names none. A request record with an
     * {@code account} component answers it through its accessor.
     */
    default String account() {
        return null;
    }

    /** The domain command for pool {@code poolId} at business time {@code at} (null: the server's clock). */
    Object toCommand(String poolId, Instant at);

    /** {@code names} followed by {@link #COMMON_FIELDS}, for {@link Fields#allow}. */
    static String[] fields(String... names) {
        String[] all = java.util.Arrays.copyOf(names, names.length + COMMON_FIELDS.length);
        System.arraycopy(COMMON_FIELDS, 0, all, names.length, COMMON_FIELDS.length);
        return all;
    }
}
