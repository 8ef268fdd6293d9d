package io.stakingledger.projections;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The views are checkpointed with Java serialization (the app's {@code ViewCheckpoint}), so every class a
 * read model holds must be serializable. This walks every field of every read model, through generic
 * arguments and the permitted subclasses of sealed types, and names each ledger class that is not, before a
 * checkpoint fails at runtime (where it would only cost a full replay at the next start, with a warning).
 */
class CheckpointableReadModelsTest {

    @Test
    void everyClassAReadModelHoldsIsSerializable() throws Exception {
        List<Class<?>> models = readModels();
        assertThat(models).hasSizeGreaterThanOrEqualTo(4);
        Set<String> notSerializable = new TreeSet<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(models);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type) || !type.getName().startsWith("io.stakingledger.")) {
                continue;
            }
            if (!Serializable.class.isAssignableFrom(type) && !type.isInterface()) {
                notSerializable.add(type.getName());
            }
            if (type.isSealed()) {
                pending.addAll(List.of(type.getPermittedSubclasses()));
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                        collect(field.getGenericType(), pending);
                    }
                }
            }
        }
        assertThat(notSerializable).as("ledger classes held by read models that are not Serializable").isEmpty();
        assertThat(seen).as("the walk reached the programs' states").anyMatch(type -> type.getSimpleName().endsWith("State"));
    }

    private static void collect(Type type, Deque<Class<?>> into) {
        if (type instanceof Class<?> plain) {
            into.push(plain.isArray() ? plain.getComponentType() : plain);
        } else if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), into);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, into);
            }
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), into);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, into);
            }
        }
    }

    /** Every class of this module that implements {@link PoolReadModel}. */
    private static List<Class<?>> readModels() throws IOException {
        Path classes = Path.of(PoolReadModel.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(CheckpointableReadModelsTest::load)
                    .filter(type -> PoolReadModel.class.isAssignableFrom(type) && !type.isInterface())
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
