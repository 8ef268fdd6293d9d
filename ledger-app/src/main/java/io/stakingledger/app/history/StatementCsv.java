package io.stakingledger.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.stakingledger.app.csv.CsvTable;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An account statement as CSV (RFC 4180, header first), one row per event: {@code sequence}, {@code at},
 * {@code type}, {@code actor} (who sent the command; empty before actors were recorded), then the amount-like fields of the events — every decimal, with maps flattened to
 * {@code field.key} (e.g. {@code paid.USDC}) — then the key fields of the position after the event as
 * {@code position.<field>}. A column an event lacks is empty. Decimals are written exactly, as in the JSON.
 */
public final class StatementCsv {

    /** The position fields a back-office reconciles, per program; other programs get every decimal. */
    private static final Map<String, List<String>> KEY_POSITION_FIELDS = Map.of(
            "early-staking", List.of("bought", "dcrBalance", "principalShares", "virtualShares", "weightedShares",
                    "debt", "value", "withdrawable", "reserved", "deposited", "withdrawn"),
            "points-boost", List.of("staked", "stakingMultiplier", "totalPointsPerDay", "pointsAccrued"),
            "governance-mining", List.of("staked", "pendingAdd", "rewardAccrued", "rewardsPaid", "rewardsBurned",
                    "stakeBurned"),
            "vote-escrow", List.of("locked", "vKsp", "rewardsAccrued", "votesTotal"));

    /** Identify the row rather than measure anything, even when they happen to look like numbers. */
    private static final Set<String> NOT_AMOUNTS = Set.of("poolId", "pool", "account", "at");

    private StatementCsv() {
    }

    public static String write(AccountStatement statement) {
        List<Map<String, String>> eventCells = new ArrayList<>();
        Set<String> eventColumns = new LinkedHashSet<>();
        for (AccountStatement.Entry entry : statement.entries()) {
            Map<String, String> cells = new LinkedHashMap<>();
            flattenDecimals("", entry.event(), cells);
            eventColumns.addAll(cells.keySet());
            eventCells.add(cells);
        }
        List<String> positionColumns = positionColumns(statement);

        CsvTable csv = new CsvTable();
        List<String> header = new ArrayList<>(List.of("sequence", "at", "type", "actor"));
        header.addAll(eventColumns);
        positionColumns.forEach(field -> header.add("position." + field));
        csv.row(header);
        for (int i = 0; i < statement.entries().size(); i++) {
            AccountStatement.Entry entry = statement.entries().get(i);
            List<String> cells = new ArrayList<>(List.of(Long.toString(entry.sequence()), entry.at().toString(), entry.type(),
                    entry.actor() == null ? "" : entry.actor()));
            for (String column : eventColumns) {
                cells.add(eventCells.get(i).getOrDefault(column, ""));
            }
            for (String field : positionColumns) {
                JsonNode value = entry.position() == null ? null : entry.position().get(field);
                cells.add(value == null || value.isNull() ? "" : value.asText());
            }
            csv.row(cells);
        }
        return csv.toString();
    }

    private static List<String> positionColumns(AccountStatement statement) {
        List<String> chosen = KEY_POSITION_FIELDS.get(statement.program());
        if (chosen != null) {
            return chosen;
        }
        Set<String> decimals = new LinkedHashSet<>();
        for (AccountStatement.Entry entry : statement.entries()) {
            if (entry.position() != null) {
                entry.position().fields().forEachRemaining(f -> {
                    if (isDecimal(f.getValue()) && !NOT_AMOUNTS.contains(f.getKey())) {
                        decimals.add(f.getKey());
                    }
                });
            }
        }
        return List.copyOf(decimals);
    }

    private static void flattenDecimals(String prefix, JsonNode node, Map<String, String> cells) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (prefix.isEmpty() && NOT_AMOUNTS.contains(field.getKey())) {
                continue;
            }
            String name = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flattenDecimals(name + ".", field.getValue(), cells);
            } else if (isDecimal(field.getValue())) {
                cells.put(name, field.getValue().asText());
            }
        }
    }

    /** Decimals travel as strings; integers such as ids and epoch numbers are JSON numbers and not amounts. */
    private static boolean isDecimal(JsonNode value) {
        return value.isTextual() && CsvTable.isDecimal(value.textValue());
    }
}
