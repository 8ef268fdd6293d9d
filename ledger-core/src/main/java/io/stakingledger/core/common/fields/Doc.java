package io.stakingledger.core.common.fields;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a field means, in the API's words, with a value that is valid for it (as JSON text would carry it: a
 * decimal {@code "1000"}, a term {@code "12M"}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface Doc {

    String value();

    /** An example value; empty when the field's type gives a good enough one. */
    String example() default "";
}
