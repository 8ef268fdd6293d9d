package io.stakingledger.app;

import io.stakingledger.app.cli.CommandLineTool;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LedgerApplication {

    static {
        // The ledger must not talk to anything but its own store: Axon's update checker would call home.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    public static void main(String[] args) {
        if (CommandLineTool.isTool(args)) {
            CommandLineTool.run(LedgerApplication.class, args);
        } else {
            SpringApplication.run(LedgerApplication.class, args);
        }
    }
}
