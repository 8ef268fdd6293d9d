package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.projections.LedgerViews;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What one staking program offers the REST API and the batch format: how to create its pools, which
 * commands it accepts (SPEC.md's names) and which views it answers. One Spring bean per program.
 */
public interface ProgramApi {

    /** Program id of SPEC.md, e.g. {@code early-staking}. */
    String program();

    /** The creation command for {@code CreatePool} with this program's {@code params} (may be null). */
    Object createCommand(String poolId, JsonNode params, Instant at, String commandId);

    /** Command type name → the request record its fields are read into. */
    Map<String, Class<? extends CommandRequest>> commandTypes();

    /**
     * Command type name → who may send it: every name of {@link #commandTypes()} is here. An
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
     * Answers one view (an object serialized as JSON) from the read models in {@code source}: the live
     * views, or a fresh set folded from part of the history (point-in-time views, statements).
     */
    Object view(String name, ViewRequest request, LedgerViews source);
}
