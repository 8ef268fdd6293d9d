package io.stakingledger.app.earlystaking;

import io.stakingledger.app.config.PoolAggregates;
import io.stakingledger.app.config.ReadModelRegistration;
import io.stakingledger.core.earlystaking.EarlyStakingPool;
import io.stakingledger.core.earlystaking.EarlyStakingPoolCreated;
import io.stakingledger.projections.earlystaking.EarlyStakingReadModel;
import io.stakingledger.projections.earlystaking.EarlyStakingRewards;
import io.stakingledger.projections.reports.RewardsRules;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the early-staking program: its aggregate into Axon, its read model into the views, its rules into the period reports. */
@Configuration
public class EarlyStakingConfiguration {

    @Bean
    public ConfigurerModule earlyStakingAggregate(PoolAggregates aggregates) {
        return aggregates.of(EarlyStakingPool.class);
    }

    @Bean
    public ReadModelRegistration earlyStakingReadModel() {
        return views -> views.register(EarlyStakingPoolCreated.class, EarlyStakingReadModel::new);
    }

    @Bean
    public RewardsRules earlyStakingRewards() {
        return new EarlyStakingRewards();
    }
}
