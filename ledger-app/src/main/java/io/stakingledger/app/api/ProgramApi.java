package io.stakingledger.app.api;

import io.stakingledger.projections.LedgerViews;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What one staking program offers the REST API and the batch format: how to create its pools, which
 * commands it accepts (SPEC.md's names) and which views it answers. One Spring bean per program.
 */
public interface ProgramApi {

    /** Program id of SPEC.md, e.g. {@code early-staking}. */
    String program();

    /**
     * Reads {@code CreatePool}'s {@code params} strictly (an absent object is every default): the
     * program's parameters as received, before defaults that depend on the creation time are filled.
     */
    Object readParams(Fields params);

    /** The creation command of pool {@code poolId} with parameters read by {@link #readParams}. */
    Object createCommand(String poolId, Object params, Instant at, String commandId);

    /** Command type name → the strict reader of its fields. */
    Map<String, CommandReader> commands();

    /**
     * Command type name → who may send it: every name of {@link #commands()} is here. An
     * {@link CommandKind#ACCOUNT} command's request names its account ({@link CommandRequest#account()}).
     */
    Map<String, CommandKind> commandKinds();

    /** View names this program answers; {@code pool} and {@code position} are always among them. */
    Set<String> views();

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

    /** Reads one command's fields into its request. */
    @FunctionalInterface
    interface CommandReader {

        CommandRequest read(Fields fields);
    }
}
