package io.stakingledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.api.ViewFeeder;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import io.stakingledger.projections.PoolSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@LedgerAppTest
class ReplayAndStorageTest {

    @Autowired
    BatchRunner runner;
    @Autowired
    LedgerService ledger;
    @Autowired
    ViewFeeder feeder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper mapper;

    private static final String HISTORY = """
            {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z","shareCap":"3000000"},"at":"2026-01-01T00:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
            {"type":"ExerciseDcr","pool":"$pool","account":"alice","dcr":"800000","deposit":"100000","at":"2026-01-02T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"bob","amount":"1234.567890123456789","at":"2026-01-03T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
            {"type":"Withdraw","pool":"$pool","account":"alice","amount":"3333.333333333333333333","at":"2026-01-13T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"carol","amount":"2000000","at":"2026-01-13T00:00:00Z"}
            {"type":"Reserve","pool":"$pool","account":"dave","amount":"500","at":"2026-01-14T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-19T00:00:00Z"}
            """;

    /** Every view of these pools (other tests share the store, and some tamper with it on purpose). */
    private List<JsonNode> everyView(List<String> pools) {
        List<JsonNode> views = new ArrayList<>();
        for (PoolSummary summary : ledger.pools()) {
            if (!pools.contains(summary.pool())) {
                continue;
            }
            ViewRequest pool = new ViewRequest(summary.pool(), null, null, Map.of());
            views.add(mapper.valueToTree(ledger.view("pool", pool)));
            views.add(mapper.valueToTree(ledger.view("sharePrices", pool)));
            views.add(mapper.valueToTree(ledger.view("reservations", pool)));
            for (String account : List.of("alice", "bob", "carol", "dave")) {
                try {
                    views.add(mapper.valueToTree(ledger.view("position", new ViewRequest(summary.pool(), account, null, Map.of()))));
                } catch (io.stakingledger.core.common.CommandRejected absent) {
                    views.add(mapper.getNodeFactory().textNode(absent.getMessage()));
                }
            }
        }
        return views;
    }

    @Test
    void rebuildingTheViewsFromTheStoredEventsGivesTheSameAnswers() {
        Batch batch = new Batch(runner);
        List<String> pools = List.of(Batch.uniquePool("replay"), Batch.uniquePool("replay"));
        pools.forEach(pool -> assertThat(batch.run(pool, HISTORY)).isEmpty());
        List<JsonNode> live = everyView(pools);
        assertThat(live).hasSize(14);

        long replayed = feeder.rebuild();

        assertThat(replayed).isGreaterThanOrEqualTo(2 * 11);
        assertThat(everyView(pools)).isEqualTo(live);
    }

    @Test
    void eventsAreStoredAsReadableJsonWithDecimalsAsStrings() {
        String pool = Batch.uniquePool("json");
        new Batch(runner).run(pool, HISTORY);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT payloadType, payloadRevision, payload FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                        + "ORDER BY sequenceNumber", pool);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        Map<String, Object> stake = rows.stream()
                .filter(r -> r.get("PAYLOADTYPE").toString().endsWith("StakeDeposited")).findFirst().orElseThrow();
        assertThat(stake.get("PAYLOADREVISION")).isEqualTo("1");
        String payload = stake.get("PAYLOAD").toString();
        assertThat(payload).startsWith("{").contains("\"amount\":\"100000.000000000000000000\"");
    }
}
