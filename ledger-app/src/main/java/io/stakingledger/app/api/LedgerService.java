package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.ops.LedgerMetrics;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.common.Idempotency;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.Quote;
import io.stakingledger.core.common.fields.OptionalField;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.PoolUnreadable;
import io.stakingledger.projections.PoolSummary;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one entry point shared by the REST API and the batch runner: it finds the pool's program, reads
 * the command's fields strictly by the command's domain record (CommandBinding), refuses a business time too far
 * ahead of the server's clock, fingerprints the command so that its {@code commandId} is bound to it,
 * sends it, and answers views once the read models have caught up with the store.
 */
@Service
public class LedgerService {

    private final Map<String, ProgramApi> programs;
    private final LedgerGateway gateway;
    private final LedgerViews views;
    private final ViewSync viewSync;
    private final EventStore eventStore;
    private final PastViews pastViews;
    private final Duration maxFutureSkew;
    private final Clock clock;
    private final LedgerMetrics metrics;

    public LedgerService(List<ProgramApi> programs, LedgerGateway gateway, LedgerViews views, ViewSync viewSync,
                         EventStore eventStore, PastViews pastViews, LedgerMetrics metrics,
                         @Value("${ledger.input.max-future-skew:PT5M}") Duration maxFutureSkew) {
        this.metrics = metrics;
        this.programs = programs.stream().collect(Collectors.toMap(ProgramApi::program, Function.identity(),
                (a, b) -> a, TreeMap::new));
        this.gateway = gateway;
        this.views = views;
        this.viewSync = viewSync;
        this.eventStore = eventStore;
        this.pastViews = pastViews;
        this.maxFutureSkew = maxFutureSkew;
        this.clock = Clock.systemUTC();
    }

    /**
     * Creates a pool from {@code CreatePool}'s fields ({@code pool}, {@code program}, {@code params},
     * {@code at}, {@code commandId}).
     *
     * @param fillTime when true a missing {@code at} is taken from the server's clock (REST); the batch
     *                 format requires it
     */
    public CommandResult create(JsonNode body, boolean fillTime) {
        Fields fields = Fields.of(body, "").allow("pool", "program", "params", "at", "commandId");
        String poolId = fields.identifier("pool");
        String programId = fields.text("program");
        ProgramApi program = programs.get(programId);
        if (program == null) {
            throw CommandRejected.invalid("unknown program " + Quote.of(programId) + "; known programs: "
                    + String.join(", ", programs.keySet()));
        }
        Record params = program.readParams(fields.object("params"));
        Instant at = notTooFarAhead(fields.at());
        String commandId = fields.commandId();
        String fingerprint = CommandFingerprint.of("CreatePool", poolId, fields.canonical());
        Object command = program.createCommand(poolId, params, time(at, fillTime), commandId);
        boolean duplicate = false;
        try {
            gateway.create(poolId, withFingerprint(command, fingerprint));
        } catch (CommandRejected rejected) {
            if (rejected.reason() != CommandRejected.Reason.CONFLICT || !createdBy(poolId, commandId, fingerprint)) {
                throw rejected;
            }
            duplicate = true;
        }
        viewSync.awaitCurrent();
        Object created = creationOf(poolId).getPayload();
        return new CommandResult(poolId, commandId, duplicate,
                List.of(new CommandResult.EventView(created.getClass().getSimpleName(), created)));
    }

    /**
     * Whether the pool was created by the command {@code commandId}: then a repeat answers its first
     * outcome. The same id with another CreatePool is refused as a reused id.
     */
    private boolean createdBy(String poolId, String commandId, String fingerprint) {
        if (commandId == null) {
            return false;
        }
        Map<String, ?> metadata = creationOf(poolId).getMetaData();
        if (!commandId.equals(metadata.get(Idempotency.METADATA_KEY))) {
            return false;
        }
        Object stored = metadata.get(Idempotency.FINGERPRINT_METADATA_KEY);
        if (!Idempotency.sameCommand(stored instanceof String text ? text : null, fingerprint)) {
            throw Idempotency.reused(poolId, commandId);
        }
        return true;
    }

