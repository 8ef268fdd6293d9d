package io.stakingledger.core.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A pool's state at one sequence number, stored so that loading the pool reads this and the events after it
 * instead of its whole history. Only the state: repeated command ids are answered from the store
 * ({@link AppliedCommands}), so nothing in a snapshot grows with the number of commands.
 *
 * <p>{@code state} is the {@link ProgramState} in Java serialization, gzip-compressed, as Base64 text (the store
 * keeps snapshot payloads as text): the states are plain mutable classes with no creators, which Java serialization
 * restores exactly as they were, decimals with their scale. It is written and read back through {@link StateStreams},
 * which admits only the ledger's own classes and the JDK's value types.
 * Whoever stores a snapshot also decides when one may be believed (the application: same build of the domain,
 * and its last event still in the store with the same hash); a snapshot is only ever a shortcut to a fold of
 * the stored events.
 *
 * @param poolId the pool
 * @param state  the encoded state
 */
public record PoolSnapshot(String poolId, String state) {

    /** The snapshot of {@code state}. */
    public static PoolSnapshot of(String poolId, ProgramState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = StateStreams.output(new GZIPOutputStream(bytes, 1 << 16))) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new UncheckedIOException("the state of pool " + poolId + " could not be serialized", e);
        }
        return new PoolSnapshot(poolId, Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }

    /** The state as it was, of type {@code type}. */
    public <S extends ProgramState> S restore(Class<S> type) {
        try (ObjectInputStream in = StateStreams.input(new GZIPInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(state)), 1 << 16))) {
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("the snapshot of pool " + poolId + " cannot be read: " + e, e);
        }
    }
}
