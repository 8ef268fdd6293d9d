package io.stakingledger.app.api;

import io.stakingledger.projections.LedgerViews;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one staking program offers the REST API and the batch format: how to create its pools, which
 * commands it accepts (the domain reference's names) and which views it answers. One Spring bean per program.
 */
public interface ProgramApi {

    /** Program id of the domain reference, e.g. {@code early-staking}. */
    String program();

    /**
     * The record declaring {@code CreatePool}'s {@code params}: one field per component, read like a command's
     * ({@link RecordReader}); an omitted field is null and takes its default when the command is built.
     */
    Class<? extends Record> parameters();

    /** Reads {@code CreatePool}'s {@code params} strictly (an absent object is every default). */
    default Record readParams(Fields params) {
        RecordReader<? extends Record> reader = RecordReader.of(parameters(), Set.of());
        return reader.build(reader.read(params));
    }

    /** The creation command of pool {@code poolId} with parameters read by {@link #readParams}. */
    Object createCommand(String poolId, Record params, Instant at, String commandId);

    /** Command type name → its binding, built once from the program's command records ({@link CommandBinding#of}). */
    Map<String, CommandBinding> commands();

    /** Command type name → who may send it, as its record declares ({@link CommandBinding#kind()}). */
    default Map<String, CommandKind> commandKinds() {
        Map<String, CommandKind> kinds = new TreeMap<>();
        commands().forEach((type, binding) -> kinds.put(type, binding.kind()));
        return kinds;
    }

    /**
     * View name → the type of its answer (a record, serialized as JSON): the views this program answers, with
     * {@code pool} and {@code position} always among them. The OpenAPI document describes each answer from
     * its type.
     */
    Map<String, Class<? extends Record>> viewTypes();

    /** View names this program answers. */
    default Set<String> views() {
        return viewTypes().keySet();
    }

    /**
     * The views that answer about accounts ({@code position} and any view taking an {@code account}); the
     * others are pool-level. An account view asked without an account covers every account.
     */
    Set<String> accountViews();

    /**
     * The query parameters view {@code view} takes besides {@code account}, {@code at}, {@code asOf} and
     * {@code asOfEpoch}, which every view accepts; any other parameter is refused.
     */
    default Set<String> viewParameters(String view) {
        return Set.of();
    }

    /**
     * Answers one view (an object serialized as JSON) from the read models in {@code source}: the live
     * views, or a fresh set folded from part of the history (point-in-time views, statements).
     */
    Object view(String name, ViewRequest request, LedgerViews source);

    /** Every account that has a position in the pool held by {@code source}, in any order. */
    Collection<String> accounts(String pool, LedgerViews source);
}
