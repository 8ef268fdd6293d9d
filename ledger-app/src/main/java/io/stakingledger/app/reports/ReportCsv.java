package io.stakingledger.app.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stakingledger.app.audit.ConservationCheck;
import io.stakingledger.app.csv.CsvTable;
import io.stakingledger.core.common.Decimals;
import io.stakingledger.projections.reports.RewardsReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The period reports as CSV (RFC 4180, header first, CRLF line ends) for accounting tools. Decimals are
 * exact, written as in the JSON (plain, no exponent, no trailing zeros); an empty cell is "not applicable".
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /**
     * One row per account per epoch or day ({@code period} = its label), then one {@code total} row per account
     * with its flows, details and both positions ({@code opening.*}, {@code closing.*}); then one row per pool
     * epoch or day ({@code account} = {@code (pool)}); then the totals: {@code (accounts)}, {@code (remainder)}
     * (with {@code heldByPool} and {@code rounding}) and {@code (distributed)}. Σ (accounts) + (remainder) =
     * (distributed).
     */
    public static String rewards(RewardsReport report, ObjectMapper mapper) {
        Set<String> details = new LinkedHashSet<>();
        Set<String> opening = new LinkedHashSet<>();
        Set<String> closing = new LinkedHashSet<>();
        List<Map<String, String>> openings = new ArrayList<>();
        List<Map<String, String>> closings = new ArrayList<>();
        for (RewardsReport.AccountLine line : report.accounts()) {
            details.addAll(line.details().keySet());
            openings.add(decimals(mapper.valueToTree(line.opening())));
            closings.add(decimals(mapper.valueToTree(line.closing())));
            opening.addAll(openings.get(openings.size() - 1).keySet());
            closing.addAll(closings.get(closings.size() - 1).keySet());
        }
        List<String> header = new ArrayList<>(List.of("account", "period", "start", "end", "deposited", "withdrawn",
                "rewards", "distributed", "remainder", "heldByPool", "rounding"));
        header.addAll(details);
        opening.forEach(f -> header.add("opening." + f));
        closing.forEach(f -> header.add("closing." + f));
        CsvTable csv = new CsvTable();
        csv.row(header);
        int width = header.size();
        for (int i = 0; i < report.accounts().size(); i++) {
            RewardsReport.AccountLine line = report.accounts().get(i);
            for (RewardsReport.Slice slice : line.slices()) {
                csv.row(cells(width, line.account(), slice.label(), slice.start(), slice.end(), null, null,
                        slice.rewards()));
            }
            List<String> total = cells(width, line.account(), "total", report.from(), report.to(), line.deposited(),
                    line.withdrawn(), line.rewards());
            int column = 11;
            for (String detail : details) {
                total.set(column++, text(line.details().get(detail)));
            }
            for (String field : opening) {
                total.set(column++, openings.get(i).getOrDefault(field, ""));
            }
            for (String field : closing) {
                total.set(column++, closings.get(i).getOrDefault(field, ""));
            }
            csv.row(total);
        }
        for (RewardsReport.PoolSlice slice : report.slices()) {
            List<String> cells = cells(width, "(pool)", slice.label(), slice.start(), slice.end(), null, null,
                    slice.credited());
            cells.set(7, text(slice.distributed()));
            cells.set(8, text(slice.remainder()));
            csv.row(cells);
        }
        RewardsReport.Totals totals = report.totals();
        csv.row(cells(width, "(accounts)", "total", report.from(), report.to(), null, null, totals.accounts()));
        List<String> remainder = cells(width, "(remainder)", "total", report.from(), report.to(), null, null, null);
        remainder.set(8, text(totals.remainder()));
        remainder.set(9, text(totals.heldByPool()));
        remainder.set(10, text(totals.rounding()));
        csv.row(remainder);
        List<String> distributed = cells(width, "(distributed)", "total", report.from(), report.to(), null, null, null);
        distributed.set(7, text(totals.distributed()));
        csv.row(distributed);
        return csv.toString();
    }

    /**
     * {@code section,name,atFrom,atTo,change,ok,detail}: one {@code total} row per pool total, one
     * {@code law} row per conservation law (left and right side at {@code from} and at {@code to}), the
     * {@code head} rows (sequence, cursor, at, hash at each end) and the {@code chain} row.
     */
    public static String reconciliation(ReconciliationReport report) {
        CsvTable csv = new CsvTable();
        csv.row(List.of("section", "name", "atFrom", "atTo", "change", "ok", "detail"));
        for (ReconciliationReport.Total total : report.totals()) {
            csv.row(List.of("total", total.name(), text(total.atFrom()), text(total.atTo()), text(total.change()), "", ""));
        }
        laws(csv, "at from", report.lawsAtFrom());
        laws(csv, "at to", report.lawsAtTo());
        ReconciliationReport.Head from = report.headAtFrom();
        ReconciliationReport.Head to = report.headAtTo();
        csv.row(List.of("head", "sequence", from == null ? "" : Long.toString(from.sequence()), Long.toString(to.sequence()), "", "", ""));
        csv.row(List.of("head", "cursor", from == null ? "" : Long.toString(from.cursor()), Long.toString(to.cursor()), "", "", ""));
        csv.row(List.of("head", "at", from == null ? "" : text(from.at()), text(to.at()), "", "", ""));
        csv.row(List.of("head", "hash", from == null ? "" : text(from.hash()), text(to.hash()), "", "", ""));
        csv.row(List.of("chain", "verified through the head at to", "", "", "", Boolean.toString(report.chainOk()),
                text(report.chainBreak())));
        csv.row(List.of("laws", "all hold at both ends", "", "", "", Boolean.toString(report.lawsOk()), ""));
        return csv.toString();
    }

    private static void laws(CsvTable csv, String when, List<ConservationCheck> laws) {
        for (ConservationCheck law : laws) {
            csv.row(List.of("law " + when, law.law(), text(law.left()), text(law.right()), "", Boolean.toString(law.ok()), ""));
        }
    }

    private static List<String> cells(int width, String account, String period, Instant start, Instant end,
                                      BigDecimal deposited, BigDecimal withdrawn, BigDecimal rewards) {
        List<String> cells = new ArrayList<>(Arrays.asList(new String[width]));
        cells.replaceAll(c -> "");
        cells.set(0, account);
        cells.set(1, period);
        cells.set(2, text(start));
        cells.set(3, text(end));
        cells.set(4, text(deposited));
        cells.set(5, text(withdrawn));
        cells.set(6, text(rewards));
        return cells;
    }

    /** The decimal fields of a position as written in the JSON (strings that read as decimals), nested maps flattened. */
    private static Map<String, String> decimals(JsonNode node) {
        Map<String, String> cells = new LinkedHashMap<>();
        flatten("", node, cells);
        return cells;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> cells) {
        if (node == null || !node.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flatten(name + ".", field.getValue(), cells);
            } else if (field.getValue().isTextual() && CsvTable.isDecimal(field.getValue().textValue())) {
                cells.put(name, field.getValue().textValue());
            }
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? Decimals.format(decimal) : value.toString();
    }
}
