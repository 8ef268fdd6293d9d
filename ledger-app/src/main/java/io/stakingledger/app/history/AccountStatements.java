package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.app.audit.HashChain;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Inputs;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.projections.LedgerViews;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds account statements in one pass over the pool's stored events: each event is folded into a
 * fresh read model once, and the position is read after every event whose {@code account} is the
 * statement's account. Pool-wide events (an epoch closing, a price set) move the fold but get no row.
 */
@Service
public class AccountStatements {

    private final HistoricalViews history;
    private final LedgerService ledger;
    private final ObjectMapper mapper;

    public AccountStatements(HistoricalViews history, LedgerService ledger, ObjectMapper mapper) {
        this.history = history;
        this.ledger = ledger;
        this.mapper = mapper;
    }

    /**
     * @throws CommandRejected NOT_FOUND when the pool does not exist or no event of it names the account
     */
    public AccountStatement statement(String poolId, String account) {
        Inputs.identifier("pool", poolId);
        Inputs.identifier("account", account);
        LedgerViews views = history.freshViews();
        List<AccountStatement.Entry> entries = new ArrayList<>();
        ProgramApi program = null;
        try (Stream<? extends DomainEventMessage<?>> events = history.eventsOf(poolId)) {
            Iterator<? extends DomainEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                DomainEventMessage<?> message = iterator.next();
                Object event = message.getPayload();
                views.apply(event);
                if (program == null) {
                    program = views.programOf(poolId).map(ledger.programs()::get).orElse(null);
                }
                JsonNode fields = mapper.valueToTree(event);
                if (program != null && account.equals(fields.path("account").textValue())) {
                    Instant at = event instanceof PoolEvent e ? e.at() : message.getTimestamp();
                    Object actor = message.getMetaData().get(HashChain.ACTOR);
                    entries.add(new AccountStatement.Entry(message.getSequenceNumber(), at,
                            event.getClass().getSimpleName(), actor instanceof String named ? named : null, fields, positionAfter(program, views, poolId, account, at)));
                }
            }
        }
        if (program == null) {
            throw CommandRejected.notFound("pool " + poolId + " does not exist");
        }
        if (entries.isEmpty()) {
            throw CommandRejected.notFound("no event of pool " + poolId + " touches account " + account);
        }
        return new AccountStatement(poolId, program.program(), account, entries);
    }

    private JsonNode positionAfter(ProgramApi program, LedgerViews views, String poolId, String account, Instant at) {
        try {
            return mapper.valueToTree(program.view("position", new ViewRequest(poolId, account, at, Map.of()), views));
        } catch (CommandRejected noPosition) {
            // An account can be named by an event before it holds a position (e.g. base points set before staking).
            return null;
        }
    }
}
