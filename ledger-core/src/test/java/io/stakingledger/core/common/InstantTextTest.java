package io.stakingledger.core.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The instant and duration grammar at its edges. */
class InstantTextTest {

    @Test
    void instantsWithAZoneAreRead() {
        assertThat(InstantText.parse("at", "2026-01-05T00:00:00Z")).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(InstantText.parse("at", "2026-01-05T09:00:00.250+09:00"))
                .isEqualTo(Instant.parse("2026-01-05T00:00:00.250Z"));
        assertThat(InstantText.parse("at", "1970-01-01T00:00:00Z")).isEqualTo(InstantText.EARLIEST);
        assertThat(InstantText.parse("at", "9999-12-31T23:59:59Z")).isEqualTo(InstantText.LATEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u0000", "1767225600", "2026-01-05", "2026-01-05T00:00:00", "2026-01-05T00:00Z",
            "2026-01-05 00:00:00Z", "2026-01-05t00:00:00z", " 2026-01-05T00:00:00Z", "2026-01-05T00:00:00Z ",
            "+1000000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-2026-01-05T00:00:00Z", "now", "yesterday",
            "2026-01-05T00:00:00.1234567891Z", "\u0662\u0660\u0662\u0666-01-05T00:00:00Z", "2026-01-05T00:00:00+0100"})
    void anythingElseIsRefused(String text) {
        assertThatThrownBy(() -> InstantText.parse("at", text))
                .isInstanceOf(CommandRejected.class)
                .hasMessageStartingWith("field at: ")
                .hasMessageContaining("is not an ISO-8601 instant with a zone");
    }

    @Test
    void impossibleDatesAndTimesAreRefused() {
        assertThatThrownBy(() -> InstantText.parse("at", "2026-02-30T00:00:00Z")).hasMessageContaining("no such date");
        assertThatThrownBy(() -> InstantText.parse("at", "2026-01-05T24:00:00Z")).hasMessageContaining("no such date");
        assertThatThrownBy(() -> InstantText.parse("at", "2026-01-05T00:00:00+25:00")).hasMessageContaining("no such");
    }

    @Test
    void instantsBefore1970AreRefused() {
        assertThatThrownBy(() -> InstantText.parse("at", "1969-12-31T23:59:59Z"))
                .hasMessage("at must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z, got 1969-12-31T23:59:59Z");
        assertThatThrownBy(() -> InstantText.parse("at", "9999-12-31T23:59:59-01:00"))
                .hasMessageContaining("must lie between");
    }

    @Test
    void durationsOfDaysAndTimeAreRead() {
        assertThat(InstantText.duration("d", "P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(InstantText.duration("d", "PT72H")).isEqualTo(Duration.ofHours(72));
        assertThat(InstantText.duration("d", "P1DT12H")).isEqualTo(Duration.ofHours(36));
        assertThat(InstantText.duration("d", "PT0.5S")).isEqualTo(Duration.ofMillis(500));
        assertThat(InstantText.duration("d", "PT0S")).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "7", "P7", "-P7D", "P-7D", "p7d", "P1W", "P1M", "P1Y", "PT2562047788015215H",
            "P7D ", " P7D", "sixty days", "PT1.S"})
    void otherDurationsAreRefused(String text) {
        assertThatThrownBy(() -> InstantText.duration("maturation", text))
                .hasMessageStartingWith("field maturation: ")
                .hasMessageContaining("is not an ISO-8601 duration");
    }
}
