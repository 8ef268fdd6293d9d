package io.stakingledger.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.earlystaking.EarlyStakingApi;
import io.stakingledger.app.governancemining.GovernanceMiningApi;
import io.stakingledger.app.pointsboost.PointsBoostApi;
import io.stakingledger.app.voteescrow.VoteEscrowApi;
import io.stakingledger.core.common.CommandRejected;
import io.stakingledger.core.common.fields.Positive;
import io.stakingledger.core.earlystaking.Purchase;
import io.stakingledger.core.earlystaking.Withdraw;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The binder derived from the command records: who may send each command, and what the reader builds. */
class CommandBindingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Pinned by hand, so that a lost {@code @ActingAccount} (an account command becoming the operator's) or a
     * stray one is noticed: every command's kind as docs/security.md lists it.
     */
    @Test
    void everyCommandHasTheKindDocsSecurityGivesIt() {
        Map<String, String> kinds = new TreeMap<>();
        for (ProgramApi program : new ProgramApi[]{new EarlyStakingApi(), new GovernanceMiningApi(),
                new PointsBoostApi(), new VoteEscrowApi()}) {
            program.commandKinds().forEach((type, kind) -> kinds.put(program.program() + " " + type, kind.name()));
        }
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("early-staking Purchase", "ACCOUNT"), Map.entry("early-staking Stake", "ACCOUNT"),
                Map.entry("early-staking ExerciseDcr", "ACCOUNT"), Map.entry("early-staking Withdraw", "ACCOUNT"),
                Map.entry("early-staking Reserve", "ACCOUNT"), Map.entry("early-staking CancelReservation", "ACCOUNT"),
                Map.entry("early-staking ConvertPrincipal", "ACCOUNT"), Map.entry("early-staking CloseEpoch", "OPERATOR"),
                Map.entry("early-staking RealizeReservations", "OPERATOR"),
                Map.entry("governance-mining RequestStake", "ACCOUNT"), Map.entry("governance-mining Claim", "ACCOUNT"),
                Map.entry("governance-mining Unstake", "ACCOUNT"),
                Map.entry("governance-mining IncludePending", "OPERATOR"),
                Map.entry("governance-mining SweepFees", "OPERATOR"),
                Map.entry("points-boost Stake", "ACCOUNT"), Map.entry("points-boost Unstake", "ACCOUNT"),
                Map.entry("points-boost SetBasePoints", "OPERATOR"), Map.entry("points-boost SetPrice", "OPERATOR"),
                Map.entry("vote-escrow Lock", "ACCOUNT"), Map.entry("vote-escrow Unlock", "ACCOUNT"),
                Map.entry("vote-escrow EndRenewal", "ACCOUNT"), Map.entry("vote-escrow Vote", "ACCOUNT"),
                Map.entry("vote-escrow DistributeRewards", "OPERATOR"),
                Map.entry("vote-escrow RecordPoolFees", "OPERATOR"), Map.entry("vote-escrow SetPrice", "OPERATOR")));
    }

    @Test
    void theReaderBuildsTheDomainCommandWithThePoolAndTheFinalTime() throws Exception {
        CommandBinding purchase = CommandBinding.of(Purchase.class).get("Purchase");
        CommandBinding.Read read = purchase.read(Fields.of(JSON.readTree("""
                {"account":"alice","amount":"100","paidAsset":"USDC","paidAmount":50,"commandId":"c-1"}"""), ""));
        assertThat(read.account()).isEqualTo("alice");
        assertThat(read.at()).isNull();
        Instant at = Instant.parse("2026-01-02T00:00:00Z");
        assertThat(read.toCommand("kash", at)).isEqualTo(new Purchase("kash", "alice", new BigDecimal("100"), "USDC",
                new BigDecimal("50"), at, "c-1"));
    }

    @Test
    void theAnnotationsRefineTheReading() throws Exception {
        CommandBinding purchase = CommandBinding.of(Purchase.class).get("Purchase");
        assertThatThrownBy(() -> purchase.read(Fields.of(JSON.readTree("""
                {"account":"alice","amount":"100","paidAsset":"USDC","paidAmount":"0"}"""), "")))
                .isInstanceOf(CommandRejected.class).hasMessage("paidAmount must be positive, got 0");
        CommandBinding withdraw = CommandBinding.of(Withdraw.class).get("Withdraw");
        Object all = withdraw.read(Fields.of(JSON.readTree("{\"account\":\"alice\",\"amount\":\"all\"}"), ""))
                .toCommand("kash", Instant.EPOCH);
        assertThat(((Withdraw) all).amount()).as("all is everything").isNull();
        assertThatThrownBy(() -> withdraw.read(Fields.of(JSON.readTree("{\"account\":\"alice\"}"), "")))
                .isInstanceOf(CommandRejected.class).hasMessage("amount is required: a decimal or \"all\"");
    }

    record Misdeclared(String poolId, @Positive String account, Instant at, String commandId) {
    }

    record NotACommand(String account, BigDecimal amount) {
    }

    @Test
    void aRecordTheReaderCannotHonourIsRefusedWhenBound() {
        assertThatThrownBy(() -> CommandBinding.of(Misdeclared.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@Positive needs a BigDecimal");
        assertThatThrownBy(() -> CommandBinding.of(NotACommand.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs poolId, at and commandId");
    }
}
