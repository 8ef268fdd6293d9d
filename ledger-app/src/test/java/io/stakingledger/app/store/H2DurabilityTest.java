package io.stakingledger.app.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every embedded H2 file store is opened with the settings an acknowledgement depends on. */
class H2DurabilityTest {

    @Test
    void anH2FileStoreWritesEachCommitAndNoTraceFile() {
        assertThat(H2Durability.durable("jdbc:h2:file:./data/ledger;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:./data/ledger;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    @Test
    void anOperatorsWeakerSettingIsReplaced() {
        assertThat(H2Durability.durable("jdbc:h2:/srv/ledger;write_delay=500;TRACE_LEVEL_FILE=2;IFEXISTS=TRUE"))
                .isEqualTo("jdbc:h2:/srv/ledger;IFEXISTS=TRUE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
    }

    @Test
    void otherStoresAreLeftAsConfigured() {
        assertThat(H2Durability.durable("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
        assertThat(H2Durability.durable("jdbc:postgresql://db/ledger")).isEqualTo("jdbc:postgresql://db/ledger");
    }
}
