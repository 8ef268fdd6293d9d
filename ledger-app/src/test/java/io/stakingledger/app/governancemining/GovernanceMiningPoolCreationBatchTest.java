package io.stakingledger.app.governancemining;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.batch.BatchRunner;
import io.stakingledger.app.support.Batch;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code CreatePool} of the governance-mining program: parameters read, checked and honoured. */
@LedgerAppTest
class GovernanceMiningPoolCreationBatchTest {

    @Autowired
    BatchRunner runner;

    @Test
    void invalidParametersAreRejectedNamingTheParameterAndCreateNoPool() {
        String pool = Batch.uniquePool("gm");
        List<JsonNode> out = new Batch(runner).run(pool, """
                {"type":"CreatePool","pool":"$pool","program":"governance-mining","params":{"precision":12.5},"at":"2026-03-01T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"governance-mining","params":{"stakePenalty":"1.5"},"at":"2026-03-01T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"governance-mining","params":{"maturation":"sixty days"},"at":"2026-03-01T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"governance-mining","params":{"apr":"0.1"},"at":"2026-03-01T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"governance-mining","params":{"maturation":"PT0S"},"at":"2026-03-01T00:00:00Z"}
                {"type":"CreatePool","pool":"$pool","program":"governance-mining","params":{"precision":19},"at":"2026-03-01T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"alice","amount":"1","at":"2026-03-01T00:00:00Z"}
                """);
        assertThat(out).extracting(line -> line.get("line").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(out.get(0).get("rejected").asText()).isEqualTo("precision must be a whole number of fractional "
                + "digits, got 12.5");
        assertThat(out.get(1).get("rejected").asText()).isEqualTo("stakePenalty must be at least 0 and below 1, got 1.5");
        assertThat(out.get(2).get("rejected").asText()).startsWith("params: field maturation: ").contains("sixty days");
        assertThat(out.get(3).get("rejected").asText()).isEqualTo("params: unknown field \"apr\"");
        assertThat(out.get(4).get("rejected").asText()).isEqualTo("maturation must be a positive duration, got PT0S");
        assertThat(out.get(5).get("rejected").asText()).isEqualTo("precision must be between 0 and 18 fractional "
                + "digits, got 19");
        assertThat(out.get(6).get("rejected").asText()).isEqualTo("pool " + pool + " does not exist");
    }

    @Test
    void customParametersGovernTheCommandsOfThePool() {
        // Six-digit token, 1-day cooldown, 10 % stake penalty for 24 hours, 10-day linear maturation.
        List<JsonNode> out = new Batch(runner).run(Batch.uniquePool("gm"), """
                {"type":"CreatePool","pool":"$pool","program":"governance-mining","params":{"precision":6,"claimCooldown":"P1D","stakePenalty":"0.1","stakePenaltyWindow":"PT24H","maturation":"P10D","maturationExponent":"1"},"at":"2026-03-01T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"alice","amount":"1.0000001","at":"2026-03-01T00:00:00Z"}
                {"type":"RequestStake","pool":"$pool","account":"alice","amount":"4","at":"2026-03-01T00:00:00Z"}
                {"type":"IncludePending","pool":"$pool","at":"2026-03-01T00:00:00Z"}
                {"type":"SweepFees","pool":"$pool","amount":"1","at":"2026-03-01T12:00:00Z"}
                {"query":"position","pool":"$pool","account":"alice","at":"2026-03-02T00:00:00Z"}
                {"type":"Unstake","pool":"$pool","account":"alice","amount":"1","at":"2026-03-01T12:00:00Z"}
                {"query":"penalties","pool":"$pool"}
                """);
        assertThat(out.get(0).get("rejected").asText()).isEqualTo("amount 1.0000001 has more than 6 decimal places, "
                + "the precision of the pool's token");
        JsonNode alice = out.get(1);
        assertThat(alice.get("line").asInt()).isEqualTo(6);
        assertThat(alice.get("canClaim").asBoolean()).isTrue();
        assertThat(alice.get("claimableFrom").asText()).isEqualTo("2026-03-02T00:00:00Z");
        // 1 day of 10 on a linear curve: 90 % of the reward would burn.
        assertThat(alice.get("claimPenaltyRate").asText()).isEqualTo("0.9");
        assertThat(alice.get("claimPenalty").asText()).isEqualTo("0.9");
        assertThat(alice.get("unstakePenaltyRate").asText()).isEqualTo("0");
        JsonNode burns = out.get(2).get("penalties");
        assertThat(burns).hasSize(1);
        assertThat(burns.get(0).get("amount").asText()).isEqualTo("0.1");
    }
}
