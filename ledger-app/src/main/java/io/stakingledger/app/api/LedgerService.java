package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stakingledger.app.ops.LedgerMetrics;
import io.stakingledger.core.common.CommandOutcome;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Idempotency;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.PoolSummary;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one entry point shared by the REST API and the batch runner: it finds the pool's program, reads
 * the command's fields into that program's request record, sends the command, and answers views once
 * the read models have caught up with the store.
 */
@Service
public class LedgerService {

    private final Map<String, ProgramApi> programs;
    private final LedgerGateway gateway;
    private final LedgerViews views;
    private final ViewSync viewSync;
    private final ObjectMapper mapper;
    private final EventStore eventStore;
    private final PastViews pastViews;
    private final Clock clock;
    private final LedgerMetrics metrics;

    public LedgerService(List<ProgramApi> programs, LedgerGateway gateway, LedgerViews views, ViewSync viewSync,
                         ObjectMapper mapper, EventStore eventStore, PastViews pastViews, LedgerMetrics metrics) {
        this.metrics = metrics;
        this.programs = programs.stream().collect(Collectors.toMap(ProgramApi::program, Function.identity(),
                (a, b) -> a, TreeMap::new));
        this.gateway = gateway;
        this.views = views;
        this.viewSync = viewSync;
        this.mapper = mapper;
        this.eventStore = eventStore;
        this.pastViews = pastViews;
        this.clock = Clock.systemUTC();
    }

    /**
     * Creates a pool.
     *
     * @param fillTime when true a missing {@code at} is taken from the server's clock (REST); the batch
     *                 format requires it
     */
    public CommandResult create(CreatePoolRequest request, boolean fillTime) {
        String poolId = Inputs.text("pool", request.pool());
        ProgramApi program = programs.get(Inputs.text("program", request.program()));
        if (program == null) {
            throw CommandRejected.invalid("unknown program " + request.program() + "; known programs: "
                    + String.join(", ", programs.keySet()));
        }
        Instant at = time(request.at(), fillTime);
        Object command = program.createCommand(poolId, request.params(), at, request.commandId());
        boolean duplicate = false;
        try {
            gateway.create(poolId, command);
        } catch (CommandRejected rejected) {
            if (rejected.reason() != CommandRejected.Reason.CONFLICT || !createdBy(poolId, request.commandId())) {
                throw rejected;
            }
            duplicate = true;
        }
        viewSync.awaitCurrent();
        Object created = creationOf(poolId).getPayload();
        return new CommandResult(poolId, request.commandId(), duplicate,
                List.of(new CommandResult.EventView(created.getClass().getSimpleName(), created)));
    }

    /** Whether the pool was created by the command {@code commandId}: then a repeat answers its first outcome. */
    private boolean createdBy(String poolId, String commandId) {
        return commandId != null && commandId.equals(creationOf(poolId).getMetaData().get(Idempotency.METADATA_KEY));
    }

    private DomainEventMessage<?> creationOf(String poolId) {
        return eventStore.readEvents(poolId).asStream().findFirst().orElseThrow(
                () -> CommandRejected.notFound("pool " + poolId + " does not exist"));
    }

    /** Executes command {@code type} on pool {@code poolId} with the given fields. */
    public CommandResult execute(String poolId, String type, JsonNode fields, boolean fillTime) {
        return execute(poolId, type, fields, fillTime, CommandCheck.NONE);
    }

    /**
     * Executes command {@code type} on pool {@code poolId} once {@code check} has accepted it (its fields
     * read, nothing sent yet); a refusal by the check changes nothing.
     */
    public CommandResult execute(String poolId, String type, JsonNode fields, boolean fillTime, CommandCheck check) {
        ProgramApi program = programOf(poolId);
        try (MDC.MDCCloseable pool = MDC.putCloseable("pool", poolId)) {
            return metrics.command(program.program(), type, () -> execute(program, poolId, type, fields, fillTime, check),
                    CommandResult::duplicate);
        } finally {
            MDC.remove("commandId");
        }
    }

    private CommandResult execute(ProgramApi program, String poolId, String type, JsonNode fields, boolean fillTime,
                                  CommandCheck check) {
        Class<? extends CommandRequest> requestType = program.commandTypes().get(type);
        if (requestType == null) {
            throw CommandRejected.invalid("pool " + poolId + " runs " + program.program() + ", which has no command "
                    + type + "; its commands: " + String.join(", ", new TreeSet<>(program.commandTypes().keySet())));
        }
        CommandKind kind = program.commandKinds().getOrDefault(type, CommandKind.OPERATOR);
        if (kind == CommandKind.OPERATOR) {
            // an operator command's check needs nothing from its fields: a caller who may not send it learns nothing more
            check.check(poolId, type, kind, null);
        }
        CommandRequest request = read(fields, requestType);
        if (kind == CommandKind.ACCOUNT) {
            check.check(poolId, type, kind, request);
        }
        if (request.commandId() != null) {
            MDC.put("commandId", request.commandId());
        }
        // Without an explicit time, the pool's aggregate takes the server's clock under its lock (ServerTime).
        Instant at = fillTime ? request.at() : Inputs.time(request.at());
        CommandOutcome outcome = gateway.send(poolId, request.toCommand(poolId, at));
        return new CommandResult(poolId, outcome.commandId(), outcome.duplicate(), outcome.events().stream()
                .map(e -> new CommandResult.EventView(e.getClass().getSimpleName(), e))
                .toList());
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
                    + ", which has no view " + name + "; its views: " + String.join(", ", new TreeSet<>(program.views())));
        }
        if (when.isNow()) {
            return metrics.view(program.program(), name, () -> program.view(name, request, views));
        }
        LedgerViews past = pastViews.of(request.pool(), when);
        if (request.at() != null) {
            return program.view(name, request, past);
        }
        Instant evaluatedAt = when.asOf() != null ? when.asOf() : past.directory().get(0).lastEventAt();
        return program.view(name, request.at(evaluatedAt), past);
    }

    public List<PoolSummary> pools() {
        viewSync.awaitCurrent();
        return views.directory();
    }

    public Map<String, ProgramApi> programs() {
        return programs;
    }

    private ProgramApi programOf(String poolId) {
        Inputs.text("pool", poolId);
        viewSync.awaitCurrent();
        String program = views.programOf(poolId).orElseGet(() -> {
            // Before saying "does not exist", look at the store itself: another writer may have created it.
            viewSync.refresh();
            return views.programOf(poolId)
                    .orElseThrow(() -> CommandRejected.notFound("pool " + poolId + " does not exist"));
        });
        return programs.get(program);
    }

    private <T> T read(JsonNode fields, Class<T> type) {
        JsonNode source = fields == null || fields.isNull() ? mapper.createObjectNode() : fields;
        if (!(source instanceof ObjectNode)) {
            throw CommandRejected.invalid("command fields must be a JSON object");
        }
        return JsonFields.read(mapper, source, type, null, "");
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
