package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.config.JsonConfiguration;
import io.stakingledger.core.common.PoolEvent;
import io.stakingledger.core.common.ProgramState;
import io.stakingledger.core.earlystaking.EarlyStakingPoolCreated;
import io.stakingledger.core.earlystaking.EarlyStakingState;
import io.stakingledger.core.governancemining.GovernanceMiningPoolCreated;
import io.stakingledger.core.governancemining.GovernanceMiningState;
import io.stakingledger.core.pointsboost.PointsBoostPoolCreated;
import io.stakingledger.core.pointsboost.PointsBoostState;
import io.stakingledger.core.voteescrow.VoteEscrowPoolCreated;
import io.stakingledger.core.voteescrow.VoteEscrowState;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The raw limit of a replay on this machine: the stored events read with plain JDBC in global order,
 * their payload JSON deserialized with the event mapper, and folded through each program's state, with
 * no framework in between. Pages through the table by global index as the storage engine does.
 */
public final class RawReplay {

    private static final Map<Class<?>, Supplier<ProgramState>> PROGRAMS = Map.of(
            EarlyStakingPoolCreated.class, EarlyStakingState::new,
            PointsBoostPoolCreated.class, PointsBoostState::new,
            GovernanceMiningPoolCreated.class, GovernanceMiningState::new,
            VoteEscrowPoolCreated.class, VoteEscrowState::new);

    private final DataSource dataSource;
    private final int pageSize;
    private final ObjectMapper mapper = JsonConfiguration.eventMapper();
    private final Map<String, Class<?>> types = new HashMap<>();

    public RawReplay(DataSource dataSource, int pageSize) {
        this.dataSource = dataSource;
        this.pageSize = pageSize;
    }

    /** Folds every stored event; returns the number of events and the states by pool. */
    public Result run() {
        Map<String, ProgramState> pools = new HashMap<>();
        long events = 0;
        long last = -1;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT globalIndex, payloadType, payload "
                     + "FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex LIMIT ?")) {
            select.setFetchSize(pageSize);
            while (true) {
                select.setLong(1, last);
                select.setInt(2, pageSize);
                int page = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        Object event = mapper.readValue(rows.getString(3), type(rows.getString(2)));
                        fold(pools, event);
                        page++;
                    }
                }
                events += page;
                if (page < pageSize) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("raw replay failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(events, pools);
    }

    private static void fold(Map<String, ProgramState> pools, Object event) {
        if (!(event instanceof PoolEvent poolEvent)) {
            return;
        }
        Supplier<ProgramState> program = PROGRAMS.get(event.getClass());
        ProgramState state = program != null
                ? pools.computeIfAbsent(poolEvent.poolId(), id -> program.get())
                : pools.get(poolEvent.poolId());
        if (state != null) {
            state.evolve(event);
        }
    }

    private Class<?> type(String name) {
        return types.computeIfAbsent(name, n -> {
            try {
                return Class.forName(n);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("unknown payload type " + n, e);
            }
        });
    }

    public record Result(long events, Map<String, ProgramState> pools) {
    }
}
