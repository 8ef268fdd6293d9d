package io.stakingledger.core.voteescrow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;

import static io.stakingledger.core.voteescrow.VoteEscrowTestData.POOL;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.T0;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.at;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.ksp;
import static io.stakingledger.core.voteescrow.VoteEscrowTestData.votes;
import static org.assertj.core.api.Assertions.assertThat;

class VoteEscrowEventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    static List<Object> everyEvent() {
        BigDecimal dust = RewardAccumulator.exact(new BigDecimal("3E-37"));
        return List.of(
                new VoteEscrowPoolCreated(POOL, VoteEscrowPoolCreated.StoredParameters.from(VoteEscrowParameters.defaults()), T0),
                new KspLocked(POOL, "alice", ksp("100"), "4M", ksp("100"), "12M+", true, at("2024-05-15T00:00:00Z"),
                        at("2024-05-15T00:00:00Z"), 2, ksp("0.333333333333333333"), dust, T0),
                new LockRenewed(POOL, "alice", "4M", at("2024-05-15T00:00:00Z"), at("2024-09-15T00:00:00Z"), 1, T0),
                new RenewalEnded(POOL, "alice", at("2025-01-15T00:00:00Z"), T0),
                new KspUnlocked(POOL, "alice", ksp("100"), ksp("800"), votes("KSP-KUSDT", "60"), ksp("1.5"), dust, T0),
                new RewardsDistributed(POOL, ksp("293760"), dust, ksp("8"),
                        new BigDecimal("0." + "3".repeat(36)), RewardAccumulator.exact(new BigDecimal("293759.9")),
                        dust, T0),
                new VoteCast(POOL, "alice", "KSP-KUSDT", ksp("60"), T0),
                new PoolFeesRecorded(POOL, "KSP-KUSDT", ksp("1234.56"), T0),
                new PriceSet(POOL, ksp("5.39"), T0));
    }

    @ParameterizedTest
    @MethodSource("everyEvent")
    void everyEventRoundTripsThroughJackson(Object event) throws Exception {
        String json = MAPPER.writeValueAsString(event);
        assertThat(MAPPER.readValue(json, event.getClass())).isEqualTo(event);
    }
}
