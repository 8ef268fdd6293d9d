package io.stakingledger.app.security;

import io.stakingledger.app.store.LedgerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * First start of the REST server on a store with no API key at all: creates an admin key and writes it
 * to {@code admin.key} in the data directory, readable by its owner only (600), and says where. Nothing
 * is written for an in-memory store (tests, {@code scripts/ledger run}), nor when
 * {@code ledger.security.bootstrap-key=false}. Once any key exists (revoked ones too) this does nothing; of
 * several nodes starting together on an empty shared store, one makes the key ({@link ApiKeys#createFirst}).
 */
@Component
@ConditionalOnWebApplication
public class BootstrapKey implements ApplicationRunner {

    public static final String FILE = "admin.key";

    private static final Logger log = LoggerFactory.getLogger(BootstrapKey.class);

    private final ApiKeys keys;
    private final LedgerStore store;
    private final boolean enabled;

    public BootstrapKey(ApiKeys keys, LedgerStore store, @Value("${ledger.security.bootstrap-key:true}") boolean enabled) {
        this.keys = keys;
        this.store = store;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || keys.any()) {
            return;
        }
        if (store.url().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
            log.info("in-memory store without API keys: no {} written; nothing but health answers until a key is created",
                    FILE);
            return;
        }
        Path file = store.dataDirectory().resolve(FILE).normalize();
        Optional<ApiKeys.CreatedKey> first = keys.createFirst(
                new ApiKeys.KeySpec("bootstrap admin", List.of("admin"), null, null), "bootstrap");
        if (first.isEmpty()) {
            log.info("another node sharing the store made the first API key; no {} written here", FILE);
            return;
        }
        ApiKeys.CreatedKey created = first.get();
        write(file, created.key());
        log.warn("created the first API key, {} (role admin), and wrote it to {} (owner-only); use it as "
                + "'Authorization: Bearer $(cat {})', create narrower keys, and revoke this one when it is no longer "
                + "needed", ApiKeys.actorOf(created.details().id()), file, file);
    }

    /** Writes the key to a new file that only its owner can read (on POSIX file systems). */
    static void write(Path file, String key) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException raced) {
                throw new IllegalStateException(file + " appeared while the bootstrap key was being written", raced);
            }
            Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bootstrap key to " + file, e);
        }
    }
}
