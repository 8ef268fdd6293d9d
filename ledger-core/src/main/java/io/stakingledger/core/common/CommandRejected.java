package io.stakingledger.core.common;

/**
 * A command that breaks a rule of its program. Nothing was changed; the message says which limit was
 * hit and what is available, in words meant for the user who sent the command.
 */
public class CommandRejected extends RuntimeException {

    private final Reason reason;

    public CommandRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Coarse class of the rejection, so interfaces can choose a status code without parsing text. */
    public enum Reason {
        /** Malformed or out-of-range input (non-positive amount, too many decimals, unknown term). */
        INVALID_INPUT,
        /** The pool or account the command names does not exist. */
        NOT_FOUND,
        /** A limit of the program would be broken (cap, balance, leverage, schedule). */
        LIMIT_EXCEEDED,
        /** The command conflicts with the pool's state or history (time going backwards, pool ended). */
        CONFLICT,
        /** The command's {@code commandId} was used before in the pool for a different command. */
        COMMAND_ID_REUSED
    }

    public static CommandRejected invalid(String message) {
        return new CommandRejected(Reason.INVALID_INPUT, message);
    }

    public static CommandRejected limit(String message) {
        return new CommandRejected(Reason.LIMIT_EXCEEDED, message);
    }

    public static CommandRejected conflict(String message) {
        return new CommandRejected(Reason.CONFLICT, message);
    }

    public static CommandRejected notFound(String message) {
        return new CommandRejected(Reason.NOT_FOUND, message);
    }
}
