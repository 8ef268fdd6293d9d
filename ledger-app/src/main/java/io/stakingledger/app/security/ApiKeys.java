package io.stakingledger.app.security;

import io.stakingledger.core.common.CommandRejected;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * API keys in the store's {@code ApiKey} table. A key reads {@code slk_<keyId>_<secret>}: the key id
 * (16 hex digits) names the key in logs and in the history ({@code key:<keyId>}) without its secret; the
 * secret is 256 random bits (43 base64url characters), shown once at creation and stored only as its
 * SHA-256 hash, compared in constant time.
 *
 * <p>Every authentication reads the key's row (one primary-key lookup), so a revocation takes effect
 * at the next request on every node sharing the store: there is no cache to go stale.
 */
@Component
public class ApiKeys {

    public static final String PREFIX = "slk_";

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String COLUMNS = "keyId, name, roles, pools, account, createdAt, createdBy, revokedAt, revokedBy";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public ApiKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A key as listed: everything but its secret. {@code pools} empty: every pool. */
    public record ApiKey(String id, String name, List<String> roles, List<String> pools, String account,
                         Instant createdAt, String createdBy, Instant revokedAt, String revokedBy) {

        public boolean revoked() {
            return revokedAt != null;
        }

        Caller caller() {
            Set<Role> granted = EnumSet.noneOf(Role.class);
            roles.forEach(role -> Role.named(role).ifPresent(granted::add));
            return new Caller(actorOf(id), name, granted, new TreeSet<>(pools), account);
        }
    }

    /** A key just created: {@code key} is the whole bearer token, shown this once and never stored. */
    public record CreatedKey(String key, ApiKey details) {
    }

    /** What a new key is for. {@code pools} null or empty: every pool; {@code account} only with the account role. */
    public record KeySpec(String name, Collection<String> roles, Collection<String> pools, String account) {
    }

    public static String actorOf(String keyId) {
        return "key:" + keyId;
    }

    /**
     * Creates a key.
     *
     * @param createdBy the actor creating it ({@code local} from the command line)
     * @throws CommandRejected INVALID when the name, roles, pools or account binding do not make a usable key
     */
    public CreatedKey create(KeySpec spec, String createdBy) {
        String name = required("name", spec.name());
        if (name.length() > 200) {
            throw CommandRejected.invalid("name is at most 200 characters");
        }
        SortedSet<Role> roles = roles(spec.roles());
        SortedSet<String> pools = pools(spec.pools());
        String account = spec.account() == null || spec.account().isBlank() ? null : spec.account().trim();
        if (roles.contains(Role.ACCOUNT) && account == null) {
            throw CommandRejected.invalid("the account role needs the account the key acts as (account)");
        }
        if (account != null && !roles.contains(Role.ACCOUNT)) {
            throw CommandRejected.invalid("an account binding is only for keys with the account role");
        }
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        Instant now = clock.instant();
        for (int attempt = 0; ; attempt++) {
            String id = HexFormat.of().formatHex(randomBytes(8));
            try {
                jdbc.update("INSERT INTO ApiKey (keyId, name, secretHash, roles, pools, account, createdAt, createdBy) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, name, hash(secret), join(roles),
                        pools.isEmpty() ? null : String.join(",", pools), account, now.toString(), createdBy);
                ApiKey details = new ApiKey(id, name, roles.stream().map(Role::label).toList(), List.copyOf(pools),
                        account, now, createdBy, null, null);
                return new CreatedKey(PREFIX + id + "_" + secret, details);
            } catch (DuplicateKeyException taken) {
                if (attempt == 3) {
                    throw taken;
                }
            }
        }
    }

    /**
     * Creates the store's first administrator key, once for all nodes sharing the store: the claim and the key
     * are one transaction, so of nodes starting together exactly one makes it (a crash in between leaves
     * neither), and every later call finds the claim taken.
     *
     * @return the key, or empty when a node has already claimed the first key
     */
    public Optional<CreatedKey> createFirst(KeySpec spec, String createdBy) {
        try {
            return transaction.execute(status -> {
                jdbc.update("INSERT INTO BootstrapClaim (claim, claimedAt) VALUES ('first-admin-key', ?)",
                        clock.instant().toString());
                return Optional.of(create(spec, createdBy));
            });
        } catch (DuplicateKeyException claimed) {
            return Optional.empty();
        }
    }

