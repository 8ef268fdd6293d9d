package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandRejected;

/**
 * The refusal of an atomic bulk: the first command that was rejected, by its position in the list
 * (from 0), its type and its {@code commandId}, with the reason it was rejected. Nothing of the bulk was
 * stored. Answered as the problem of that command's rejection, with {@code index}, {@code commandType}
 * and {@code commandId} as extra members.
 */
public class BulkRejected extends CommandRejected {

    private final int index;
    private final String type;
    private final String commandId;

    public BulkRejected(int index, String type, String commandId, CommandRejected cause) {
        super(cause.reason(), "command " + index + " of the bulk (" + (type == null ? "no type" : type)
                + (commandId == null ? "" : ", commandId " + commandId) + ") was rejected, so none of the "
                + "bulk's commands was stored: " + cause.getMessage());
        this.index = index;
        this.type = type;
        this.commandId = commandId;
    }

    public int index() {
        return index;
    }

    public String type() {
        return type;
    }

    public String commandId() {
        return commandId;
    }
}
