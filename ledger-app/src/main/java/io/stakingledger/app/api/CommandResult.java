package io.stakingledger.app.api;

import io.stakingledger.core.common.fields.OptionalField;

import java.util.List;

/**
 * What a command did, as the API reports it: the events appended, each with its type name.
 * {@code duplicate} is true when the {@code commandId} had been applied before and these are the
 * events of that first application.
 */
public record CommandResult(String pool, @OptionalField String commandId, boolean duplicate, List<EventView> events) {

    public record EventView(String type, Object payload) {
    }
}