    /** Every key, oldest first, revoked ones included; never a secret. */
    public List<ApiKey> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM ApiKey ORDER BY createdAt, keyId", (rs, n) -> row(rs));
    }

    public Optional<ApiKey> find(String keyId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ApiKey WHERE keyId = ?", (rs, n) -> row(rs), keyId)
                .stream().findFirst();
    }

    /** Whether any key was ever created (revoked ones count): the bootstrap key is made only for an empty table. */
    public boolean any() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM ApiKey", Integer.class);
        return count != null && count > 0;
    }

    /**
     * Revokes a key at once: the next request with it is refused, on every node.
     *
     * @return the key as revoked (unchanged if it was revoked before)
     * @throws CommandRejected NOT_FOUND when no key has that id
     */
    public ApiKey revoke(String keyId, String revokedBy) {
        jdbc.update("UPDATE ApiKey SET revokedAt = ?, revokedBy = ? WHERE keyId = ? AND revokedAt IS NULL",
                clock.instant().toString(), revokedBy, keyId);
        return find(keyId).orElseThrow(() -> CommandRejected.notFound("no API key has id " + keyId));
    }

    /**
     * The caller a bearer token stands for, if it is a live key of this store: the key id is looked up,
     * the secret's hash compared in constant time. Empty for anything else, with no hint of why.
     */
    public Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int split = token.indexOf('_', PREFIX.length());
        if (split < 0) {
            return Optional.empty();
        }
        String id = token.substring(PREFIX.length(), split);
        String secret = token.substring(split + 1);
        if (!KEY_ID.matcher(id).matches() || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        record Stored(String secretHash, ApiKey key) {
        }
        List<Stored> rows = jdbc.query("SELECT " + COLUMNS + ", secretHash FROM ApiKey WHERE keyId = ? AND revokedAt IS NULL",
                (rs, n) -> new Stored(rs.getString(10), row(rs)), id);
        byte[] presented = hash(secret).getBytes(StandardCharsets.US_ASCII);
        if (rows.isEmpty() || !MessageDigest.isEqual(presented, rows.get(0).secretHash().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0).key().caller());
    }

    /** The key id a token names, for logs (never the secret); null when it is not shaped like a key. */
    public static String keyIdOf(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return null;
        }
        int split = token.indexOf('_', PREFIX.length());
        String id = split < 0 ? null : token.substring(PREFIX.length(), split);
        return id != null && KEY_ID.matcher(id).matches() ? id : null;
    }

    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static SortedSet<Role> roles(Collection<String> labels) {
        if (labels == null || labels.stream().allMatch(l -> l == null || l.isBlank())) {
            throw CommandRejected.invalid("roles are required: one or more of " + Role.labels());
        }
        SortedSet<Role> roles = new TreeSet<>();
        for (String label : labels) {
            if (label == null || label.isBlank()) {
                continue;
            }
            roles.add(Role.named(label).orElseThrow(() -> CommandRejected.invalid("unknown role " + label.trim()
                    + "; roles: " + Role.labels())));
        }
        return roles;
    }

    private static SortedSet<String> pools(Collection<String> pools) {
        SortedSet<String> chosen = new TreeSet<>();
        if (pools != null) {
            for (String pool : pools) {
                if (pool == null || pool.isBlank()) {
                    continue;
                }
                if (pool.contains(",")) {
                    throw CommandRejected.invalid("a pool id in a key's pool list cannot contain a comma: " + pool);
                }
                chosen.add(pool.trim());
            }
        }
        return chosen;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CommandRejected.invalid(field + " is required");
        }
        return value.trim();
    }

    private static String join(Collection<Role> roles) {
        return roles.stream().map(Role::label).collect(Collectors.joining(","));
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static ApiKey row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String revokedAt = rs.getString(8);
        return new ApiKey(rs.getString(1), rs.getString(2), split(rs.getString(3)), split(rs.getString(4)),
                rs.getString(5), Instant.parse(rs.getString(6)), rs.getString(7),
                revokedAt == null ? null : Instant.parse(revokedAt), rs.getString(9));
    }
}
