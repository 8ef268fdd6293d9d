package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One stored event as the export gives it to back-office systems: its export {@code line} (the JSON
 * object of {@code GET /api/events}) and, beside it, what a transport needs to route it without
 * parsing the line again.
 *
 * @param cursor   the event's global index, the line's {@code cursor}
 * @param pool     the pool (aggregate identifier), the line's {@code pool}
 * @param sequence the event's sequence number within its pool (0 is the creation)
 * @param type     the event's simple type name, the line's {@code type}
 * @param revision the stored payload revision, the line's {@code revision} (may be null)
 * @param line     the export line itself
 */
public record ExportedEvent(long cursor, String pool, long sequence, String type, String revision, ObjectNode line) {
}