    private DomainEventMessage<?> creationOf(String poolId) {
        return eventStore.readEvents(poolId).asStream().findFirst().orElseThrow(
                () -> CommandRejected.notFound("pool " + poolId + " does not exist"));
    }

    /**
     * Executes command {@code type} on pool {@code poolId} with the given fields ({@code pool} and
     * {@code type} are not among them).
     */
    public CommandResult execute(String poolId, String type, JsonNode body, boolean fillTime) {
        return execute(poolId, type, body, fillTime, CommandCheck.NONE);
    }

    /**
     * Executes command {@code type} on pool {@code poolId} once {@code check} has accepted it; a refusal
     * by the check changes nothing.
     */
    public CommandResult execute(String poolId, String type, JsonNode body, boolean fillTime, CommandCheck check) {
        ProgramApi program = programOfCommand(poolId);
        try (MDC.MDCCloseable pool = MDC.putCloseable("pool", poolId)) {
            return metrics.command(program.program(), type, () -> execute(program, poolId, type, body, fillTime, check),
                    CommandResult::duplicate);
        } finally {
            MDC.remove("commandId");
        }
    }

    private CommandResult execute(ProgramApi program, String poolId, String type, JsonNode body, boolean fillTime,
                                  CommandCheck check) {
        PreparedCommand prepared = prepare(program, poolId, type, body, fillTime, check);
        return result(poolId, gateway.send(poolId, prepared.message()));
    }

    /**
     * Executes a command as {@link #execute(String, String, JsonNode, boolean, CommandCheck)} does, but returns
     * once it is committed, before it is forced to disk: the caller flushes ({@link LedgerGateway#awaitDurable})
     * before acknowledging it. For a bulk that stores its commands one by one and flushes once.
     */
    public CommandResult executeUnflushed(String poolId, String type, JsonNode body, boolean fillTime,
                                          CommandCheck check) {
        ProgramApi program = programOf(poolId);
        try (MDC.MDCCloseable pool = MDC.putCloseable("pool", poolId)) {
            return metrics.command(program.program(), type, () -> result(poolId, gateway.sendUnflushed(poolId,
                    prepare(program, poolId, type, body, fillTime, check).message())), CommandResult::duplicate);
        }
    }

    /** The program id of pool {@code poolId}; not found when there is no such pool. */
    public String programIdOf(String poolId) {
        return programOf(poolId).program();
    }

    /**
     * A command read, checked and fingerprinted, ready to send: what {@link #execute} sends, and what a bulk
     * sends in one unit of work ({@link BulkCommands}).
     */
    public record PreparedCommand(String program, String type, String commandId, CommandMessage<?> message) {
    }

    /**
     * Reads command {@code type} of pool {@code poolId} strictly, runs {@code check} on it (before and after
     * the fields are read) and fingerprints it, without sending it.
     */
    public PreparedCommand prepare(String poolId, String type, JsonNode body, boolean fillTime, CommandCheck check) {
        return prepare(programOf(poolId), poolId, type, body, fillTime, check);
    }

    /**
     * As {@link #prepare(String, String, JsonNode, boolean, CommandCheck)} for a pool whose program the caller
     * knows (an import that created it, or looked it up once), without asking the views for it.
     */
    public PreparedCommand prepare(String programId, String poolId, String type, JsonNode body, boolean fillTime,
                                   CommandCheck check) {
        ProgramApi program = programs.get(programId);
        if (program == null) {
            throw CommandRejected.invalid("unknown program " + Quote.of(programId));
        }
        return prepare(program, poolId, type, body, fillTime, check);
    }

