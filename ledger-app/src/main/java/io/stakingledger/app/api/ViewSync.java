package io.stakingledger.app.api;

import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the views: before answering, apply every event committed so far. Costs one
 * indexed read of the store when the views are already current.
 */
@Component
public class ViewSync {

    private final ViewFeeder feeder;

    public ViewSync(ViewFeeder feeder) {
        this.feeder = feeder;
    }

    public void awaitCurrent() {
        feeder.catchUp();
    }

    /** Reads the store even when this process wrote nothing since (rows written by someone else). */
    public void refresh() {
        feeder.refresh();
    }
}
