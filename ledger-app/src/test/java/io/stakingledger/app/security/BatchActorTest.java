package io.stakingledger.app.security;

import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.audit.Auditor;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code scripts/ledger run} has no caller: its events record the actor {@code batch}, and their chain verifies. */
class BatchActorTest {

    @Test
    void batchCommandsAreRecordedAsTheBatchActor() {
        try (ConfigurableApplicationContext batch = new SpringApplicationBuilder(LedgerApplication.class)
                .profiles("batch").run("--spring.datasource.url=jdbc:h2:mem:ledger-batch-actor;DB_CLOSE_DELAY=-1")) {
            assertThat(new Batch(batch.getBean(BatchRunner.class)).runExactly("""
                    {"type":"CreatePool","pool":"b","program":"vote-escrow","at":"2026-01-01T00:00:00Z"}
                    {"type":"Lock","pool":"b","account":"alice","amount":"5","term":"4M","at":"2026-01-02T00:00:00Z"}
                    """)).isEmpty();
            List<String> metaData = batch.getBean(JdbcTemplate.class).queryForList(
                    "SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = 'b'", String.class);
            assertThat(metaData).hasSize(2).allMatch(m -> m.contains("\"actor\":\"batch\""));
            assertThat(batch.getBean(Auditor.class).audit("b").ok()).isTrue();
        }
    }
}
