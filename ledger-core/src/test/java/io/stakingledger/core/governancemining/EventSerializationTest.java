package io.stakingledger.core.governancemining;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.core.governancemining.GovernanceMiningPoolCreated.StoredParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.ALICE;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.POOL;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.T0;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.days;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.kdx;
import static io.stakingledger.core.governancemining.GovernanceMiningFixtures.perToken;
import static org.assertj.core.api.Assertions.assertThat;

/** Every event of the program survives Jackson with its exact digits and scales, as Axon will store it. */
class EventSerializationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private static final GovernanceMiningParameters CUSTOM = GovernanceMiningParameters.defaults()
            .withStakePenalty(new BigDecimal("0.05"))
            .withStakePenaltyWindow(Duration.ofHours(24).plusNanos(5))
            .withMaturation(Duration.ofDays(30))
            .withMaturationExponent(new BigDecimal("0.66"))
            .withClaimCooldown(Duration.ofDays(7))
            .withFeeShare(new BigDecimal("0.0005"))
            .withPrecision(12);

    static List<Object> everyEvent() {
        return List.of(
                new GovernanceMiningPoolCreated(POOL, StoredParameters.from(CUSTOM), T0),
                new StakeRequested(POOL, ALICE, kdx("100.000000000001"), T0),
                new PendingStakeIncluded(POOL, ALICE, kdx("100"), kdx("0.333333333333"), kdx("200"),
                        perToken("0.333333333333333333333333333333333333"), days(7.5).plusNanos(1), days(15)),
                new FeesSwept(POOL, kdx("10"), kdx("0"), RevenuePerToken.ZERO, RevenuePerToken.ZERO, days(1)),
                new Unstaked(POOL, ALICE, kdx("40"), kdx("1.2"), kdx("38.8"), Decimals.ZERO, kdx("60"),
                        perToken("0.1"), days(2)),
                new RewardClaimed(POOL, ALICE, kdx("10"), kdx("10"), new BigDecimal("0.9213873569659268318300318747057582"),
                        kdx("9.213873569659"), kdx("0.786126430341"), perToken("0.1"), days(7)));
    }

    @ParameterizedTest
    @MethodSource("everyEvent")
    void anEventRoundTripsThroughJacksonUnchanged(Object event) throws Exception {
        String json = MAPPER.writeValueAsString(event);
        assertThat(MAPPER.readValue(json, event.getClass())).isEqualTo(event);
    }

    @Test
    void storedParametersGiveBackTheParametersTheyWereTakenFrom() {
        assertThat(StoredParameters.from(CUSTOM).toParameters()).isEqualTo(CUSTOM);
    }
}
