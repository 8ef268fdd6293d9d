package io.stakingledger.core.common;

import java.time.Instant;

/** The command that creates a pool of one program, with its parameters. */
public interface CreatePoolCommand {

    String poolId();

    Instant at();

    String commandId();
}
