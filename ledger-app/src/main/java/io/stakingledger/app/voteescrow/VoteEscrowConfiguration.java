package io.stakingledger.app.voteescrow;

import io.stakingledger.app.config.PoolAggregates;
import io.stakingledger.app.config.ReadModelRegistration;
import io.stakingledger.core.voteescrow.VoteEscrowPool;
import io.stakingledger.core.voteescrow.VoteEscrowPoolCreated;
import io.stakingledger.projections.voteescrow.VoteEscrowReadModel;
import io.stakingledger.projections.voteescrow.VoteEscrowRewards;
import io.stakingledger.projections.reports.RewardsRules;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the vote-escrow program: its aggregate into Axon, its read model into the views, its rules into the period reports. */
@Configuration
public class VoteEscrowConfiguration {

    @Bean
    public ConfigurerModule voteEscrowAggregate(PoolAggregates aggregates) {
        return aggregates.of(VoteEscrowPool.class);
    }

    @Bean
    public ReadModelRegistration voteEscrowReadModel() {
        return views -> views.register(VoteEscrowPoolCreated.class, VoteEscrowReadModel::new);
    }

    @Bean
    public RewardsRules voteEscrowRewards() {
        return new VoteEscrowRewards();
    }
}
