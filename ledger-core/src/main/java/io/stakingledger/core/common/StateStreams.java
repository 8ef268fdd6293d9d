package io.stakingledger.core.common;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutput;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Set;

/**
 * The Java serialization streams that pool snapshots and the views' checkpoint are written and read with:
 * plain object streams, except that every {@link BigDecimal} travels as a {@link Decimal}, its scale and
 * unscaled digits and nothing else, and that equal decimals read from one stream come back as one object.
 *
 * <p>Why: the states and views of a large store hold millions of 18-digit decimals. As Java serializes them, each
 * is a BigDecimal and a BigInteger read field by field through reflection, and reading the largest checkpoint of
 * the benchmark was most of a restart. Read back, every decimal is a new object although many are
 * equal (zeros, the same stake in many accounts), and the views filled most of a 1 GiB heap. The value read
 * back is the same decimal, scale included.
 *
 * <p>Reading admits only the ledger's own classes and the JDK's decimals, times, collections and
 * {@code java.lang} types, nothing else, with bounded depth, references and array lengths ({@link #ADMITTED}).
 */
public final class StateStreams {

    /** What reading a serialized state or view admits. */
    public static final ObjectInputFilter ADMITTED = StateStreams::admit;

    private static final int MAX_DEPTH = 64;
    private static final long MAX_REFERENCES = 200_000_000L;
    private static final long MAX_ARRAY_LENGTH = 100_000_000L;
    private static final Set<String> JDK_PACKAGES = Set.of("java.math", "java.time", "java.util", "java.lang");

    /*
     * Once per class: the JDK's pattern filter, which this replaces with the same rules, matched the patterns and
     * asked its logger for every object read (16% of a short JFR profile of reading a checkpoint).
     */
    private static final ClassValue<Boolean> ADMITTED_CLASSES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isPrimitive() || type.getName().startsWith("io.stakingledger.")
                    || JDK_PACKAGES.contains(type.getPackageName());
        }
    };

    private StateStreams() {
    }

    private static ObjectInputFilter.Status admit(ObjectInputFilter.FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() > MAX_ARRAY_LENGTH) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        return ADMITTED_CLASSES.get(type) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /** An object stream that writes every decimal in its compact form. */
    public static ObjectOutputStream output(OutputStream out) throws IOException {
        return new DecimalOutput(out);
    }

    /**
     * An object stream that reads what {@link #output} wrote, under {@link #ADMITTED}, and shares one object
     * among the equal decimals it reads.
     */
    public static ObjectInputStream input(InputStream in) throws IOException {
        ObjectInputStream stream = new DecimalInput(in);
        stream.setObjectInputFilter(ADMITTED);
        return stream;
    }

    private static final class DecimalOutput extends ObjectOutputStream {

        DecimalOutput(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            return object != null && object.getClass() == BigDecimal.class ? new Decimal((BigDecimal) object) : object;
        }
    }

    private static final class DecimalInput extends ObjectInputStream {

        /*
         * The decimals read lately, by a hash of their digits and scale, one per slot: a decimal equal to the one in
         * its slot is that object. A table that never grows, because a map of every distinct decimal of a large
         * checkpoint took a fifth of the time to read it (JFR).
         */
        private static final int SLOTS = 1 << 15;

        private final byte[][] digits = new byte[SLOTS][];
        private final int[] scales = new int[SLOTS];
        private final BigDecimal[] decimals = new BigDecimal[SLOTS];

        DecimalInput(InputStream in) throws IOException {
            super(in);
            enableResolveObject(true);
        }

        BigDecimal shared(int scale, byte[] unscaled) {
            int hash = Arrays.hashCode(unscaled) * 31 + scale;
            int slot = (hash ^ hash >>> 15) & (SLOTS - 1);
            BigDecimal known = decimals[slot];
            if (known != null && scales[slot] == scale && Arrays.equals(digits[slot], unscaled)) {
                return known;
            }
            BigDecimal decimal = new BigDecimal(new BigInteger(unscaled), scale);
            digits[slot] = unscaled;
            scales[slot] = scale;
            decimals[slot] = decimal;
            return decimal;
        }

        @Override
        protected Object resolveObject(Object object) {
            return object instanceof Decimal decimal ? decimal.value : object;
        }
    }

    /** A decimal as written in these streams: scale, length of the unscaled digits, the digits (two's complement). */
    public static final class Decimal implements Externalizable {

        private static final long serialVersionUID = 1L;

        private BigDecimal value;

        /** For deserialization only. */
        public Decimal() {
        }

        Decimal(BigDecimal value) {
            this.value = value;
        }

        @Override
        public void writeExternal(ObjectOutput out) throws IOException {
            byte[] unscaled = value.unscaledValue().toByteArray();
            out.writeInt(value.scale());
            out.writeShort(unscaled.length);
            out.write(unscaled);
        }

        @Override
        public void readExternal(ObjectInput in) throws IOException {
            int scale = in.readInt();
            int length = in.readUnsignedShort();
            if (length == 0) {
                throw new IOException("a decimal without digits");
            }
            byte[] unscaled = new byte[length];
            in.readFully(unscaled);
            value = in instanceof DecimalInput streams ? streams.shared(scale, unscaled)
                    : new BigDecimal(new BigInteger(unscaled), scale);
        }
    }
}
