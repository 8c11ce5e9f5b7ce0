package io.conflictexplorer.gui.export;

import io.conflictexplorer.core.compare.StepTable;
import io.conflictexplorer.core.compare.StepTableText;
import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.AtomicFile;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.gui.lesson.model.FileWriting;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The step table of every scheme ({@link StepTable}), for handouts and checks, from the command line
 * and the Export menu:
 *
 * <pre>
 * conflict-explorer --export table (--preset N | --scenario FILE) [--schemes a,b,...]
 *     [--format md|csv] [--out FILE]
 * </pre>
 *
 * <p>The schemes default to all five in their order ({@code lww, client-vv, server-vv,
 * server-vv-merged, dvv}); the format to Markdown, or to what {@code --out}'s name ends in
 * ({@code .csv}); without {@code --out} the table goes to standard output. Exit status as the other
 * exports: 0 done, 2 a wrong command line, 1 the scenario could not be read or the file written.
 */
public final class TableExport {

    /** The value of {@code --export} that selects this export. */
    public static final String NAME = "table";

    static final String USAGE = "usage: --export table (--preset N | --scenario FILE) [--schemes "
            + String.join(
                    ",", Arrays.stream(Scheme.values()).map(Scheme::wireName).toList())
            + "] [--format md|csv] [--out FILE]";

    /** The two ways to write it. */
    public enum Format {
        MD(".md"),
        CSV(".csv");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file's name asks for: CSV for {@code .csv}, else Markdown. */
        public static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : MD;
        }

        static Format named(String name) {
            return switch (name) {
                case "md", "markdown" -> MD;
                case "csv" -> CSV;
                default -> throw new IllegalArgumentException("--format takes md or csv, not " + name);
            };
        }
    }

    private TableExport() {}

    /** The table of {@code scenario} under {@code schemes} as text in {@code format}. */
    public static String text(Scenario scenario, List<Scheme> schemes, Format format) {
        StepTable t = StepTable.of(scenario, schemes);
        return format == Format.CSV ? StepTableText.csv(t) : StepTableText.markdown(t);
    }

    /** Writes the table of every scheme for {@code scenario} into the file it is given (.md or .csv). */
    public static FileWriting writing(Scenario scenario) {
        return target -> AtomicFile.writeString(target, text(scenario, List.of(Scheme.values()), Format.of(target)));
    }

    /** What the command line asks for. */
    record Request(ExportCommand.Source source, List<Scheme> schemes, Format format, Path out) {}

    /** Runs {@code --export table ...}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Request r;
        try {
            r = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("conflict-explorer: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            String text = text(r.source().scenario(), r.schemes(), r.format());
            if (r.out() == null) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } else {
                AtomicFile.writeString(r.out(), text);
                err.println("conflict-explorer: wrote " + r.out().toAbsolutePath());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("conflict-explorer: " + e.getMessage());
            return 2;
        } catch (ScenarioFileException | IOException e) {
            err.println("conflict-explorer: " + e.getMessage());
            return 1;
        }
    }

    static Request parse(String[] args) {
        ExportCommand.Source source = null;
        List<Scheme> schemes = List.of(Scheme.values());
        Format format = null;
        Path out = null;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = rest.remove(0);
            switch (option) {
                case ExportCommand.OPTION -> {
                    if (!value.equals(NAME)) {
                        throw new IllegalArgumentException("not a table export: " + value);
                    }
                }
                case "--scenario" -> source = only(source, new ExportCommand.FileSource(Path.of(value)));
                case "--preset" -> source = only(source, new ExportCommand.PresetSource(preset(value)));
                case "--schemes" -> schemes = Scheme.parseList(value);
                case "--format" -> format = Format.named(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option + " for --export table");
            }
        }
        if (source == null) {
            throw new IllegalArgumentException("give the scenario: --scenario FILE or --preset N");
        }
        if (format == null) {
            format = out == null ? Format.MD : Format.of(out);
        }
        return new Request(source, schemes, format, out);
    }

    private static ExportCommand.Source only(ExportCommand.Source before, ExportCommand.Source now) {
        if (before != null) {
            throw new IllegalArgumentException("give one of --scenario and --preset");
        }
        return now;
    }

    private static int preset(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--preset takes a whole number, not " + value);
        }
    }
}
