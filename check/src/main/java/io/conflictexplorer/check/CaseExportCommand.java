package io.conflictexplorer.check;

import io.conflictexplorer.check.drive.CaseExport;
import io.conflictexplorer.check.drive.GraderCase;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.files.PresetFile;
import io.conflictexplorer.files.Presets;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * {@code --export case (--scenario FILE | --preset N) [--mode vv|lww] [--out NAME]}: a scenario as a
 * grader case ({@link CaseExport}), {@code NAME.in} and {@code NAME.out} in the course task's format,
 * for the app's command-line export (the app's {@code ExportCommand} hands {@code --export case}
 * here, with its reader of scenario files and exported pictures).
 *
 * <p>The mode defaults to {@code vv} (the task's subject); NAME to the scenario file's or preset's
 * name without its extension, then {@code -MODE}, in the current folder. Exit status as the other
 * exports: 0 written, 2 a wrong command line or a scenario the task's messages cannot express, 1 the
 * scenario could not be read or the files written.
 */
public final class CaseExportCommand {

    /** The value of {@code --export} that selects this export. */
    public static final String NAME = "case";

    static final String USAGE = "usage: --export case (--scenario FILE | --preset N) [--mode vv|lww] [--out NAME]";

    /** Reads the scenario {@code --scenario} names (the app also reads exported pictures). */
    @FunctionalInterface
    public interface ScenarioReader {
        Scenario read(Path file) throws ScenarioFileException;
    }

    private CaseExportCommand() {}

    /** With scenario files only. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ScenarioFiles::read);
    }

    /** Runs the export {@code args} describe ({@code --export case ...}); returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, ScenarioReader reader) {
        Path file = null;
        Integer preset = null;
        Mode mode = Mode.VV;
        Path name = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--export" -> {
                        if (!value.equals(NAME)) {
                            throw new IllegalArgumentException("--export " + value + " is not this export");
                        }
                    }
                    case "--scenario" -> file = Paths.get(value);
                    case "--preset" -> preset = number(value);
                    case "--mode" -> mode = Mode.parse(value);
                    case "--out" -> name = Paths.get(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if ((file == null) == (preset == null)) {
                throw new IllegalArgumentException("give the scenario: --scenario FILE or --preset N");
            }
        } catch (IllegalArgumentException e) {
            err.println("conflict-explorer: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Scenario scenario;
        String stem;
        try {
            if (preset != null) {
                PresetFile p = Presets.numbered(preset);
                scenario = p.scenario();
                stem = p.file();
            } else {
                scenario = reader.read(file);
                stem = file.getFileName().toString();
            }
        } catch (IllegalArgumentException e) {
            err.println("conflict-explorer: " + e.getMessage());
            return 2;
        } catch (ScenarioFileException e) {
            err.println("conflict-explorer: " + e.getMessage());
            return 1;
        }
        GraderCase kase;
        try {
            kase = CaseExport.of(scenario, mode);
        } catch (IllegalArgumentException e) {
            err.println("conflict-explorer: " + e.getMessage());
            return 2;
        }
        if (name == null) {
            name = Paths.get(stem.replaceFirst("(\\.cexp)?\\.[^.]*$", "") + "-" + mode.wireName());
        }
        try {
            List<Path> written = kase.write(name);
            err.println("conflict-explorer: wrote " + written.get(0).toAbsolutePath() + " and "
                    + written.get(1).getFileName());
            return 0;
        } catch (IOException e) {
            err.println("conflict-explorer: could not write " + name + ".in/.out: " + e.getMessage());
            return 1;
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--preset takes a whole number, not " + value);
        }
    }
}
