package io.stakingledger.app.audit;

import io.stakingledger.app.config.ReadModelRegistration;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.PoolReadModel;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Audits pools from the store alone: recomputes the hash chain from the raw rows, folds the events
 * into a fresh read model (never the live one) and checks the program's conservation laws on it.
 */
@Component
public class Auditor {

    private final ChainVerifier chains;
    private final EventRows rows;
    private final EventStore eventStore;
    private final List<ReadModelRegistration> programs;

    public Auditor(ChainVerifier chains, EventRows rows, EventStore eventStore, List<ReadModelRegistration> programs) {
        this.chains = chains;
        this.rows = rows;
        this.eventStore = eventStore;
        this.programs = programs;
    }

    public PoolAudit audit(String pool) {
        ChainReport chain = chains.verify(pool);
        if (chain.events() == 0 && chain.ok()) {
            throw CommandRejected.notFound("pool " + pool + " does not exist");
        }
        LedgerViews fresh = new LedgerViews();
        programs.forEach(program -> program.register(fresh));
        eventStore.readEvents(pool).asStream().forEach(message -> fresh.apply(message.getPayload()));
        PoolReadModel model = fresh.model(pool).orElse(null);
        List<ConservationCheck> conservation = model == null ? List.of() : ConservationAudit.check(model.state());
        boolean ok = chain.ok() && conservation.stream().allMatch(ConservationCheck::ok);
        return new PoolAudit(pool, model == null ? null : model.program(), ok, chain, conservation);
    }

    public List<PoolAudit> auditAll() {
        return pools().stream().map(this::audit).toList();
    }

    /** Every pool with a stored event. */
    public List<String> pools() {
        return rows.pools();
    }
}
