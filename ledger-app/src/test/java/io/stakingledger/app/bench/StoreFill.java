package io.stakingledger.app.bench;

import io.stakingledger.app.LedgerApplication;
import io.stakingledger.app.api.LedgerService;
import io.stakingledger.app.config.JsonConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/**
 * Stores a batch-format history in a store in-process (no HTTP), for a benchmark run on a build without
 * {@code scripts/ledger import}: the restart and replay figures still need the full store. Run by
 * {@link Bench} as a process of its own, while no server holds the store.
 * Arguments: Spring properties, with {@code --ledger.bench.fill=FILE}.
 */
public final class StoreFill {

    private StoreFill() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("bench");
        int code = 0;
        try (ConfigurableApplicationContext context = application.run(args)) {
            Path file = Path.of(context.getEnvironment().getRequiredProperty("ledger.bench.fill"));
            Ingest.Outcome outcome = new Ingest(context.getBean(LedgerService.class), JsonConfiguration.apiMapper()).run(file);
            System.out.printf("stored %,d commands (%,d rejected) in %.1f s%n", outcome.commands(), outcome.rejected,
                    outcome.seconds);
            if (outcome.rejected > 0) {
                System.out.println("rejections: " + outcome.rejections);
                code = 1;
            }
        }
        System.exit(code);
    }
}
