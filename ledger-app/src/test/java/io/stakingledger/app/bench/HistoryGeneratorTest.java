package io.stakingledger.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.api.ViewRequest;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.config.JsonConfiguration;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke test of the benchmark's history generators (the benchmark itself is {@code scripts/bench} and
 * never runs in the build): a seed always gives the same lines, and the lines are commands the ledger
 * accepts.
 */
@LedgerAppTest
class HistoryGeneratorTest {

    private static final ObjectMapper JSON = JsonConfiguration.apiMapper();

    @Autowired
    BatchRunner runner;
    @Autowired
    LedgerService ledger;

    private static List<String> early(String pool, long seed, int accounts, long commands) {
        List<String> lines = new ArrayList<>();
        new EarlyStakingHistory(pool, seed, accounts, commands).generate(line -> lines.add(line.toString()));
        return lines;
    }

    private static List<String> others(String prefix, long seed) {
        List<String> lines = new ArrayList<>();
        new OtherProgramsHistory(seed, 20, 150).generate(prefix, line -> lines.add(line.toString()));
        return lines;
    }

    @Test
    void aSeedAlwaysGivesTheSameHistory() {
        assertThat(early("p", 7, 300, 2_000)).isEqualTo(early("p", 7, 300, 2_000));
        assertThat(early("p", 7, 300, 2_000)).isNotEqualTo(early("p", 8, 300, 2_000));
        assertThat(others("o", 7)).isEqualTo(others("o", 7));
    }

    @Test
    void threeThousandGeneratedEarlyStakingCommandsAreAllAcceptedAndTheMirrorMatchesThePool() throws Exception {
        String pool = Batch.uniquePool("bench");
        EarlyStakingHistory history = new EarlyStakingHistory(pool, 42, 300, 3_000);
        List<String> lines = new ArrayList<>();
        history.generate(line -> lines.add(line.toString()));
        Map<String, Integer> types = new TreeMap<>();
        for (String line : lines) {
            types.merge(JSON.readTree(line).get("type").asText(), 1, Integer::sum);
        }

        List<String> output = runner.run(String.join("\n", lines));

        assertThat(lines.size()).isBetween(2_900, 3_100);
        // every kind of command the issue asks for appears in a history of this size (the cap binds)
        assertThat(types).containsKeys("CreatePool", "Purchase", "Stake", "ExerciseDcr", "Withdraw", "CloseEpoch",
                "Reserve", "CancelReservation", "RealizeReservations", "ConvertPrincipal");
        assertThat(types.get("CloseEpoch")).isEqualTo(52);
        assertThat(lines).anyMatch(l -> l.contains("\"Withdraw\"") && l.contains("\"all\""));
        assertThat(lines).anyMatch(l -> l.contains("\"ExerciseDcr\"") && l.contains("\"deposit\""));
        assertThat(output).as("rejections").isEmpty();
        var view = JSON.valueToTree(ledger.view("pool", new ViewRequest(pool, null, null, Map.of())));
        assertThat(new BigDecimal(view.get("totalShares").asText()))
                .isEqualByComparingTo(history.mirror().weightedShares().value());
        assertThat(new BigDecimal(view.get("assets").asText())).isEqualByComparingTo(history.mirror().assets().value());
        assertThat(new BigDecimal(view.get("debt").asText())).isEqualByComparingTo(history.mirror().debt().value());
    }

    @Test
    void theOtherProgramsHistoriesAreAccepted() {
        List<String> lines = others(Batch.uniquePool("bench"), 42);

        assertThat(runner.run(String.join("\n", lines))).as("rejections").isEmpty();
    }
}
