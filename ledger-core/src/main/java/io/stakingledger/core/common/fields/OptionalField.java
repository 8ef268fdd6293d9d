package io.stakingledger.core.common.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An input field that may be left out (or sent as {@code null}): the component is then null and its javadoc says
 * what that means. On a component of an answer (a view record): the value may be null, and is written as
 * {@code null}; every other component of an answer is always present and never null.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface OptionalField {
}
