package io.stakingledger.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.Inputs;
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
 * prints one JSON line per pool and exits 0 when every chain and law holds, 1 otherwise.
 * {@code scripts/ledger replay}: compares the views built at start-up with views rebuilt from the store
 * by an independent fold, prints the report and exits 1 on any difference.
 */
@Configuration
public class AuditCommandLine {

    @Bean
    @ConditionalOnProperty(name = "ledger.cli", havingValue = "replay")
    public ApplicationRunner replayStore(ReplayAudit replay, ObjectMapper mapper, ConfigurableApplicationContext context) {
        return args -> {
            ReplayReport report = replay.compare();
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
    public ApplicationRunner verifyStore(Auditor auditor, ObjectMapper mapper, Environment environment,
                                         ConfigurableApplicationContext context) {
        return args -> {
            String pool = environment.getProperty("ledger.cli.pool");
            if (pool != null) {
                try {
                    Inputs.identifier("--pool", pool);
                } catch (CommandRejected rejected) {
                    System.err.println(rejected.getMessage());
                    System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 64));
                    return;
                }
            }
            List<PoolAudit> audits;
            try {
                audits = pool == null ? auditor.auditAll() : List.of(auditor.audit(pool));
            } catch (CommandRejected rejected) {
                System.err.println(rejected.getMessage());
                System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 1));
                return;
            }
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            for (PoolAudit audit : audits) {
                out.println(mapper.writeValueAsString(audit));
            }
            long broken = audits.stream().filter(a -> !a.ok()).count();
            System.err.println(broken == 0
                    ? "OK: " + audits.size() + " pool(s) verified"
                    : "BROKEN: " + broken + " of " + audits.size() + " pool(s) fail verification");
            int code = broken == 0 ? 0 : 1;
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        };
    }
}
