package io.stakingledger.app.publication;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The publisher's state in the event store ({@code EventPublication}, migration V3): the published
 * position and the lease that lets exactly one node publish. Plain SQL that runs the same on H2 and
 * PostgreSQL; every change is one conditional UPDATE, so two nodes racing for the lease or the position
 * cannot both win. Lease times come from the store's clock, never a node's, so nodes whose clocks
 * disagree still agree on when a lease has ended.
 */
public class PublicationStore {

    private final JdbcTemplate jdbc;

    public PublicationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the publication's row (position 0, no owner) unless it exists; safe when several nodes try at once. */
    public void ensure(String publication) {
        if (row(publication).isPresent()) {
            return;
        }
        try {
            jdbc.update("INSERT INTO EventPublication (publication, publishedPosition, leaseOwner, leaseUntil) "
                    + "VALUES (?, 0, NULL, 0)", publication);
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            // the row exists now, which is all this asks
        }
    }

    /** The store's clock, in milliseconds since 1970. */
    public long storeTime() {
        OffsetDateTime now = jdbc.queryForObject("SELECT CURRENT_TIMESTAMP", OffsetDateTime.class);
        return now.toInstant().toEpochMilli();
    }

    /**
     * Claims the lease for {@code owner}, or renews it when {@code owner} holds it: succeeds when nobody
     * holds it, when {@code owner} does, or when the holder's lease has run out on the store's clock.
     * A successful claim holds until the store's clock reads {@code now + lease}.
     *
     * @return whether {@code owner} holds the lease now
     */
    public boolean claim(String publication, String owner, Duration lease) {
        long now = storeTime();
        return jdbc.update("UPDATE EventPublication SET leaseOwner = ?, leaseUntil = ? WHERE publication = ? "
                        + "AND (leaseOwner = ? OR leaseOwner IS NULL OR leaseUntil < ?)",
                owner, now + lease.toMillis(), publication, owner, now) == 1;
    }

    /**
     * Moves the published position from {@code from} to {@code to}, only while {@code owner} still holds
     * the lease and nobody moved the position meanwhile.
     *
     * @return false when the lease or the position was taken by another node: this node must stop publishing
     */
    public boolean advance(String publication, String owner, long from, long to) {
        if (to < from) {
            throw new IllegalArgumentException("the published position only moves forward: " + from + " → " + to);
        }
        return jdbc.update("UPDATE EventPublication SET publishedPosition = ? WHERE publication = ? "
                + "AND leaseOwner = ? AND publishedPosition = ?", to, publication, owner, from) == 1;
    }

    /** Gives the lease up, so another node can take over at once rather than after the lease runs out. */
    public void release(String publication, String owner) {
        jdbc.update("UPDATE EventPublication SET leaseOwner = NULL, leaseUntil = 0 WHERE publication = ? "
                + "AND leaseOwner = ?", publication, owner);
    }

    /** The publication as stored, if its row exists. */
    public Optional<Publication> row(String publication) {
        List<Publication> rows = jdbc.query("SELECT publishedPosition, leaseOwner, leaseUntil FROM EventPublication "
                        + "WHERE publication = ?",
                (rs, n) -> new Publication(publication, rs.getLong(1), rs.getString(2), rs.getLong(3)), publication);
        return rows.stream().findFirst();
    }

    /** The highest global index stored (0 for an empty store): the head the lag is measured against. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return head == null ? 0 : head;
    }

    /**
     * One publication's stored state.
     *
     * @param position   the last cursor the broker acknowledged (every event before it too)
     * @param owner      the node holding the lease, or null
     * @param leaseUntil the lease's end on the store's clock (milliseconds since 1970)
     */
    public record Publication(String publication, long position, String owner, long leaseUntil) {
    }
}
