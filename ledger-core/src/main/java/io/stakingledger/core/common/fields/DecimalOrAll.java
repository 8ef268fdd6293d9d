package io.stakingledger.core.common.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A BigDecimal field that also takes the word {@code "all"}, read as null ("everything"). Together with
 * {@link OptionalField}, leaving the field out also means everything.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface DecimalOrAll {
}
