package io.stakingledger.core.common;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateStreamsTest {

    record Holding(String account, BigDecimal amount, Amount held, Instant at) implements Serializable {
    }

    static final class Book implements Serializable {
        final Map<String, Holding> holdings = new TreeMap<>();
        final List<BigDecimal> prices = new ArrayList<>();
    }

    private static byte[] written(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = StateStreams.output(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = StateStreams.input(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Test
    void everyDecimalComesBackWithItsValueAndScale() throws Exception {
        Book book = new Book();
        List<BigDecimal> decimals = List.of(new BigDecimal("0"), new BigDecimal("0.000"), new BigDecimal("-1.5"),
                new BigDecimal("123456789012345678901234567890.123456789012345678"), new BigDecimal("1E+40"),
                new BigDecimal("-0.000000000000000001"), BigDecimal.valueOf(Long.MIN_VALUE, 7));
        book.prices.addAll(decimals);
        book.holdings.put("alice", new Holding("alice", new BigDecimal("10.250"), Amount.of("3.5"),
                Instant.parse("2025-01-01T00:00:00Z")));

        Book back = (Book) read(written(book));

        assertThat(back.prices).hasSize(decimals.size());
        for (int i = 0; i < decimals.size(); i++) {
            assertThat(back.prices.get(i)).isEqualTo(decimals.get(i));
            assertThat(back.prices.get(i).scale()).isEqualTo(decimals.get(i).scale());
        }
        Holding alice = back.holdings.get("alice");
        assertThat(alice.amount()).isEqualTo(new BigDecimal("10.250"));
        assertThat(alice.held()).isEqualTo(Amount.of("3.5"));
        assertThat(alice.held().value().scale()).isEqualTo(Amount.SCALE);
    }

    @Test
    void equalDecimalsComeBackAsOneObjectAndDecimalsOfAnotherScaleApart() throws Exception {
        List<BigDecimal> written = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            written.add(new BigDecimal("250.000000000000000000"));
        }
        written.add(new BigDecimal("250"));

        @SuppressWarnings("unchecked")
        List<BigDecimal> back = (List<BigDecimal>) read(written((Serializable) written));

        assertThat(back.stream().limit(1_000).distinct()).hasSize(1);
        assertThat(back.get(0)).isSameAs(back.get(999));
        assertThat(back.get(1_000)).isNotSameAs(back.get(0));
        assertThat(back.get(1_000).scale()).isZero();
    }

    @Test
    void aDecimalIsWrittenInFewerBytesThanJavaWritesIt() throws Exception {
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            amounts.add(new BigDecimal(i + "." + "123456789012345678"));
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(plain)) {
            out.writeObject(amounts);
        }

        assertThat(written((Serializable) amounts).length).isLessThan(plain.size() / 2);
    }

    @Test
    void aClassOutsideTheLedgerAndTheJdksValueTypesIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of(new AtomicLong(5))));
        }

        assertThatThrownBy(() -> read(bytes.toByteArray())).isInstanceOf(InvalidClassException.class)
                .hasMessageContaining("REJECTED");
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() throws Exception {
        List<Object> deepest = new ArrayList<>();
        List<Object> outer = deepest;
        for (int i = 0; i < 100; i++) {
            List<Object> next = new ArrayList<>();
            next.add(outer);
            outer = next;
        }

        byte[] tooDeep = written((Serializable) outer);
        assertThatThrownBy(() -> read(tooDeep)).isInstanceOf(InvalidClassException.class);
        List<Object> shallow = new ArrayList<>(List.of(new ArrayList<>(List.of("x"))));
        assertThat(read(written(shallow))).isEqualTo(shallow);
    }
}
