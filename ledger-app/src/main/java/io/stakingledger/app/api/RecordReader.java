package io.stakingledger.app.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a record from one JSON object of input, one field per component of the same name ({@link FieldRule}):
 * a command's fields, a pool's {@code params}. Components named in {@code supplied} are not fields; the caller
 * gives them when it builds the record (a command's {@code poolId}, from the URL or the batch line). Fields are
 * read in component order, so the first rejection is the first wrong field as the record declares them.
 */
public final class RecordReader<R extends Record> {

    private final Class<R> type;
    private final List<String> components;
    private final List<FieldRule> fields;
    private final Constructor<R> constructor;

    private RecordReader(Class<R> type, Set<String> supplied) {
        this.type = type;
        RecordComponent[] all = type.getRecordComponents();
        this.components = Arrays.stream(all).map(RecordComponent::getName).toList();
        this.fields = Arrays.stream(all).filter(c -> !supplied.contains(c.getName())).map(FieldRule::of).toList();
        try {
            this.constructor = type.getDeclaredConstructor(Arrays.stream(all).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no canonical constructor", e);
        }
    }

    /** The reader of {@code type}; every component not in {@code supplied} is a field. */
    public static <R extends Record> RecordReader<R> of(Class<R> type, Set<String> supplied) {
        return new RecordReader<>(type, supplied);
    }

    public Class<R> type() {
        return type;
    }

    /** The fields on the wire, in component order. */
    public List<FieldRule> fields() {
        return fields;
    }

    /** Refuses any field the record does not declare, then reads each: field name → value (null: absent). */
    public Map<String, Object> read(Fields input) {
        input.allow(fields.stream().map(FieldRule::name).toArray(String[]::new));
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldRule field : fields) {
            values.put(field.name(), field.read(input));
        }
        for (FieldRule field : fields) {
            field.check(values.get(field.name()));
        }
        return values;
    }

    /** The record of {@code values} by component name (a missing name is null). */
    public R build(Map<String, ?> values) {
        List<Object> arguments = new ArrayList<>(components.size());
        for (String component : components) {
            arguments.add(values.get(component));
        }
        try {
            return constructor.newInstance(arguments.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }
}
