package io.stakingledger.app.store;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets the ledger come back by itself once its store is usable again. When H2 cannot write (a full disk,
 * an I/O error) it closes the database, and every pooled connection stays bound to the closed one; a new
 * connection opens the file afresh. So after a store failure the pool's connections are retired (at most
 * once per {@link #PAUSE}), and the next request connects anew: it fails again while the disk is still
 * full, and succeeds once space is back. Nothing acknowledged is at stake: a failed command was rolled
 * back and answered 503.
 */
@Component
public class StoreRecovery {

    private static final Logger log = LoggerFactory.getLogger(StoreRecovery.class);
    static final Duration PAUSE = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final AtomicLong lastEviction = new AtomicLong(System.nanoTime() - PAUSE.toNanos());

    public StoreRecovery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Called after a request failed on the store. */
    public void afterFailure() {
        long last = lastEviction.get();
        long now = System.nanoTime();
        if (now - last < PAUSE.toNanos() || !lastEviction.compareAndSet(last, now)) {
            return;
        }
        if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
            log.info("store failure: the store's connections are renewed before the next request");
        }
    }
}