    private PreparedCommand prepare(ProgramApi program, String poolId, String type, JsonNode body, boolean fillTime,
                                    CommandCheck check) {
        CommandBinding binding = program.commands().get(type);
        if (binding == null) {
            throw CommandRejected.invalid("pool " + poolId + " runs " + program.program() + ", which has no command "
                    + Quote.word(type) + "; its commands: " + String.join(", ", new TreeSet<>(program.commands().keySet())));
        }
        CommandKind kind = binding.kind();
        // Checked before the fields are read, so a caller who may not send the command learns nothing more
        // (an operator command needs no field; an account command, the account its body names) ...
        check.check(poolId, type, kind, kind == CommandKind.ACCOUNT ? namedAccount(body) : null);
        Fields fields = Fields.of(body, "");
        CommandBinding.Read request = binding.read(fields);
        if (kind == CommandKind.ACCOUNT) {
            // ... and again on the account as read
            check.check(poolId, type, kind, request.account());
        }
        if (request.commandId() != null) {
            MDC.put("commandId", request.commandId());
        }
        Instant at = notTooFarAhead(request.at());
        String fingerprint = CommandFingerprint.of(type, poolId, fields.canonical());
        // Without an explicit time, the pool's aggregate takes the server's clock under its lock (ServerTime).
        Object command = request.toCommand(poolId, fillTime ? at : Inputs.time(at));
        return new PreparedCommand(program.program(), type, request.commandId(), withFingerprint(command, fingerprint));
    }

    /** The API's answer for a command's outcome. */
    public static CommandResult result(String poolId, CommandOutcome outcome) {
        return new CommandResult(poolId, outcome.commandId(), outcome.duplicate(), outcome.events().stream()
                .map(e -> new CommandResult.EventView(e.getClass().getSimpleName(), e))
                .toList());
    }

    /** The account a command body names, as received (null when it names none). */
    private static String namedAccount(JsonNode body) {
        JsonNode account = body == null ? null : body.get("account");
        return account != null && account.isTextual() ? account.asText() : null;
    }

