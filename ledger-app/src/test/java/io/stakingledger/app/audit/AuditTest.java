package io.stakingledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@LedgerAppTest
class AuditTest {

    private static final String EARLY_STAKING = """
            {"type":"CreatePool","pool":"$pool","program":"early-staking","params":{"start":"2026-01-05T00:00:00Z"},"at":"2026-01-01T00:00:00Z"}
            {"type":"Purchase","pool":"$pool","account":"alice","amount":"100000","paidAsset":"USDC","paidAmount":"50000","at":"2026-01-02T00:00:00Z"}
            {"type":"ExerciseDcr","pool":"$pool","account":"alice","dcr":"800000","deposit":"100000","at":"2026-01-02T00:00:00Z"}
            {"type":"Stake","pool":"$pool","account":"bob","amount":"777.000000000000000001","at":"2026-01-03T00:00:00Z","commandId":"bob-1"}
            {"type":"CloseEpoch","pool":"$pool","at":"2026-01-12T00:00:00Z"}
            {"type":"Withdraw","pool":"$pool","account":"alice","amount":"all","at":"2026-01-13T00:00:00Z"}
            """;

    @Autowired
    BatchRunner runner;
    @Autowired
    Auditor auditor;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    private String poolWithHistory() {
        String pool = Batch.uniquePool("audit");
        assertThat(new Batch(runner).run(pool, EARLY_STAKING)).isEmpty();
        return pool;
    }

    @Test
    void everyStoredEventCarriesAHashLinkedToThePreviousOne() {
        String pool = poolWithHistory();
        PoolAudit audit = auditor.audit(pool);
        assertThat(audit.ok()).isTrue();
        assertThat(audit.chain().events()).isEqualTo(7);
        String lastHash = jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber DESC LIMIT 1", String.class, pool);
        assertThat(lastHash).contains("\"hash\":\"" + audit.chain().headHash() + "\"");
        assertThat(audit.chain().headHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void anEventEditedInTheDatabaseBreaksTheChainAtThatEvent() {
        String pool = poolWithHistory();
        int changed = jdbc.update("UPDATE DomainEventEntry SET payload = REPLACE(payload, '777.000000000000000001', "
                + "'7777.000000000000000001') WHERE aggregateIdentifier = ? AND sequenceNumber = 4", pool);
        assertThat(changed).isEqualTo(1);

        PoolAudit audit = auditor.audit(pool);

        assertThat(audit.ok()).isFalse();
        assertThat(audit.chain().events()).as("events verified before the break").isEqualTo(4);
        assertThat(audit.chain().firstBreak().sequence()).isEqualTo(4);
        assertThat(audit.chain().firstBreak().type()).isEqualTo("StakeDeposited");
        assertThat(audit.chain().firstBreak().reason()).contains("does not match its hash");
    }

    @Test
    void aDeletedEventIsReportedAsMissing() {
        String pool = poolWithHistory();
        jdbc.update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 2", pool);
        ChainReport chain = auditor.audit(pool).chain();
        assertThat(chain.ok()).isFalse();
        assertThat(chain.firstBreak().sequence()).isEqualTo(3);
        assertThat(chain.firstBreak().reason()).contains("where 2 was expected");
    }

    @Test
    void aForgedEventWhoseHashWasRecomputedStillBreaksTheLinkOfTheNextEvent() {
        String pool = poolWithHistory();
        String original = jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 4", String.class, pool);
        String payload = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 4", String.class, pool).replace("777.000000000000000001", "7777.000000000000000001");
        String previous = original.replaceAll(".*\"previousHash\":\"([0-9a-f]*)\".*", "$1");
        String actor = original.replaceAll(".*\"actor\":\"([^\"]*)\".*", "$1");
        String forged = HashChain.hash(HashChain.canonicalForm("io.stakingledger.core.earlystaking.StakeDeposited", "1",
                pool, 4, "2026-01-03T00:00:00Z", payload, previous, actor));
        String oldHash = original.replaceAll(".*\"hash\":\"([0-9a-f]*)\".*", "$1");
        jdbc.update("UPDATE DomainEventEntry SET payload = ?, metaData = ? WHERE aggregateIdentifier = ? AND sequenceNumber = 4",
                payload, original.replace(oldHash, forged), pool);

        ChainReport chain = auditor.audit(pool).chain();

        assertThat(chain.ok()).isFalse();
        assertThat(chain.firstBreak().sequence()).isEqualTo(5);
        assertThat(chain.firstBreak().reason()).contains("does not match the hash of the previous event");
    }

    @Test
    void conservationLawsHoldForEveryProgram() {
        String pool = poolWithHistory();
        PoolAudit audit = auditor.audit(pool);
        assertThat(audit.conservation()).hasSizeGreaterThanOrEqualTo(5).allMatch(ConservationCheck::ok);
        assertThat(audit.conservation()).extracting(ConservationCheck::law)
                .contains("assets = deposits + rewards − payouts − conversions", "Σ account debt = pool debt");

        String mining = Batch.uniquePool("audit-gm");
        new Batch(runner).run(mining, """
                {"type":"CreatePool","pool":"$pool","program":"governance-mining","at":"2026-01-01T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"a","amount":"1000","at":"2026-01-01T00:00:00Z"}
                {"type":"IncludePending","pool":"$pool","at":"2026-01-01T00:00:00Z"}
                {"type":"SweepFees","pool":"$pool","amount":"10.000000000007","at":"2026-01-02T00:00:00Z"}
                {"type":"Unstake","pool":"$pool","account":"a","amount":"100","at":"2026-01-02T00:00:00Z"}
                """);
        PoolAudit miningAudit = auditor.audit(mining);
        assertThat(miningAudit.program()).isEqualTo("governance-mining");
        assertThat(miningAudit.ok()).isTrue();
        assertThat(miningAudit.conservation()).hasSize(4).allMatch(ConservationCheck::ok);
    }

    @Test
    void auditIsServedOverRest() {
        String pool = poolWithHistory();
        JsonNode audit = http.getForObject("/api/pools/" + pool + "/audit", JsonNode.class);
        assertThat(audit.get("ok").asBoolean()).isTrue();
        assertThat(audit.get("chain").get("events").asInt()).isEqualTo(7);
        assertThat(http.getForEntity("/api/pools/nowhere/audit", JsonNode.class).getStatusCode().value()).isEqualTo(404);
    }
}
