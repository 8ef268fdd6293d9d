package io.stakingledger.core.common.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code account} whose own action the command is (Purchase, Stake, Lock, Claim...): a caller bound
 * to an account may send it for that account only. A command without it is the operator's, including one that
 * names an account it acts upon rather than for (points-boost SetBasePoints), so forgetting the mark can only
 * make a command stricter to send.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface ActingAccount {
}