    private static CommandMessage<?> withFingerprint(Object command, String fingerprint) {
        return GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Idempotency.FINGERPRINT_METADATA_KEY, fingerprint));
    }

    /**
     * Refuses an explicit business time further ahead of the server's clock than
     * {@code ledger.input.max-future-skew}: accepted, it would hold every later command of the pool back
     * as "going backwards" until the clock caught up.
     */
    private Instant notTooFarAhead(Instant at) {
        if (at == null) {
            return null;
        }
        Instant now = clock.instant();
        if (at.isAfter(now.plus(maxFutureSkew))) {
            throw CommandRejected.invalid("at " + at + " lies ahead of the server's clock (" + now + ") by more than "
                    + maxFutureSkew + "; business time cannot be in the future");
        }
        return at;
    }

    /** Answers view {@code name} of pool {@code request.pool()} once the views reflect every stored event. */
    public Object view(String name, ViewRequest request) {
        return view(name, request, PointInTime.NOW);
    }

    /**
     * Answers view {@code name} as the ledger stood at {@code when}: the same view code run on read models
     * folded afresh from the pool's events up to that point. Time-dependent values are evaluated at
     * {@code asOf} (or at the closing of epoch {@code asOfEpoch}) unless the request names its own {@code at}.
     */
    public Object view(String name, ViewRequest request, PointInTime when) {
        ProgramApi program = programOf(request.pool());
        if (!program.views().contains(name)) {
            throw CommandRejected.invalid("pool " + request.pool() + " runs " + program.program()
                    + ", which has no view " + Quote.word(name) + "; its views: "
                    + String.join(", ", new TreeSet<>(program.views())));
        }
        if (request.account() != null) {
            Inputs.identifier("account", request.account());
        }
        Set<String> takes = program.viewParameters(name);
        for (String parameter : new TreeSet<>(request.parameters().keySet())) {
            if (!takes.contains(parameter)) {
                throw CommandRejected.invalid("view " + name + " takes no parameter " + Quote.of(parameter)
                        + "; it takes " + String.join(", ", viewParametersWith(takes)));
            }
        }
        if (when.isNow()) {
            notBeforeLastEvent(request, views);
            return metrics.view(program.program(), name, () -> program.view(name, request, views));
        }
        LedgerViews past = pastViews.of(request.pool(), when);
        if (request.at() != null) {
            notBeforeLastEvent(request, past);
            return program.view(name, request, past);
        }
        Instant evaluatedAt = when.asOf() != null ? when.asOf() : past.directory().get(0).lastEventAt();
        return program.view(name, request.at(evaluatedAt), past);
    }

    /**
     * The one rule for a view's {@code at}, in every program: a view looks at the pool as its events left it,
     * at {@code at} or later (what a claim would cost next week). An earlier {@code at} would mix the present
     * state with a past clock, so it is refused as invalid input, pointing to {@code asOf}, which folds the
     * events up to that instant. Nothing is changed by a view, so there is nothing to conflict with: 400, not 409.
     */
    private static void notBeforeLastEvent(ViewRequest request, LedgerViews source) {
        source.lastEventAt(request.pool()).ifPresent(last -> ProgramState.notBeforeLastEvent(request.at(), last));
    }

    /**
     * One page of the pool's positions in account order: at most {@code limit} accounts after
     * {@code cursor} (exclusive; null for the first page) whose id contains {@code search} (null: every
     * account), each with the program's position view at {@code at} (null: the pool's latest event).
     */
    public PositionsPage positions(String poolId, String cursor, int limit, String search, Instant at) {
        ProgramApi program = programOf(poolId);
        if (cursor != null) {
            Inputs.identifier("cursor", cursor);
        }
        List<String> page = new TreeSet<>(program.accounts(poolId, views)).stream()
                .filter(account -> cursor == null || account.compareTo(cursor) > 0)
                .filter(account -> search == null || account.contains(search))
                .limit(limit + 1L)
                .toList();
        boolean more = page.size() > limit;
        List<String> shown = more ? page.subList(0, limit) : page;
        if (at != null) {
            notBeforeLastEvent(new ViewRequest(poolId, null, at, Map.of()), views);
        }
        List<Object> positions = shown.stream()
                .map(account -> program.view("position", new ViewRequest(poolId, account, at, Map.of()), views))
                .toList();
        return new PositionsPage(poolId, positions, more ? shown.get(shown.size() - 1) : null);
    }

    /** A page of positions; {@code nextCursor} asks for the next one, null on the last page. */
    public record PositionsPage(String pool, List<Object> positions, @OptionalField String nextCursor) {
    }

    public List<PoolSummary> pools() {
        viewSync.awaitCurrent();
        return views.directory();
    }

    public Map<String, ProgramApi> programs() {
        return programs;
    }

    private static Set<String> viewParametersWith(Set<String> specific) {
        Set<String> all = new TreeSet<>(Set.of("account", "at", "asOf", "asOfEpoch"));
        all.addAll(specific);
        return all;
    }

    /**
     * The program of the pool a command is for. A pool's program never changes once it is created, so a
     * pool the views already know needs no catch-up with the store first (the command is decided on the
     * pool's stored history by its aggregate, never on the views); only an unknown pool is looked up as
     * {@link #programOf} does. Catching up here made every command read the store under the feeder's lock
     * once the previous command had committed, which serialised concurrent commands (README, Benchmarks).
     */
    private ProgramApi programOfCommand(String poolId) {
        Inputs.identifier("pool", poolId);
        unreadable(poolId);
        return views.programOf(poolId).map(programs::get).orElseGet(() -> programOf(poolId));
    }

    private ProgramApi programOf(String poolId) {
        Inputs.identifier("pool", poolId);
        viewSync.awaitCurrent();
        unreadable(poolId);
        String program = views.programOf(poolId).orElseGet(() -> {
            // Before saying "does not exist", look at the store itself: another writer may have created it.
            viewSync.refresh();
            unreadable(poolId);
            return views.programOf(poolId)
                    .orElseThrow(() -> CommandRejected.notFound("pool " + poolId + " does not exist"));
        });
        return programs.get(program);
    }

    /** A pool whose stored events could not all be read is unavailable, never reported missing or created again. */
    private void unreadable(String poolId) {
        views.failure(poolId).ifPresent(reason -> {
            throw new PoolUnreadable(poolId, reason);
        });
    }

    private Instant time(Instant at, boolean fillTime) {
        if (at != null) {
            return at;
        }
        if (fillTime) {
            return clock.instant();
        }
        throw CommandRejected.invalid("at (business time) is required");
    }
}
