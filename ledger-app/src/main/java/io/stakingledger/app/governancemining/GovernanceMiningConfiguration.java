package io.stakingledger.app.governancemining;

import io.stakingledger.app.config.PoolAggregates;
import io.stakingledger.app.config.ReadModelRegistration;
import io.stakingledger.core.governancemining.GovernanceMiningPool;
import io.stakingledger.core.governancemining.GovernanceMiningPoolCreated;
import io.stakingledger.projections.governancemining.GovernanceMiningReadModel;
import io.stakingledger.projections.governancemining.GovernanceMiningRewards;
import io.stakingledger.projections.reports.RewardsRules;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the governance-mining program: its aggregate into Axon, its read model into the views, its rules into the period reports. */
@Configuration
public class GovernanceMiningConfiguration {

    @Bean
    public ConfigurerModule governanceMiningAggregate(PoolAggregates aggregates) {
        return aggregates.of(GovernanceMiningPool.class);
    }

    @Bean
    public ReadModelRegistration governanceMiningReadModel() {
        return views -> views.register(GovernanceMiningPoolCreated.class, GovernanceMiningReadModel::new);
    }

    @Bean
    public RewardsRules governanceMiningRewards() {
        return new GovernanceMiningRewards();
    }
}
