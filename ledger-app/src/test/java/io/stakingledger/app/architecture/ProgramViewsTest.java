package io.stakingledger.app.architecture;

import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.core.Programs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each program's definition lists exactly the views its API answers. */
class ProgramViewsTest {

    @Test
    void everyProgramDefinitionListsTheViewsItsApiAnswers() throws Exception {
        List<Class<? extends ProgramApi>> apis = List.of(
                io.stakingledger.app.earlystaking.EarlyStakingApi.class,
                io.stakingledger.app.governancemining.GovernanceMiningApi.class,
                io.stakingledger.app.pointsboost.PointsBoostApi.class,
                io.stakingledger.app.voteescrow.VoteEscrowApi.class);
        assertThat(apis).hasSameSizeAs(Programs.ALL);
        for (Class<? extends ProgramApi> type : apis) {
            ProgramApi api = instance(type);
            Set<String> definitionViews = Set.copyOf(Programs.byId(api.program()).orElseThrow().views());
            assertThat(definitionViews).as(api.program()).isEqualTo(api.views());
        }
    }

    private static ProgramApi instance(Class<? extends ProgramApi> type) throws Exception {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
