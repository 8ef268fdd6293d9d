package io.stakingledger.app.store;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whatever H2 URL an operator configures, an embedded H2 file store runs with the settings its
 * acknowledgements depend on:
 * <ul>
 *   <li>{@code WRITE_DELAY=0}: a commit is written to the file before the command is answered (H2's
 *       default of 500 ms lost every command acknowledged in the last half second before a kill);</li>
 *   <li>{@code TRACE_LEVEL_FILE=0}: no {@code .trace.db} file beside the store; on a full disk it grew
 *       until it filled the space freed for recovery. H2's errors reach the application log instead.</li>
 * </ul>
 * An operator's own value for either is replaced, not kept: there is no safe weaker setting.
 *
 * <p>The command-line tools that read a store ({@code ledger.store.must-exist=true}) also add
 * {@code IFEXISTS=TRUE}: verifying a store that is not there must say so, not create an empty one.
 */
@Component
public class H2Durability implements BeanPostProcessor {

    static final String REQUIRED = "WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

    private final boolean mustExist;

    public H2Durability(Environment environment) {
        this.mustExist = environment.getProperty("ledger.store.must-exist", Boolean.class, false);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            String url = durable(properties.getUrl());
            properties.setUrl(mustExist && LedgerStore.h2File(url).isPresent() ? url + ";IFEXISTS=TRUE" : url);
        }
        return bean;
    }

    /** The URL with the durable settings, if it names an embedded H2 file; any other URL unchanged. */
    public static String durable(String url) {
        if (LedgerStore.h2File(url).isEmpty()) {
            return url;
        }
        String[] parts = url.split(";");
        String kept = Arrays.stream(parts).skip(1)
                .filter(option -> !option.isBlank())
                .filter(option -> !isSetting(option, "WRITE_DELAY") && !isSetting(option, "TRACE_LEVEL_FILE"))
                .map(option -> ";" + option)
                .collect(Collectors.joining());
        return parts[0] + kept + ";" + REQUIRED;
    }

    private static boolean isSetting(String option, String name) {
        return option.toUpperCase(Locale.ROOT).startsWith(name + "=");
    }
}
