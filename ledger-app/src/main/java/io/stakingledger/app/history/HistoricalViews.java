package io.stakingledger.app.history;

import io.stakingledger.app.api.PastViews;
import io.stakingledger.app.api.PointInTime;
import io.stakingledger.app.config.ReadModelRegistration;
import io.stakingledger.core.Programs;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.ProgramDefinition;
import io.stakingledger.projections.LedgerViews;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Point-in-time views: folds one pool's stored events, up to a business instant or an epoch's close,
 * into a fresh {@link LedgerViews} built from the same program registrations as the live views. The
 * events come through the event store, so upcasters turn old revisions into the current records first.
 * Costs one read of the pool's stream per question; the live views are never touched.
 */
@Component
public class HistoricalViews implements PastViews {

    private final EventStore eventStore;
    private final List<ReadModelRegistration> programs;

    public HistoricalViews(EventStore eventStore, List<ReadModelRegistration> programs) {
        this.eventStore = eventStore;
        this.programs = programs;
    }

    /** Empty views that know every program, as the live ones do at start. */
    public LedgerViews freshViews() {
        LedgerViews views = new LedgerViews();
        programs.forEach(program -> program.register(views));
        return views;
    }

    /** The pool's stored events in sequence order; close the stream. */
    public Stream<? extends DomainEventMessage<?>> eventsOf(String poolId) {
        return eventStore.readEvents(poolId).asStream();
    }

    @Override
    public LedgerViews of(String poolId, PointInTime when) {
        if (when.isNow()) {
            throw new IllegalArgumentException("the live views answer for now");
        }
        LedgerViews views = freshViews();
        ProgramDefinition<?, ?, ?> definition = null;
        boolean epochFound = false;
        int epochsClosed = 0;
        try (Stream<? extends DomainEventMessage<?>> events = eventsOf(poolId)) {
            Iterator<? extends DomainEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                Object event = iterator.next().getPayload();
                if (definition == null) {
                    definition = Programs.ofCreationEvent(event.getClass()).orElse(null);
                }
                // Business time never goes backwards within a pool, so the first later event ends the fold.
                if (when.asOf() != null && event instanceof PoolEvent e && e.at().isAfter(when.asOf())) {
                    break;
                }
                views.apply(event);
                OptionalInt closed = definition == null ? OptionalInt.empty() : definition.epochClosedBy(event);
                if (closed.isPresent()) {
                    epochsClosed = closed.getAsInt();
                    if (when.asOfEpoch() != null && epochsClosed == when.asOfEpoch()) {
                        epochFound = true;
                        break;
                    }
                }
            }
        }
        String program = views.programOf(poolId).orElseThrow(() -> CommandRejected.notFound(
                "pool " + poolId + (when.asOf() != null ? " did not exist at " + when.asOf() : " does not exist")));
        if (when.asOfEpoch() != null && !epochFound) {
            if (definition == null || !definition.hasEpochs()) {
                String withEpochs = Programs.ALL.stream().filter(ProgramDefinition::hasEpochs)
                        .map(ProgramDefinition::program).collect(Collectors.joining(", "));
                throw CommandRejected.invalid("asOfEpoch applies to " + withEpochs + " pools; pool " + poolId + " runs "
                        + program + ", ask with asOf (an instant) instead");
            }
            throw CommandRejected.notFound("epoch " + when.asOfEpoch() + " of pool " + poolId + " has not closed; "
                    + epochsClosed + " epoch" + (epochsClosed == 1 ? " has" : "s have") + " closed so far");
        }
        return views;
    }
}
