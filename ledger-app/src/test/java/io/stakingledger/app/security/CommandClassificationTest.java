package io.stakingledger.app.security;

import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of every program is classified and every account view is a view of the program. That
 * each account command names the account it acts for is checked over REST by {@code AccountBoundCallerTest}
 * (an account-bound caller is refused for another account and passes for its own, on every one).
 */
@LedgerAppTest
class CommandClassificationTest {

    @Autowired
    List<ProgramApi> programs;

    @Test
    void everyCommandHasAKindAndEveryAccountViewIsAView() {
        for (ProgramApi program : programs) {
            assertThat(program.commandKinds().keySet()).as(program.program()).isEqualTo(program.commands().keySet());
            assertThat(program.views()).as(program.program()).containsAll(program.accountViews());
        }
    }
}
