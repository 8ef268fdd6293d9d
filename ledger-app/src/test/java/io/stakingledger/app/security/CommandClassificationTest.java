package io.stakingledger.app.security;

import io.stakingledger.app.api.CommandKind;
import io.stakingledger.app.api.CommandRequest;
import io.stakingledger.app.api.ProgramApi;
import io.stakingledger.app.support.LedgerAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command of every program is classified, and an account command names the account it acts for. */
@LedgerAppTest
class CommandClassificationTest {

    @Autowired
    List<ProgramApi> programs;

    @Test
    void everyCommandHasAKindAndEveryAccountCommandNamesItsAccount() {
        for (ProgramApi program : programs) {
            assertThat(program.commandKinds().keySet()).as(program.program()).isEqualTo(program.commandTypes().keySet());
            for (Map.Entry<String, Class<? extends CommandRequest>> command : program.commandTypes().entrySet()) {
                boolean namesAccount = Arrays.stream(command.getValue().getRecordComponents())
                        .anyMatch(c -> c.getName().equals("account") && c.getType() == String.class);
                if (program.commandKinds().get(command.getKey()) == CommandKind.ACCOUNT) {
                    assertThat(namesAccount).as(program.program() + " " + command.getKey()).isTrue();
                }
            }
            assertThat(program.views()).containsAll(program.accountViews());
        }
    }
}
