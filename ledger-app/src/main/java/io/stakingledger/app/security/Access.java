package io.stakingledger.app.security;

import io.stakingledger.app.api.CommandCheck;
import io.stakingledger.app.api.CommandKind;
import io.stakingledger.app.api.CommandResult;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.projections.PoolSummary;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The fine-grained checks of every REST endpoint, in one place: which permission an action needs, which
 * pools a caller reaches, and which account an account-bound caller acts and reads as. Each check throws
 * {@link PermissionDenied} naming what is missing; a caller that passes them may proceed.
 *
 * <p>Order of the checks: the pool first (a pool outside the caller's list is refused whether it exists
 * or not), then the permission, then the account.
 */
@Component
public class Access {

    private final Set<String> accountViews;

    public Access(List<ProgramApi> programs) {
        this.accountViews = programs.stream().flatMap(p -> p.accountViews().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The authenticated caller of this request. */
    public Caller caller() {
        return Callers.current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no caller"));
    }

    /** Requires {@code permission}; {@code what} says what the caller tried, e.g. "exporting the events". */
    public Caller require(Permission permission, String what) {
        Caller caller = caller();
        if (!caller.has(permission)) {
            throw PermissionDenied.missing(permission, what);
        }
        return caller;
    }

    /** Requires {@code permission} over the whole ledger: a caller limited to some pools may not. */
    public Caller requireWholeLedger(Permission permission, String what) {
        Caller caller = require(permission, what);
        if (caller.limitedToPools()) {
            throw new PermissionDenied("pool:*", what + " covers every pool; this caller is limited to pools "
                    + String.join(", ", caller.pools()));
        }
        return caller;
    }

    /** Requires that pool {@code pool} is within the caller's pool list. */
    public Caller reach(String pool) {
        Caller caller = caller();
        if (pool != null && !caller.reaches(pool)) {
            throw new PermissionDenied("pool:" + pool, "pool " + pool + " is outside this caller's pools ("
                    + String.join(", ", caller.pools()) + ")");
        }
        return caller;
    }

    /** The pools a caller may see in the pool list. */
    public List<PoolSummary> visible(List<PoolSummary> pools) {
        Caller caller = require(Permission.POOLS_READ, "listing the pools");
        return pools.stream().filter(p -> caller.reaches(p.pool())).toList();
    }

    /** A pool-level view (the pool view, share prices, a purchase preview, ...). */
    public void readPool(String pool) {
        reach(pool);
        require(Permission.POOLS_READ, "reading pool " + pool);
    }

    /** An account's position, account view or statement. */
    public void readAccount(String pool, String account) {
        Caller caller = reach(pool);
        if (caller.has(Permission.ACCOUNTS_READ)) {
            return;
        }
        if (caller.has(Permission.OWN_ACCOUNT_READ) && caller.owns(account)) {
            return;
        }
        String whose = account == null ? "every account" : "account " + account;
        throw PermissionDenied.missing(Permission.ACCOUNTS_READ, "reading " + whose + " of pool " + pool
                + (caller.account() == null ? "" : " (this caller reads only account " + caller.account() + ")"));
    }

    /** A named view of pool {@code pool}: an account view for {@code account} (null: every account), or pool-level. */
    public void readView(String pool, String view, String account) {
        if (accountViews.contains(view)) {
            readAccount(pool, account);
        } else {
            readPool(pool);
        }
    }

    /**
     * Before a command's fields are read: the pool, and some command permission at all (so a read-only
     * caller is refused before anything about the pool or the command is revealed).
     */
    public void mayCommand(String pool, String type) {
        Caller caller = reach(pool);
        if (!caller.has(Permission.OPERATOR_COMMANDS) && !caller.has(Permission.ACCOUNT_COMMANDS)
                && !caller.has(Permission.OWN_ACCOUNT_COMMANDS)) {
            throw new PermissionDenied(Permission.OPERATOR_COMMANDS.label() + " or "
                    + Permission.ACCOUNT_COMMANDS.label(), "command " + type + " needs permission "
                    + Permission.OPERATOR_COMMANDS.label() + " or " + Permission.ACCOUNT_COMMANDS.label()
                    + "; this caller may not send commands");
        }
    }

    /** The check a command passes once its fields are read: its kind's permission, and for an account-bound caller its account. */
    public CommandCheck commands() {
        return this::command;
    }

    private void command(String pool, String type, CommandKind kind, String account) {
        Caller caller = reach(pool);
        if (kind == CommandKind.OPERATOR) {
            if (!caller.has(Permission.OPERATOR_COMMANDS)) {
                throw PermissionDenied.missing(Permission.OPERATOR_COMMANDS, "command " + type);
            }
            return;
        }
        if (caller.has(Permission.ACCOUNT_COMMANDS)) {
            return;
        }
        if (caller.has(Permission.OWN_ACCOUNT_COMMANDS)) {
            if (caller.owns(account)) {
                return;
            }
            throw PermissionDenied.missing(Permission.ACCOUNT_COMMANDS, "command " + type + " for "
                    + (account == null ? "no account" : "account " + account)
                    + " (this caller acts only as account " + caller.account() + ")");
        }
        throw PermissionDenied.missing(Permission.ACCOUNT_COMMANDS, "command " + type);
    }

    /**
     * A repeated {@code commandId} answers the first command's events. A caller that may read only its own
     * account must not see another account's events that way: such an answer is refused as a conflict.
     */
    public CommandResult answer(CommandResult result) {
        Caller caller = caller();
        if (!result.duplicate() || caller.has(Permission.ACCOUNTS_READ)) {
            return result;
        }
        for (CommandResult.EventView event : result.events()) {
            String account = accountOf(event.payload());
            if (account != null && !caller.owns(account)) {
                throw CommandRejected.conflict("commandId " + result.commandId() + " was already used in pool "
                        + result.pool() + " for another account's command; use a new commandId");
            }
        }
        return result;
    }

    private static String accountOf(Object payload) {
        if (payload == null || !payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("account") && component.getType() == String.class) {
                try {
                    return (String) component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read the account of " + payload.getClass().getSimpleName(), e);
                }
            }
        }
        return null;
    }

    /** Every account view name of every program (for docs and tests). */
    public Set<String> accountViews() {
        return new TreeSet<>(accountViews);
    }
}
