package io.stakingledger.core.common;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Sends every command to an existing pool under the name of its program's sealed command interface
 * (for instance {@code Stake} goes as {@code io.stakingledger.core.earlystaking.EarlyStakingCommand}),
 * the one name a {@link ProgramPool} subclass handles. Axon routes a command by its name, which is the
 * payload's class unless set; without this each command record would need its own handler method.
 * Creation commands keep their own name (each is a constructor handler). Register it on the command bus
 * (and on test fixtures).
 */
public final class ProgramCommandRouting implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            String name = commandName(message.getPayloadType());
            return name == null || name.equals(message.getCommandName()) ? message
                    : new GenericCommandMessage<>(message, name);
        };
    }

    /** The program command interface {@code type} implements, or null for any other command. */
    static String commandName(Class<?> type) {
        for (Class<?> candidate : type.getInterfaces()) {
            if (candidate != PoolCommand.class && PoolCommand.class.isAssignableFrom(candidate)) {
                return candidate.getName();
            }
        }
        return null;
    }
}
