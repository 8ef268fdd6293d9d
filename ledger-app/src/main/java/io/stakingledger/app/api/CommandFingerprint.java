package io.stakingledger.app.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * What binds a {@code commandId} to its command: a SHA-256 over the command as it was received — its
 * type, its pool and every field as {@link Fields} read and normalized it ({@code "1.50"} and {@code 1.5}
 * are the same amount), in field-name order, the {@code commandId} itself left out. {@code at} counts only
 * when the caller sent it: a command without {@code at} is fingerprinted before the server fills its
 * clock, so an identical repeat without {@code at} is recognized as the same command.
 */
public final class CommandFingerprint {

    private CommandFingerprint() {
    }

    /** Lower-case hex SHA-256 of {@code type}, {@code pool} and the canonical fields. */
    public static String of(String type, String pool, SortedMap<String, String> fields) {
        StringBuilder canonical = new StringBuilder(type).append('\n').append(pool).append('\n');
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!field.getKey().equals("commandId")) {
                canonical.append(field.getKey()).append('=').append(field.getValue()).append('\n');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
