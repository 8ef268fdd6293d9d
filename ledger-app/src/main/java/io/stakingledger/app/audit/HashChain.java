package io.stakingledger.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tamper evidence: each event's hash covers its canonical form and the hash of the pool's previous
 * event, so changing, removing or reordering any stored event breaks every hash after it.
 *
 * <p>Canonical form (UTF-8, fields separated by a line feed, in this order): payload type, payload
 * revision, pool id, sequence number within the pool, business time ({@code Instant.toString()}),
 * payload JSON exactly as stored, previous hash (empty for a pool's first event), and then, only for an
 * event whose metadata carries an {@code actor} (every event written since callers are authenticated),
 * a last line with the actor ({@code key:<keyId>}, {@code jwt:<subject>}, {@code batch}, {@code local}).
 * Events stored before actors existed have no such line and verify as they did. The hash is SHA-256,
 * written as 64 lower-case hex digits.
 */
public final class HashChain {

    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String ACTOR = "actor";
    public static final String GENESIS = "";

    private HashChain() {
    }

    /** The canonical form of an event stored without an actor. */
    public static String canonicalForm(String type, String revision, String pool, long sequence, String businessTime,
                                       String payloadJson, String previousHash) {
        return canonicalForm(type, revision, pool, sequence, businessTime, payloadJson, previousHash, null);
    }

    /** The canonical form; {@code actor} null for an event whose metadata has none (no actor line then). */
    public static String canonicalForm(String type, String revision, String pool, long sequence, String businessTime,
                                       String payloadJson, String previousHash, String actor) {
        String form = String.join("\n", type, revision == null ? "" : revision, pool, Long.toString(sequence),
                businessTime == null ? "" : businessTime, payloadJson, previousHash == null ? GENESIS : previousHash);
        return actor == null ? form : form + "\n" + actor;
    }

    public static String hash(String canonicalForm) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalForm.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
