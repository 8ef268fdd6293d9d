package io.stakingledger.app.api;

import io.stakingledger.core.common.ProgramDefinition;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One command of a program on the REST API and in batch files, derived from its domain record alone: the
 * type is the record's simple name (the domain reference's name), the fields are its components but {@code poolId}
 * ({@link RecordReader}), and the command is an account's own action when its {@code account} carries
 * {@link io.stakingledger.core.common.fields.ActingAccount} ({@link CommandKind}).
 */
public final class CommandBinding {

    /** The component every command takes from the request itself (the URL, or the batch line). */
    public static final String POOL_ID = "poolId";

    private final RecordReader<? extends Record> reader;
    private final CommandKind kind;

    private CommandBinding(Class<? extends Record> type) {
        this.reader = RecordReader.of(type, Set.of(POOL_ID));
        List<String> names = reader.fields().stream().map(FieldRule::name).toList();
        if (!Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList().contains(POOL_ID)
                || !names.contains("at") || !names.contains("commandId")) {
            throw new IllegalArgumentException(type.getName() + " is not a command: it needs poolId, at and commandId");
        }
        this.kind = reader.fields().stream().anyMatch(FieldRule::actingAccount) ? CommandKind.ACCOUNT
                : CommandKind.OPERATOR;
    }

    /**
     * The bindings of every command of {@code program}, the permitted records of its sealed command
     * interface, so a new command is bound by being declared there and nowhere else.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, CommandBinding> of(ProgramDefinition<?, ?, ?> program) {
        return of(program.commands().stream().map(type -> (Class<? extends Record>) type).toArray(Class[]::new));
    }

    /** The bindings of {@code commands} by type name; two commands of one program never share a name. */
    @SafeVarargs
    public static Map<String, CommandBinding> of(Class<? extends Record>... commands) {
        Map<String, CommandBinding> bindings = new LinkedHashMap<>();
        for (Class<? extends Record> command : commands) {
            if (bindings.put(command.getSimpleName(), new CommandBinding(command)) != null) {
                throw new IllegalArgumentException("two commands named " + command.getSimpleName());
            }
        }
        return Map.copyOf(bindings);
    }

    public String type() {
        return reader.type().getSimpleName();
    }

    public Class<? extends Record> commandClass() {
        return reader.type();
    }

    public CommandKind kind() {
        return kind;
    }

    /** The command's fields on the wire, in declaration order ({@code at} and {@code commandId} among them). */
    public List<FieldRule> fields() {
        return reader.fields();
    }

    /** Reads the command's fields strictly: any other field, or a wrong one, is refused. */
    public Read read(Fields fields) {
        return new Read(reader, reader.read(fields));
    }

    /** A command's fields as read, before the pool and the business time are final. */
    public static final class Read {

        private final RecordReader<? extends Record> reader;
        private final Map<String, Object> values;

        private Read(RecordReader<? extends Record> reader, Map<String, Object> values) {
            this.reader = reader;
            this.values = values;
        }

        /** Business time as sent; null when the caller left it out. */
        public Instant at() {
            return (Instant) values.get("at");
        }

        public String commandId() {
            return (String) values.get("commandId");
        }

        /** The account the command names; null for a command that names none. */
        public String account() {
            return values.get("account") instanceof String account ? account : null;
        }

        /** The domain command for pool {@code poolId} at business time {@code at} (null: the server's clock). */
        public Object toCommand(String poolId, Instant at) {
            Map<String, Object> all = new HashMap<>(values);
            all.put(POOL_ID, poolId);
            all.put("at", at);
            return reader.build(all);
        }
    }
}
