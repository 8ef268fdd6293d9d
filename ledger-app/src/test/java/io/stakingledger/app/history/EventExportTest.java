package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The NDJSON export pages through the store by cursor: nothing skipped, nothing repeated. */
@LedgerAppTest
class EventExportTest {

    private static final String HISTORY = """
            {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
            {"type":"ExerciseDcr","pool":"$pool","account":"alice","dcr":"800000","deposit":"100000","at":"2026-01-02T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"bob","amount":"1234.567890123456789","at":"2026-01-03T00:00:00Z"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
            {"type":"Withdraw","pool":"$pool","account":"alice","amount":"3333.333333333333333333","at":"2026-01-13T00:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    EventExport export;

    private long start;
    private String pool;

    @BeforeEach
    void twoPoolsWithHistory() {
        start = lastStoredIndex();
        pool = Batch.uniquePool("export");
        assertThat(new Batch(runner).run(pool, HISTORY)).isEmpty();
        assertThat(new Batch(runner).run(Batch.uniquePool("export-other"), HISTORY)).isEmpty();
    }

    private long lastStoredIndex() {
        Long max = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return max == null ? 0 : max;
    }

    private List<JsonNode> get(long after, int limit) {
        ResponseEntity<String> answer = http.getForEntity("/api/events?after=" + after + "&limit=" + limit, String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/x-ndjson");
        return lines(answer.getBody());
    }

    private List<JsonNode> lines(String ndjson) {
        List<JsonNode> lines = new ArrayList<>();
        if (ndjson == null) {
            return lines;
        }
        for (String line : ndjson.split("\n")) {
            try {
                lines.add(mapper.readTree(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }
        return lines;
    }

    private List<JsonNode> inPagesOf(int size, long after) {
        List<JsonNode> all = new ArrayList<>();
        long cursor = after;
        List<JsonNode> page;
        while (!(page = get(cursor, size)).isEmpty()) {
            assertThat(page.size()).isLessThanOrEqualTo(size);
            all.addAll(page);
            cursor = page.get(page.size() - 1).get("cursor").asLong();
        }
        return all;
    }

    private static List<Long> cursors(List<JsonNode> lines) {
        return lines.stream().map(line -> line.get("cursor").asLong()).toList();
    }

    @Test
    void exportInPagesOfThreeEqualsOneExportOfEverything() {
        List<JsonNode> everything = get(start, 1000);
        List<JsonNode> paged = inPagesOf(3, start);

        assertThat(everything).as("two histories of seven events").hasSize(2 * 7);
        assertThat(paged).isEqualTo(everything);
        List<Long> cursors = cursors(paged);
        assertThat(cursors).doesNotHaveDuplicates().isSorted();
        assertThat(cursors.get(cursors.size() - 1) - cursors.get(0)).as("no index skipped").isEqualTo(cursors.size() - 1);
    }

    @Test
    void eventAppendedBetweenPagesAppearsInTheNextPage() {
        List<JsonNode> first = get(start, 3);
        List<JsonNode> rest = inPagesOf(3, first.get(2).get("cursor").asLong());
        long last = rest.get(rest.size() - 1).get("cursor").asLong();

        assertThat(new Batch(runner).run(pool, """
                {"type":"Stake","pool":"$pool","account":"carol","amount":"7","at":"2026-01-14T00:00:00Z"}
                """)).isEmpty();

        List<JsonNode> next = get(last, 3);
        assertThat(next).hasSize(1);
        assertThat(next.get(0).get("cursor").asLong()).isEqualTo(last + 1);
        assertThat(next.get(0).get("type").asText()).isEqualTo("StakeDeposited");
        assertThat(next.get(0).get("payload").get("account").asText()).isEqualTo("carol");
        assertThat(get(last + 1, 3)).isEmpty();
    }

    @Test
    void eachLineCarriesPoolTypeRevisionBusinessTimeAndThePayloadAsStored() {
        JsonNode purchase = get(start, 1000).stream()
                .filter(line -> line.get("pool").asText().equals(pool) && line.get("type").asText().equals("KashPurchased"))
                .findFirst().orElseThrow();
        String stored = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE globalIndex = ?", String.class,
                purchase.get("cursor").asLong());

        assertThat(purchase.get("at").asText()).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(purchase.get("revision").asText()).isNotBlank();
        assertThat(purchase.get("payload")).isEqualTo(lines(stored).get(0));
        assertThat(purchase.get("payload").get("amount").asText()).isEqualTo("100000.000000000000000000");
        assertThat(purchase.has("hash")).isTrue();
    }

    @Test
    void writeToAFileEqualsTheRestPages() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        EventExport.Written written = export.write(start, Long.MAX_VALUE, file);

        List<JsonNode> everything = get(start, 1000);
        assertThat(lines(file.toString(StandardCharsets.UTF_8))).isEqualTo(everything);
        assertThat(written.events()).isEqualTo(everything.size());
        assertThat(written.lastCursor()).isEqualTo(everything.get(everything.size() - 1).get("cursor").asLong());
    }

    @Test
    void negativeCursorAndOversizedPageAreBadRequests() {
        assertThat(http.getForEntity("/api/events?after=-1", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/events?limit=10001", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
