package io.stakingledger.app.voteescrow;

import io.stakingledger.core.common.fields.Doc;
import io.stakingledger.core.common.fields.MaxEntries;
import io.stakingledger.core.common.fields.OptionalField;
import io.stakingledger.core.voteescrow.VoteEscrowParameters;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * {@code CreatePool} params of a vote-escrow pool as received; every one optional (docs/domain/vote-escrow.md defaults).
 * {@code terms}, when given, replaces the default table as a whole. {@code unlockWindow} is an ISO-8601
 * duration text ({@code P7D}); a bare number is refused rather than taken as seconds.
 */
public record VoteEscrowParams(
        @OptionalField @MaxEntries(VoteEscrowParameters.MAX_TERMS)
        @Doc(value = "lock term code → vKSP per KSP; replaces the default table (4M, 8M, 12M, 12M+) as a whole")
        Map<String, BigDecimal> terms,
        @OptionalField @Doc(value = "how long after a lock's end it may be unlocked, ISO-8601 (default P7D)",
                example = "P7D")
        Duration unlockWindow,
        @OptionalField @Doc(value = "KSP emitted per day (default 864000)", example = "864000")
        BigDecimal dailyEmission,
        @OptionalField @Doc(value = "share of the emission paid to lockers (default 0.34)", example = "0.34")
        BigDecimal stakingShare,
        @OptionalField @Doc(value = "share of a target's fees paid to its voters (default 0.5)", example = "0.5")
        BigDecimal votingFeeShare) {

    VoteEscrowParameters resolve() {
        VoteEscrowParameters parameters = VoteEscrowParameters.defaults();
        if (terms != null) {
            parameters = parameters.withTerms(terms);
        }
        if (unlockWindow != null) {
            parameters = parameters.withUnlockWindow(unlockWindow);
        }
        if (dailyEmission != null) {
            parameters = parameters.withDailyEmission(dailyEmission);
        }
        if (stakingShare != null) {
            parameters = parameters.withStakingShare(stakingShare);
        }
        if (votingFeeShare != null) {
            parameters = parameters.withVotingFeeShare(votingFeeShare);
        }
        return parameters;
    }
}
