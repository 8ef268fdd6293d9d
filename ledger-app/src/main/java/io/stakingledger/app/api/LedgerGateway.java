package io.stakingledger.app.api;

import io.stakingledger.app.store.ConcurrentChange;
import io.stakingledger.app.store.DurableCommits;
import io.stakingledger.app.store.StoreUnavailable;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends commands to the pools and translates every failure into a {@link CommandRejected} a user can
 * read, a {@link ConcurrentChange} or a {@link StoreUnavailable}.
 *
 * <p>When another writer (another node on a shared store) appended to the pool between this command's
 * load and its append, the store's unique (pool, sequence) key refuses the append and nothing is stored.
 * The command is then sent again: the pool is reloaded with the other writer's events and decided anew,
 * so a rejection or a duplicate answer always comes from the pool as stored. Only after
 * {@code ledger.commands.conflict-attempts} lost races does the caller get a conflict.
 *
 * <p>A command is answered only once its events are on disk ({@link DurableCommits}).
 */
@Component
public class LedgerGateway {

    private final CommandGateway commands;
    private final DurableCommits durable;
    private final int attempts;

    public LedgerGateway(CommandGateway commands, DurableCommits durable,
                         @Value("${ledger.commands.conflict-attempts:8}") int attempts) {
        this.commands = commands;
        this.durable = durable;
        this.attempts = Math.max(1, attempts);
    }

    /** Sends a command to an existing pool. */
    public CommandOutcome send(String poolId, Object command) {
        for (int attempt = 1; ; attempt++) {
            CommandOutcome outcome;
            try {
                outcome = commands.sendAndWait(command);
            } catch (RuntimeException e) {
                if (!isConcurrencyConflict(e)) {
                    throw translate(poolId, e, false);
                }
                if (attempt == attempts) {
                    throw new ConcurrentChange(poolId, attempts);
                }
                backOff(attempt);
                continue;
            }
            // A duplicate's first outcome may be another thread's commit that is not on disk yet: sync either way.
            durable.awaitDurable();
            return outcome;
        }
    }

    /** Sends a pool-creating command. */
    public void create(String poolId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            throw translate(poolId, e, true);
        }
        durable.awaitDurable();
    }

    /** A short random pause, growing with the attempt, so racing writers do not collide in lockstep. */
    private static void backOff(int attempt) {
        long micros = ThreadLocalRandom.current().nextLong(100, 1_000L << Math.min(attempt, 6));
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
    }

    private static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandRejected) {
                return false;
            }
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
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
            if (creating && (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException
                    || cause instanceof EventStoreException && String.valueOf(cause.getMessage())
                    .startsWith("Cannot reuse aggregate identifier"))) {
                return CommandRejected.conflict("pool " + poolId + " already exists");
            }
            cause = cause.getCause();
        }
        return StoreUnavailable.causing(failure).<RuntimeException>map(u -> u).orElse(failure);
    }
}
