package io.stakingledger.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.cli.TerminalProgress;
import io.stakingledger.app.store.StoreCheckpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code scripts/ledger verify}: audits every pool (or {@code ledger.cli.pool}) of the configured store,
 * prints one JSON line per pool and exits 0 when every chain and law holds and the store holds everything its
 * checkpoint recorded, 1 otherwise.
 * {@code scripts/ledger replay}: compares the views built at start-up with views rebuilt from the store
 * by an independent fold, prints the report and exits 1 on any difference.
 */
@Configuration
public class AuditCommandLine {

    @Bean
    @ConditionalOnProperty(name = "ledger.cli", havingValue = "replay")
    public ApplicationRunner replayStore(ReplayAudit replay, ObjectMapper mapper, ConfigurableApplicationContext context,
                                         JdbcTemplate jdbc) {
        java.util.function.LongSupplier storeHead = () -> java.util.Optional.ofNullable(
                jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class)).orElse(0L);
        return args -> {
            ReplayReport report;
            try (TerminalProgress shown = TerminalProgress.show("events replayed", replay::progress, storeHead.getAsLong())) {
                report = replay.compare();
            }
            new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8)
                    .println(mapper.writeValueAsString(report));
            System.err.println(report.identical()
                    ? "IDENTICAL: " + report.viewsCompared() + " view answers of " + report.pools() + " pool(s) after replaying "
                    + report.eventsReplayed() + " events"
                    : "DIFFERENT: " + report.differences().size() + " view answer(s) differ, "
                    + report.failures().size() + " pool(s) could not be replayed");
            int code = report.identical() ? 0 : 1;
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        };
    }

    @Bean
    @ConditionalOnProperty(name = "ledger.cli", havingValue = "verify")
    public ApplicationRunner verifyStore(Auditor auditor, StoreCheckpoint checkpoint, ObjectMapper mapper,
                                         Environment environment, ConfigurableApplicationContext context) {
        return args -> {
            String pool = environment.getProperty("ledger.cli.pool");
            // A wrong --pool is a usage error (64), an unknown one "not found" (66): see cli/CommandLineTool.
            List<PoolAudit> audits = new java.util.ArrayList<>();
            if (pool != null && !pool.isBlank()) {
                audits.add(auditor.audit(pool));
            } else {
                List<String> pools = auditor.pools();
                try (TerminalProgress shown = TerminalProgress.show("pools verified", audits::size, pools.size())) {
                    for (String each : pools) {
                        audits.add(auditor.auditStored(each));
                    }
                }
            }
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            for (PoolAudit audit : audits) {
                out.println(mapper.writeValueAsString(audit));
            }
            long broken = audits.stream().filter(a -> !a.ok()).count();
            List<String> behind = checkpoint.compare();
            behind.forEach(difference -> System.err.println("BEHIND CHECKPOINT: " + difference));
            System.err.println(broken == 0
                    ? "OK: " + audits.size() + " pool(s) verified"
                    : "BROKEN: " + broken + " of " + audits.size() + " pool(s) fail verification");
            if (!behind.isEmpty()) {
                System.err.println("BROKEN: the store lost or changed history recorded in its checkpoint "
                        + checkpoint.file().orElseThrow());
            }
            int code = broken == 0 && behind.isEmpty() ? 0 : 1;
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        };
    }
}
