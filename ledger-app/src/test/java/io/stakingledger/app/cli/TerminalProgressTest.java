package io.stakingledger.app.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalProgressTest {

    @Test
    void aProgressLineShowsTheCountTheRateAndTheTimeLeft() {
        assertThat(TerminalProgress.line("events replayed", 500_000, 2_000_000, Duration.ofSeconds(10)))
                .isEqualTo("500,000 of 2,000,000 events replayed, 50,000/s, about 0:30 left   ");
    }

    @Test
    void withoutATotalThereIsNoTimeLeft() {
        assertThat(TerminalProgress.line("events exported", 1_200, 0, Duration.ofSeconds(2)))
                .isEqualTo("1,200 events exported, 600/s   ");
    }
}
