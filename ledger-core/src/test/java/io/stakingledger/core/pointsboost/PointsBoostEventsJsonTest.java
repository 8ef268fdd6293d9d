package io.stakingledger.core.pointsboost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import static io.stakingledger.core.pointsboost.PointsBoostExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every event of the program survives Jackson, as the event store will serialize it. */
class PointsBoostEventsJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void everyEventRoundTripsThroughJackson() throws Exception {
        Object[] events = {
                poolCreated(),
                priceSet("0.25", day(90)),
                new BasePointsSet(POOL, ALICE, d("1000000"), d("0.000000000000000001"), LAUNCH.plusNanos(7)),
                new Staked(POOL, ALICE, d("100000"), d("300000"), d("0.45"), d("0.3"), d("29700000"), day(90)),
                new Unstaked(POOL, ALICE, d("200000"), d("100000"), d("2.7"), d("777600000"), day(630))};
        for (Object event : events) {
            String json = mapper.writeValueAsString(event);
            assertThat(mapper.readValue(json, event.getClass())).as(json).isEqualTo(event);
        }
    }

    @Test
    void theCreationEventKeepsTheParametersItWasGiven() {
        PointsBoostParameters given = DEFAULTS.withMaxMultiplier(d("1.5")).withStakingPointsPerUsd(d("0"));
        assertThat(PointsBoostPoolCreated.StoredParameters.from(given).toParameters()).isEqualTo(given);
    }
}
