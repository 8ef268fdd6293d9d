package io.stakingledger.app.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stores have this process as their only writer, and where an H2 file store lives. */
class LedgerStoreTest {

    @Test
    void anEmbeddedH2DatabaseHasThisProcessAsItsOnlyWriter() {
        assertThat(LedgerStore.isExclusive("jdbc:h2:file:./data/ledger;DB_CLOSE_ON_EXIT=FALSE")).isTrue();
        assertThat(LedgerStore.isExclusive("jdbc:h2:mem:ledger-batch;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(LedgerStore.isExclusive("jdbc:h2:./data/ledger")).isTrue();
    }

    @Test
    void sharedStoresAreReadOnEveryRequest() {
        assertThat(LedgerStore.isExclusive("jdbc:postgresql://db/ledger")).isFalse();
        assertThat(LedgerStore.isExclusive("jdbc:h2:tcp://localhost/~/ledger")).isFalse();
        assertThat(LedgerStore.isExclusive("jdbc:h2:file:./data/ledger;AUTO_SERVER=TRUE")).isFalse();
        assertThat(LedgerStore.isExclusive("")).isFalse();
    }

    @Test
    void anH2FileStoreIsFoundInItsUrl() {
        assertThat(LedgerStore.h2File("jdbc:h2:file:./data/ledger;WRITE_DELAY=0")).contains(Path.of("./data/ledger"));
        assertThat(LedgerStore.h2File("jdbc:h2:/srv/ledger")).contains(Path.of("/srv/ledger"));
        assertThat(LedgerStore.h2File("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(LedgerStore.h2File("jdbc:postgresql://db/ledger")).isEmpty();
    }
}
