package io.stakingledger.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.ops.LedgerMetrics;
import io.stakingledger.app.security.PermissionDenied;
import io.stakingledger.app.store.ConcurrentChange;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Quote;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Many commands of one pool in one request ({@code POST /api/pools/{pool}/commands}): the body is
 * {@code {"atomic": true, "commands": [{"type": "Stake", ...fields of the single-command body...}, ...]}}.
 *
 * <p>Atomic (the default): every command is read and checked first, then all are sent in one unit of work
 * and one transaction, with one flush to disk ({@link LedgerGateway#sendAtomically}); the answer holds one
 * result per command, in order, each as the single-command endpoint answers it. If any command is refused,
 * nothing is stored and the answer is the problem of the first refused command, naming its index.
 *
 * <p>Not atomic ({@code "atomic": false}): each command is sent and stored on its own, in order, and the
 * answer holds each command's outcome: its result, or the problem it met (the later commands still run).
 * One flush covers them all before the answer. A store failure stops the bulk with a 503: the commands
 * before it may be stored; re-sent with the same {@code commandId}s they answer as duplicates.
 *
 * <p>Metrics count each command as the single endpoint does ({@code ledger_commands_seconds}); in an atomic
 * bulk the outcome is recorded once the bulk's transaction has decided it.
 */
@Component
public class BulkCommands {

    /** Longest list of commands in one bulk by default. */
    public static final int DEFAULT_MAX_COMMANDS = 1000;

    private final LedgerService ledger;
    private final LedgerGateway gateway;
    private final LedgerMetrics metrics;
    private final int maxCommands;

    public BulkCommands(LedgerService ledger, LedgerGateway gateway, LedgerMetrics metrics,
                        @Value("${ledger.bulk.max-commands:" + DEFAULT_MAX_COMMANDS + "}") int maxCommands) {
        this.ledger = ledger;
        this.gateway = gateway;
        this.metrics = metrics;
        this.maxCommands = maxCommands;
    }

    /** The answer to a bulk: one item per command, in the order sent. */
    public record BulkAnswer(String pool, boolean atomic, List<BulkItem> results) {
    }

    /**
     * One command's outcome: {@code status} 200 with the single endpoint's answer ({@code pool},
     * {@code commandId}, {@code duplicate}, {@code events}), or (not atomic only) the status of the problem it
     * met and that {@code problem}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BulkItem(int index, int status, String pool, String commandId, Boolean duplicate,
                           List<CommandResult.EventView> events, ProblemDetail problem) {

        static BulkItem of(int index, CommandResult result) {
            return new BulkItem(index, 200, result.pool(), result.commandId(), result.duplicate(), result.events(), null);
        }

        static BulkItem failed(int index, String commandId, ProblemDetail problem) {
            return new BulkItem(index, problem.getStatus(), null, commandId, null, null, problem);
        }
    }

    /** A command of the bulk as read from the body: its type and its fields (without {@code type}). */
    private record Entry(String type, ObjectNode fields, String commandId) {
    }

    /**
     * Runs the bulk in {@code body} on pool {@code poolId}.
     *
     * @param check  the check each command passes, as on the single endpoint
     * @param answer the check each command's result passes before it is answered (for an atomic bulk,
     *               before the bulk commits, so a refused answer stores nothing)
     */
    public BulkAnswer execute(String poolId, JsonNode body, boolean fillTime, CommandCheck check,
                              UnaryOperator<CommandResult> answer) {
        ObjectNode bulk = body instanceof ObjectNode object ? object : JsonInput.emptyObject();
        Iterator<String> names = bulk.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!Set.of("atomic", "commands").contains(name)) {
                throw CommandRejected.invalid("unknown field " + Quote.of(name) + "; a bulk has \"commands\" and "
                        + "optionally \"atomic\"");
            }
        }
        JsonNode atomicField = bulk.get("atomic");
        if (atomicField != null && !atomicField.isBoolean()) {
            throw CommandRejected.invalid("atomic must be true or false");
        }
        boolean atomic = atomicField == null || atomicField.booleanValue();
        List<Entry> entries = entries(bulk.get("commands"));
        return atomic ? atomically(poolId, entries, fillTime, check, answer)
                : oneByOne(poolId, entries, fillTime, check, answer);
    }

    private List<Entry> entries(JsonNode commands) {
        if (commands == null || commands.isNull()) {
            throw CommandRejected.invalid("commands is required: a list of commands, each with its \"type\"");
        }
        if (!(commands instanceof ArrayNode list)) {
            throw CommandRejected.invalid("commands must be a list of commands, each with its \"type\"");
        }
        if (list.isEmpty()) {
            throw CommandRejected.invalid("commands is empty; a bulk holds 1 to " + maxCommands + " commands");
        }
        if (list.size() > maxCommands) {
            throw new TooManyCommands(list.size(), maxCommands);
        }
        List<Entry> entries = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(i, list.get(i)));
        }
        return entries;
    }

    private static Entry entry(int index, JsonNode command) {
        if (!(command instanceof ObjectNode object)) {
            throw new BulkRejected(index, null, null, CommandRejected.invalid("a command must be a JSON object"));
        }
        JsonNode type = object.get("type");
        JsonNode commandId = object.get("commandId");
        String id = commandId != null && commandId.isTextual() ? commandId.textValue() : null;
        if (type == null || !type.isTextual() || !type.textValue().matches("[A-Za-z]{1,64}")) {
            throw new BulkRejected(index, null, id, CommandRejected.invalid("type must be a command name, got "
                    + (type != null && type.isTextual() ? Quote.of(type.textValue()) : "no text")));
        }
        ObjectNode fields = object.deepCopy();
        fields.remove("type");
        return new Entry(type.textValue(), fields, id);
    }

    private BulkAnswer atomically(String poolId, List<Entry> entries, boolean fillTime, CommandCheck check,
                                  UnaryOperator<CommandResult> answer) {
        String program = ledger.programIdOf(poolId);
        List<LedgerService.PreparedCommand> prepared = new ArrayList<>(entries.size());
        try {
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                try {
                    prepared.add(ledger.prepare(poolId, entry.type(), entry.fields(), fillTime, check));
                } catch (CommandRejected rejected) {
                    metrics.recordCommand(program, entry.type(), "rejected", LedgerMetrics.reasonOf(rejected), 0);
                    throw new BulkRejected(i, entry.type(), entry.commandId(), rejected);
                } catch (PermissionDenied denied) {
                    metrics.recordCommand(program, entry.type(), "denied", "none", 0);
                    throw new PermissionDenied(denied.permission(), "command " + i + " of the bulk (" + entry.type()
                            + ") is refused, so none of the bulk's commands was stored: " + denied.getMessage());
                }
            }
        } finally {
            MDC.remove("commandId");
        }
        long started = System.nanoTime();
        List<BulkItem> items;
        try {
            items = gateway.sendAtomically(poolId, prepared.stream().map(LedgerService.PreparedCommand::message).toList(),
                    (index, outcome) -> BulkItem.of(index, answer.apply(LedgerService.result(poolId, outcome))));
        } catch (LedgerGateway.FailedInBulk failed) {
            record(prepared, failed.index(), failed.failure(), System.nanoTime() - started);
            if (failed.failure() instanceof CommandRejected rejected) {
                LedgerService.PreparedCommand refused = prepared.get(failed.index());
                throw new BulkRejected(failed.index(), refused.type(), refused.commandId(), rejected);
            }
            throw failed.failure();
        } catch (RuntimeException failure) {
            record(prepared, -1, failure, System.nanoTime() - started);
            throw failure;
        }
        long share = (System.nanoTime() - started) / prepared.size();
        for (int i = 0; i < prepared.size(); i++) {
            metrics.recordCommand(prepared.get(i).program(), prepared.get(i).type(),
                    Boolean.TRUE.equals(items.get(i).duplicate()) ? "duplicate" : "accepted", "none", share);
        }
        return new BulkAnswer(poolId, true, items);
    }

    /** Records a failed atomic bulk: the command that failed with its outcome, every other one as rolled back. */
    private void record(List<LedgerService.PreparedCommand> prepared, int failedIndex, RuntimeException failure,
                        long nanos) {
        long share = nanos / prepared.size();
        for (int i = 0; i < prepared.size(); i++) {
            String outcome = "rolled-back";
            String reason = "none";
            if (i == failedIndex) {
                outcome = failure instanceof CommandRejected ? "rejected" : failure instanceof SecurityException
                        ? "denied" : failure instanceof ConcurrentChange ? "conflict" : "failed";
                reason = failure instanceof CommandRejected rejected ? LedgerMetrics.reasonOf(rejected) : "none";
            }
            metrics.recordCommand(prepared.get(i).program(), prepared.get(i).type(), outcome, reason, share);
        }
    }

    private BulkAnswer oneByOne(String poolId, List<Entry> entries, boolean fillTime, CommandCheck check,
                                UnaryOperator<CommandResult> answer) {
        List<BulkItem> items = new ArrayList<>(entries.size());
        try {
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                try {
                    CommandResult result = ledger.executeUnflushed(poolId, entry.type(), entry.fields(), fillTime, check);
                    items.add(BulkItem.of(i, answer.apply(result)));
                } catch (CommandRejected rejected) {
                    items.add(BulkItem.failed(i, entry.commandId(),
                            Problems.of(Problems.kindOf(rejected.reason()), rejected.getMessage())));
                } catch (ConcurrentChange conflict) {
                    items.add(BulkItem.failed(i, entry.commandId(),
                            Problems.of(Problems.Kind.CONCURRENT_CHANGE, conflict.getMessage())));
                } catch (PermissionDenied denied) {
                    items.add(BulkItem.failed(i, entry.commandId(), deniedProblem(denied)));
                }
            }
        } finally {
            // Whatever was stored is on disk before anything is answered, a problem included.
            gateway.awaitDurable();
            MDC.remove("commandId");
        }
        return new BulkAnswer(poolId, false, items);
    }

    /** The problem the single endpoint answers for a refusal (see {@code SecurityProblems}). */
    private static ProblemDetail deniedProblem(PermissionDenied denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied.getMessage());
        problem.setType(URI.create(Problems.TYPE_BASE + "permission-denied"));
        problem.setTitle("Permission denied");
        problem.setProperty("permission", denied.permission());
        return problem;
    }

    /** More commands in one bulk than {@code ledger.bulk.max-commands}: a 413 problem. */
    public static final class TooManyCommands extends RuntimeException {

        TooManyCommands(int count, int max) {
            super("the bulk holds " + count + " commands; the limit is " + max + " (ledger.bulk.max-commands): "
                    + "send them in several bulks");
        }
    }
}
