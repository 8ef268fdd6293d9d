package io.stakingledger.app.api;

import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends commands to the pools and translates every failure into a {@link CommandRejected} a user can
 * read. Creation commands return the new pool's id from Axon; they are reported as an outcome with
 * the creation event read back by the caller.
 */
@Component
public class LedgerGateway {

    private final CommandGateway commands;

    public LedgerGateway(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends a command to an existing pool. */
    public CommandOutcome send(String poolId, Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            throw translate(poolId, e, false);
        }
    }

    /** Sends a pool-creating command. */
    public void create(String poolId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            throw translate(poolId, e, true);
        }
    }

    private static RuntimeException translate(String poolId, RuntimeException failure, boolean creating) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof CommandRejected rejected) {
                return rejected;
            }
            if (cause instanceof AggregateNotFoundException) {
                return CommandRejected.notFound("pool " + poolId + " does not exist");
            }
            if (cause instanceof ConcurrencyException) {
                return creating
                        ? CommandRejected.conflict("pool " + poolId + " already exists")
                        : CommandRejected.conflict("pool " + poolId + " was changed concurrently; send the command again");
            }
            if (creating && (cause instanceof AggregateStreamCreationException
                    || cause instanceof EventStoreException && String.valueOf(cause.getMessage())
                    .startsWith("Cannot reuse aggregate identifier"))) {
                return CommandRejected.conflict("pool " + poolId + " already exists");
            }
            cause = cause.getCause();
        }
        return failure;
    }
}
