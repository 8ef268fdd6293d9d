package io.stakingledger.app.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stores let the views skip the read on a request when this process committed nothing new. */
class ViewFeederStoreTest {

    @Test
    void anEmbeddedH2DatabaseHasThisProcessAsItsOnlyWriter() {
        assertThat(ViewFeeder.isExclusive("jdbc:h2:file:./data/ledger;DB_CLOSE_ON_EXIT=FALSE")).isTrue();
        assertThat(ViewFeeder.isExclusive("jdbc:h2:mem:ledger-batch;DB_CLOSE_DELAY=-1")).isTrue();
        assertThat(ViewFeeder.isExclusive("jdbc:h2:./data/ledger")).isTrue();
    }

    @Test
    void sharedStoresAreReadOnEveryRequest() {
        assertThat(ViewFeeder.isExclusive("jdbc:postgresql://db/ledger")).isFalse();
        assertThat(ViewFeeder.isExclusive("jdbc:h2:tcp://localhost/~/ledger")).isFalse();
        assertThat(ViewFeeder.isExclusive("jdbc:h2:file:./data/ledger;AUTO_SERVER=TRUE")).isFalse();
        assertThat(ViewFeeder.isExclusive("")).isFalse();
    }
}
