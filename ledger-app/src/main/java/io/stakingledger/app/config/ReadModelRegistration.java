package io.stakingledger.app.config;

import io.stakingledger.projections.LedgerViews;

/** A program's contribution to the views: which creation event starts which read model. One bean per program. */
@FunctionalInterface
public interface ReadModelRegistration {

    void register(LedgerViews views);
}
