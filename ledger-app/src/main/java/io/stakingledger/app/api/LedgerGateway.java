package io.stakingledger.app.api;

import io.stakingledger.app.store.ConcurrentChange;
import io.stakingledger.app.store.DurableCommits;
import io.stakingledger.app.store.StoreUnavailable;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Supplier;
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
    private final TransactionManager transactions;
    private final int attempts;

    public LedgerGateway(CommandGateway commands, DurableCommits durable, TransactionManager transactions,
                         @Value("${ledger.commands.conflict-attempts:8}") int attempts) {
        this.commands = commands;
        this.transactions = transactions;
        this.durable = durable;
        this.attempts = Math.max(1, attempts);
    }

    /** Sends a command to an existing pool; answers once it is on disk. */
    public CommandOutcome send(String poolId, Object command) {
        CommandOutcome outcome = sendUnflushed(poolId, command);
        durable.awaitDurable();
        return outcome;
    }

    /**
     * Sends a command to an existing pool and returns once it is committed, not yet forced to disk: the
     * caller must {@link DurableCommits#awaitDurable()} before acknowledging it (a bulk flushes once for all
     * its commands).
     */
    public CommandOutcome sendUnflushed(String poolId, Object command) {
        // A duplicate's first outcome may be another thread's commit that is not on disk yet: the caller
        // syncs either way.
        return retryingLostRaces(poolId, () -> commands.sendAndWait(command));
    }

    /**
     * Runs {@code once} until it does not lose a race with another writer of the pool, at most
     * {@code attempts} times; any other failure is translated for the user at once. A {@link FailedInBulk}
     * is already translated and passes through.
     */
    private <T> T retryingLostRaces(String poolId, Supplier<T> once) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once.get();
            } catch (FailedInBulk failed) {
                throw failed;
            } catch (RuntimeException e) {
                if (!isConcurrencyConflict(e)) {
                    throw translate(poolId, e, false);
                }
                if (attempt == attempts) {
                    throw new ConcurrentChange(poolId, attempts);
                }
                backOff(attempt);
            }
        }
    }

    /** Forces every commit so far to disk (see {@link DurableCommits}). */
    public void awaitDurable() {
        durable.awaitDurable();
    }

    /**
     * Sends {@code commands} in one unit of work and one transaction, in order, and answers once they are on
     * disk (one flush for all). Each command runs in a unit of work nested in the bulk's: its events reach
     * the store only when the bulk commits, a later command of the same pool sees the earlier ones' state,
     * and the hash chain links them in order. When command {@code i} fails (or {@code eachOutcome} refuses
     * its outcome) the bulk's unit of work is rolled back: nothing is stored, the cached pools it touched are
     * evicted (Axon's caching repository, on rollback) and {@link FailedInBulk} names {@code i}. A conflict with
     * another writer at commit retries the whole bulk, as {@link #send} does for one command.
     *
     * @param eachOutcome turns the outcome of command {@code i} into the caller's answer, inside the unit of
     *                    work; it may throw to refuse the outcome (then nothing is stored either)
     */
    public <R> List<R> sendAtomically(String poolId, List<?> bulk,
                                      BiFunction<Integer, CommandOutcome, R> eachOutcome) {
        List<R> results = retryingLostRaces(poolId, () -> inOneUnitOfWork(poolId, bulk, eachOutcome));
        durable.awaitDurable();
        return results;
    }

    private <R> List<R> inOneUnitOfWork(String poolId, List<?> bulk,
                                        BiFunction<Integer, CommandOutcome, R> eachOutcome) {
        if (CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("a bulk runs in a unit of work of its own, not nested in another");
        }
        DefaultUnitOfWork<Message<String>> unitOfWork = DefaultUnitOfWork.startAndGet(
                new GenericMessage<>("bulk of " + bulk.size() + " commands"));
        boolean committing = false;
        try {
            unitOfWork.attachTransaction(transactions);
            List<R> results = new ArrayList<>(bulk.size());
            for (int i = 0; i < bulk.size(); i++) {
                try {
                    results.add(eachOutcome.apply(i, commands.sendAndWait(bulk.get(i))));
                } catch (RuntimeException e) {
                    throw new FailedInBulk(i, e instanceof CommandRejected || e instanceof SecurityException ? e
                            : translate(poolId, e, false));
                }
            }
            committing = true;
            unitOfWork.commit();
            return results;
        } catch (RuntimeException e) {
            // A failed commit has rolled itself back; anything before it is rolled back here.
            if (!committing && unitOfWork.isActive()) {
                unitOfWork.rollback(e);
            }
            throw e;
        }
    }

    /** Command {@code index} of an atomic bulk failed; nothing of the bulk is stored. */
    public static final class FailedInBulk extends RuntimeException {

        private final int index;

        FailedInBulk(int index, RuntimeException failure) {
            super(failure);
            this.index = index;
        }

        public int index() {
            return index;
        }

        /** What made the command fail: a rejection, a refusal, a store failure. */
        public RuntimeException failure() {
            return (RuntimeException) getCause();
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
