package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * Every event that touched one account of one pool, in the pool's order, each with the account's
 * position as it stood right after that event.
 */
public record AccountStatement(String pool, String program, String account, List<Entry> entries) {

    /**
     * One event of the account.
     *
     * @param sequence the event's sequence number within the pool (0 is the pool's creation)
     * @param type     the event's name, e.g. {@code StakeDeposited}
     * @param actor    who sent the command that wrote it ({@code key:<keyId>}, {@code jwt:<subject>},
     *                 {@code batch}, {@code local}); null for events stored before actors were recorded
     * @param event    the event's fields as the API writes them (decimals as plain strings)
     * @param position the position view right after the event, evaluated at its {@code at}; null when the
     *                 program shows no position for the account at that point
     */
    public record Entry(long sequence, Instant at, String type, String actor, JsonNode event, JsonNode position) {
    }
}
