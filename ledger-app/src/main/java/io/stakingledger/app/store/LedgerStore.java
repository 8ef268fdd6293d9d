package io.stakingledger.app.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of store the ledger runs on, read from its JDBC URL: whether this process is its only writer
 * (an embedded H2 file or memory store is opened by one process), and where an H2 file lives.
 * {@code ledger.store.exclusive} overrides the detection.
 */
@Component
public class LedgerStore {

    private final String url;
    private final boolean exclusive;
    private final Path dataDirectory;

    public LedgerStore(@Value("${spring.datasource.url:}") String url,
                       @Value("${ledger.store.exclusive:}") String exclusive,
                       @Value("${ledger.data-dir:}") String dataDirectory) {
        this.url = url;
        this.exclusive = exclusive.isBlank() ? isExclusive(url) : Boolean.parseBoolean(exclusive);
        this.dataDirectory = dataDirectory.isBlank()
                ? h2File(url).map(file -> file.toAbsolutePath().getParent()).orElse(Path.of("data").toAbsolutePath())
                : Path.of(dataDirectory).toAbsolutePath();
    }

    /**
     * Where the ledger keeps its files beside the store (the store's checkpoint, the bootstrap key):
     * {@code ledger.data-dir}, else the folder of an H2 file store, else {@code ./data}.
     */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** True when no other process can append to the store. */
    public boolean exclusive() {
        return exclusive;
    }

    public String url() {
        return url;
    }

    /** The H2 database file this store is (without H2's {@code .mv.db} suffix), if it is an H2 file. */
    public Optional<Path> h2File() {
        return h2File(url);
    }

    /** An embedded H2 database (file or memory) is opened by this process alone. */
    public static boolean isExclusive(String url) {
        String u = url.toUpperCase(Locale.ROOT);
        return u.startsWith("JDBC:H2:") && !u.startsWith("JDBC:H2:TCP:") && !u.startsWith("JDBC:H2:SSL:")
                && !u.contains("AUTO_SERVER=TRUE");
    }

    static Optional<Path> h2File(String url) {
        String u = url.toUpperCase(Locale.ROOT);
        if (!isExclusive(url) || u.startsWith("JDBC:H2:MEM:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.regionMatches(true, 0, "file:", 0, 5)) {
            rest = rest.substring(5);
        }
        int options = rest.indexOf(';');
        return Optional.of(Path.of(options < 0 ? rest : rest.substring(0, options)));
    }
}
