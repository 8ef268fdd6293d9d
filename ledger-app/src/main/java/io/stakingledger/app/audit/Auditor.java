package io.stakingledger.app.audit;

import io.stakingledger.app.config.ReadModelRegistration;
import io.stakingledger.app.api.ProblemHandler;
import io.stakingledger.app.store.AppliedCommandsCheck;
import io.stakingledger.app.store.StoredAppliedCommands;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.projections.LedgerViews;
import io.stakingledger.projections.PoolReadModel;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Audits pools from the store alone: recomputes the hash chain from the raw rows, folds the events
 * into a fresh read model (never the live one) and checks the program's conservation laws on it. A pool
 * whose events cannot be folded fails its own audit; the others are audited as usual.
 */
@Component
public class Auditor {

    private static final Logger log = LoggerFactory.getLogger(Auditor.class);

    private final ChainVerifier chains;
    private final EventRows rows;
    private final EventStore eventStore;
    private final List<ReadModelRegistration> programs;
    private final StoredAppliedCommands applied;

    public Auditor(ChainVerifier chains, EventRows rows, EventStore eventStore, List<ReadModelRegistration> programs,
                   StoredAppliedCommands applied) {
        this.applied = applied;
        this.chains = chains;
        this.rows = rows;
        this.eventStore = eventStore;
        this.programs = programs;
    }

    /** Audits pool {@code pool}, named by a caller (its name must be an identifier). */
    public PoolAudit audit(String pool) {
        return auditStored(Inputs.identifier("pool", pool));
    }

    /** Audits a pool whose id was read from the store (see {@link #pools()}), not given by a caller. */
    public PoolAudit auditStored(String pool) {
        ChainReport chain = chains.verify(pool);
        if (chain.events() == 0 && chain.ok()) {
            throw CommandRejected.notFound("pool " + pool + " does not exist");
        }
        LedgerViews fresh = new LedgerViews();
        programs.forEach(program -> program.register(fresh));
        try {
            StoredAppliedCommands.Audit commandRows = applied.audit(pool);
            eventStore.readEvents(pool).asStream().forEach(message -> {
                commandRows.add(message);
                fresh.apply(message.getPayload());
            });
            AppliedCommandsCheck commands = commandRows.finish();
            String folding = fresh.failures().get(pool);
            if (folding != null) {
                return new PoolAudit(pool, fresh.programOf(pool).orElse(null), false, chain, List.of(), commands,
                        "the pool's events could not be folded into its state: " + folding + " (see the log)");
            }
            PoolReadModel model = fresh.model(pool).orElse(null);
            List<ConservationCheck> conservation = model == null ? List.of() : ConservationAudit.check(model.state());
            boolean ok = chain.ok() && conservation.stream().allMatch(ConservationCheck::ok) && commands.ok();
            return new PoolAudit(pool, model == null ? null : model.program(), ok, chain, conservation, commands, null);
        } catch (RuntimeException failure) {
            String id = ProblemHandler.newErrorId();
            log.error("audit of pool {} failed ({})", pool, id, failure);
            return new PoolAudit(pool, fresh.programOf(pool).orElse(null), false, chain, List.of(), null,
                    "the pool's events could not be folded into its state; the failure is logged as " + id);
        }
    }

    /** Every pool of the store; a pool that cannot be audited is reported as failed and the others go on. */
    public List<PoolAudit> auditAll() {
        return pools().stream().map(this::auditStored).toList();
    }

    /** Every pool with a stored event. */
    public List<String> pools() {
        return rows.pools();
    }
}
