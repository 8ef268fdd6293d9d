package io.stakingledger.app.pointsboost;

import io.stakingledger.app.config.PoolAggregates;
import io.stakingledger.app.config.ReadModelRegistration;
import io.stakingledger.core.pointsboost.PointsBoostPool;
import io.stakingledger.core.pointsboost.PointsBoostPoolCreated;
import io.stakingledger.projections.pointsboost.PointsBoostReadModel;
import io.stakingledger.projections.pointsboost.PointsBoostRewards;
import io.stakingledger.projections.reports.RewardsRules;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the points-boost program: its aggregate into Axon, its read model into the views, its rules into the period reports. */
@Configuration
public class PointsBoostConfiguration {

    @Bean
    public ConfigurerModule pointsBoostAggregate(PoolAggregates aggregates) {
        return aggregates.of(PointsBoostPool.class);
    }

    @Bean
    public ReadModelRegistration pointsBoostReadModel() {
        return views -> views.register(PointsBoostPoolCreated.class, PointsBoostReadModel::new);
    }

    @Bean
    public RewardsRules pointsBoostRewards() {
        return new PointsBoostRewards();
    }
}
