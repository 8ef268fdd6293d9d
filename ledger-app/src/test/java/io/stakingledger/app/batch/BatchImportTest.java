package io.stakingledger.app.batch;

import io.stakingledger.app.api.LedgerGateway;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code scripts/ledger import}: chunks of commands per transaction, a stop at the first rejected line, resumable. */
@LedgerAppTest
class BatchImportTest {

    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerGateway gateway;
    @Autowired
    JdbcTemplate jdbc;

    private static final String HISTORY = """
            {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"shareCap":"1000","start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"alice","amount":"100","at":"2026-01-02T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"bob","amount":"200","at":"2026-01-02T00:00:00Z"}
            {"query":"pool","pool":"$pool"}
            {"type":"Stake","pool":"$pool","account":"carol","amount":"300","at":"2026-01-03T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"dave","amount":"%s","at":"2026-01-03T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"erin","amount":"10","at":"2026-01-04T00:00:00Z"}
            """;

    private BatchImport.Summary importText(String text) throws IOException {
        return new BatchImport(ledger, gateway, 2).run(new StringReader(text));
    }

    private long stored(String pool) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, pool);
    }

    @Test
    void importsEveryCommandInChunksAndSkipsQueries() throws IOException {
        String pool = Batch.uniquePool("import");
        BatchImport.Summary summary = importText(HISTORY.replace("$pool", pool).formatted("5"));

        assertThat(summary.commands()).isEqualTo(6);
        assertThat(summary.queriesSkipped()).isEqualTo(1);
        assertThat(summary.chunks()).isEqualTo(3);
        assertThat(stored(pool)).isEqualTo(6);
        assertThat(ledger.view("pool", new io.stakingledger.app.api.ViewRequest(pool, null, null, java.util.Map.of()))
                .toString()).contains("principalShares=615");
    }

    @Test
    void stopsAtTheFirstRejectedLineWithNothingOfItsChunkStoredAndResumesOnASecondRun() throws IOException {
        String pool = Batch.uniquePool("import");
        // line 6 passes the cap (1000): its chunk is lines 5 and 6, so carol's line 5 is not stored either
        String broken = HISTORY.replace("$pool", pool).formatted("5000");

        assertThatThrownBy(() -> importText(broken))
                .isInstanceOfSatisfying(BatchImport.Stopped.class, stopped -> {
                    assertThat(stopped.line()).isEqualTo(6);
                    assertThat(stopped.firstNotStored()).isEqualTo(4); // line 4 is a query
                    assertThat(stopped.getMessage()).contains("line 6 rejected").contains("cap");
                });
        assertThat(stored(pool)).isEqualTo(3);

        BatchImport.Summary resumed = importText(HISTORY.replace("$pool", pool).formatted("5"));
        assertThat(resumed.duplicates()).isEqualTo(2);
        assertThat(stored(pool)).isEqualTo(6);
        BatchImport.Summary again = importText(HISTORY.replace("$pool", pool).formatted("5"));
        assertThat(again.duplicates()).isEqualTo(5);
        assertThat(stored(pool)).isEqualTo(6);
    }

    @Test
    void aLineChangedSinceItWasStoredIsRefusedNotAppliedTwice() throws IOException {
        String pool = Batch.uniquePool("import");
        importText(HISTORY.replace("$pool", pool).formatted("5"));
        String changed = HISTORY.replace("$pool", pool).formatted("5").replace("\"amount\":\"200\"", "\"amount\":\"201\"");

        // line 3 keeps its id (its number) and was stored as another command
        assertThatThrownBy(() -> importText(changed)).isInstanceOfSatisfying(BatchImport.Stopped.class,
                stopped -> assertThat(stopped.line()).isEqualTo(3));
        assertThat(stored(pool)).isEqualTo(6);
    }
}
