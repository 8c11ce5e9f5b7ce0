package io.conflictexplorer.core.compare;

import io.conflictexplorer.core.scheme.Scheme;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StepTable} as text: a Markdown table for handouts, or CSV (RFC 4180: fields with a
 * comma, a quote or a line break are quoted, quotes doubled, lines end with CRLF) for checks and
 * spreadsheets. Columns: step, t, event, then per scheme and replica its stored values, siblings
 * and clock size, then per scheme what a read returned. A single store's columns name no replica.
 */
public final class StepTableText {

    private StepTableText() {}

    /** The header, one name per column. */
    public static List<String> header(StepTable t) {
        List<String> out = new ArrayList<>(List.of("step", "t", "event"));
        boolean cluster = t.replicas().size() > 1;
        for (Scheme s : t.schemes()) {
            for (String r : t.replicas()) {
                String at = cluster ? " " + r : "";
                out.add(s.wireName() + at + " stored");
                out.add(s.wireName() + at + " siblings");
                out.add(s.wireName() + at + " clock size");
            }
            out.add(s.wireName() + " read");
        }
        return out;
    }

    /** The cells of each row, in the header's order. */
    public static List<List<String>> cells(StepTable t) {
        List<List<String>> out = new ArrayList<>();
        for (StepTable.Row row : t.rows()) {
            List<String> line =
                    new ArrayList<>(List.of(Integer.toString(row.step()), Long.toString(row.time()), row.event()));
            for (StepTable.SchemeCells c : row.cells()) {
                for (StepTable.ReplicaCells r : c.replicas()) {
                    line.add(r.stored());
                    line.add(Integer.toString(r.siblings()));
                    line.add(Integer.toString(r.clockSize()));
                }
                line.add(c.read() == null ? "" : c.read());
            }
            out.add(line);
        }
        return out;
    }

    /** A Markdown table (GitHub's pipe tables), with the scenario's title as a heading above it. */
    public static String markdown(StepTable t) {
        StringBuilder sb = new StringBuilder();
        if (!t.scenario().title().isEmpty()) {
            sb.append("### ").append(t.scenario().title()).append("\n\n");
        }
        List<String> header = header(t);
        row(sb, header);
        List<String> rule = new ArrayList<>();
        header.forEach(h -> rule.add("---"));
        row(sb, rule);
        for (List<String> line : cells(t)) {
            row(sb, line);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        sb.append('\n');
    }

    /** The table as CSV, header first. */
    public static String csv(StepTable t) {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, header(t));
        for (List<String> line : cells(t)) {
            csvLine(sb, line);
        }
        return sb.toString();
    }

    private static void csvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }
}
