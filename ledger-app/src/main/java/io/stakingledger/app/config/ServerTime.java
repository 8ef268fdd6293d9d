package io.stakingledger.app.config;

import io.stakingledger.core.common.ProgramPool;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

/**
 * Business time for a command sent without {@code at} (REST only; batch lines must carry it): the
 * server's clock read once the pool's aggregate is loaded and locked, and never earlier than the pool's
 * last event. Taken earlier, before the lock, concurrent commands on one pool reached the pool out of
 * clock order and were refused for going backwards in time; a clock behind another node's would be too.
 *
 * <p>Works for every program without touching their handlers: a command is a record with an
 * {@code Instant at} component, and the handler receives a copy with {@code at} filled.
 */
@Component
public class ServerTime implements HandlerEnhancerDefinition {

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor", e);
            }
        }
    };

    private final Clock clock;

    public ServerTime() {
        this(Clock.systemUTC());
    }

    ServerTime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!ProgramPool.class.isAssignableFrom(original.declaringClass())
                || !original.canHandleMessageType(CommandMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                return super.handle(target instanceof ProgramPool<?, ?> pool
                        ? stamped(message, pool.state().lastAt()) : message, target);
            }
        };
    }

    /** The time a command without {@code at} takes on a pool whose last event is at {@code last}: now, or that if later. */
    Instant now(Instant last) {
        Instant now = clock.instant();
        return last != null && now.isBefore(last) ? last : now;
    }

    private Message<?> stamped(Message<?> message, Instant last) {
        Object command = message.getPayload();
        if (!(message instanceof CommandMessage<?> commandMessage) || !command.getClass().isRecord()) {
            return message;
        }
        RecordComponent[] components = command.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean filled = false;
        for (int i = 0; i < components.length; i++) {
            values[i] = read(components[i], command);
            if (values[i] == null && components[i].getName().equals("at") && components[i].getType() == Instant.class) {
                values[i] = now(last);
                filled = true;
            }
        }
        if (!filled) {
            return message;
        }
        return new GenericCommandMessage<>(new GenericMessage<>(message.getIdentifier(), construct(command, values),
                message.getMetaData()), commandMessage.getCommandName());
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static Object construct(Object original, Object[] values) {
        try {
            return CANONICAL.get(original.getClass()).newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot copy " + original.getClass().getSimpleName(), e);
        }
    }
}
