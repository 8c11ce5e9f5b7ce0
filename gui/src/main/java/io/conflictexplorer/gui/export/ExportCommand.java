package io.conflictexplorer.gui.export;

import io.conflictexplorer.check.CaseExportCommand;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import io.conflictexplorer.gui.files.PictureFiles;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.platform.Theme;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exports without a window, for a teacher who scripts slides:
 *
 * <pre>
 * conflict-explorer --export svg|png|frames|gif|mermaid|plantuml|shiviz
 *     (--scenario FILE | --preset N) [--step K] [--out PATH]
 *     [--theme light|presenter|dark] [--scale S] [--from T --to T] [--frames svg|png]
 * conflict-explorer --export table (--scenario FILE | --preset N) [--schemes a,b,...] [--format md|csv]
 *     [--out FILE]
 * conflict-explorer --export case (--scenario FILE | --preset N) [--mode vv|lww] [--out NAME]
 * </pre>
 *
 * <p>It uses no JavaFX toolkit (Java2D, headless, draws the PNG), so it needs no display. It is its
 * own main class: the {@code java} launcher starts JavaFX before the main method of an
 * {@code Application} class such as the app's runs, so a hook there would come too late; the
 * packaged {@code conflict-explorer} launcher starts this class when it sees {@code --export}. It
 * calls the same {@link Exporter} as the menu. {@code --preset N} is the preset
 * numbered N in the preset list (1 to 8), then in the gallery of published cases (9 to 17), {@code --scenario} a scenario file or an exported SVG or
 * PNG; the step defaults to the last; a text format without {@code --out} goes to standard output.
 * Exit status: 0 done, 2 a wrong command line, 1 the export failed.
 */
public final class ExportCommand {

    /** The option that selects this command instead of the window. */
    public static final String OPTION = "--export";

    static final String USAGE = "usage: --export svg|png|frames|gif|mermaid|plantuml|shiviz"
            + " (--scenario FILE | --preset N) [--step K] [--out PATH]"
            + " [--theme light|presenter|dark] [--scale S] [--from T --to T] [--frames svg|png]"
            + "\n       --export table (--scenario FILE | --preset N) [--schemes a,b,...] [--format md|csv]"
            + " [--out FILE]"
            + "\n       --export case (--scenario FILE | --preset N) [--mode vv|lww] [--out NAME]";

    private ExportCommand() {}

    /** The command line's entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the export {@code args} describe; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int at = Arrays.asList(args).indexOf(OPTION);
        if (at >= 0 && at + 1 < args.length && args[at + 1].equals(TableExport.NAME)) {
            return TableExport.run(args, out, err); // a table, not a picture of the two modes
        }
        if (at >= 0 && at + 1 < args.length && args[at + 1].equals(CaseExportCommand.NAME)) {
            // a grader case (NAME.in, NAME.out): the check module's, from a scenario file or picture
            return CaseExportCommand.run(args, out, err, f -> new FileSource(f).scenario());
        }
        // Java2D draws without a display; set before the first AWT class asks
        System.setProperty("java.awt.headless", "true");
        Request request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("conflict-explorer: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Scenario scenario = request.scenario();
            Simulation sim = Simulator.run(scenario);
            Exporter.step(sim, request.options()); // a step beyond the run is a wrong command line
            if (request.out() == null) {
                out.write(Exporter.text(sim, request.format()).getBytes(StandardCharsets.UTF_8));
                out.flush();
                return 0;
            }
            List<Path> written = Exporter.write(sim, request.format(), request.options(), request.out());
            err.println("conflict-explorer: wrote "
                    + (written.size() == 1
                            ? written.get(0).toAbsolutePath()
                            : written.size() + " files into " + request.out().toAbsolutePath()));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("conflict-explorer: " + e.getMessage());
            return 2;
        } catch (ScenarioFileException | IOException e) {
            err.println("conflict-explorer: " + e.getMessage());
            return 1;
        }
    }

    /** What the command line asks for. */
    record Request(ExportFormat format, Source source, ExportOptions options, Path out) {
        Scenario scenario() throws ScenarioFileException {
            return source.scenario();
        }
    }

    /** Where the scenario comes from: one case per option. */
    sealed interface Source {
        Scenario scenario() throws ScenarioFileException;
    }

    /** {@code --scenario FILE}: a scenario file, or a picture exported with its scenario. */
    record FileSource(Path file) implements Source {
        @Override
        public Scenario scenario() throws ScenarioFileException {
            return PictureFiles.isPicture(file) ? PictureFiles.read(file) : ScenarioFiles.read(file);
        }
    }

    /** {@code --preset N}: the preset numbered N in the app's list, then in the gallery ({@link Assets#numbered()}). */
    record PresetSource(int number) implements Source {
        @Override
        public Scenario scenario() {
            List<Preset> presets = Assets.numbered();
            if (number < 1 || number > presets.size()) {
                throw new IllegalArgumentException(
                        "--preset takes 1 to " + presets.size() + " (the preset list's numbers), not " + number);
            }
            return presets.get(number - 1).scenario();
        }
    }

    static Request parse(String[] args) {
        ExportFormat format = null;
        Source source = null;
        ExportOptions options = ExportOptions.DEFAULT;
        Path out = null;
        Long from = null;
        Long to = null;
        boolean scaleGiven = false;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = rest.remove(0);
            switch (option) {
                case OPTION -> format = format(value);
                case "--scenario" -> source = only(source, new FileSource(Path.of(value)));
                case "--preset" -> source = only(source, new PresetSource(number(option, value)));
                case "--step" -> options = options.withStep(number(option, value));
                case "--out" -> out = Path.of(value);
                case "--theme" -> options = options.withTheme(theme(value));
                case "--scale" -> {
                    options = options.withScale(decimal(option, value));
                    scaleGiven = true;
                }
                case "--from" -> from = (long) number(option, value);
                case "--to" -> to = (long) number(option, value);
                case "--frames" -> options = options.withFramesAsSvg(framesAsSvg(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (format == null) {
            throw new IllegalArgumentException("--export needs a format");
        }
        if (source == null) {
            throw new IllegalArgumentException("give the scenario: --scenario FILE or --preset N");
        }
        if (options.step() < -1 || options.step() == -1 && Arrays.asList(args).contains("--step")) {
            throw new IllegalArgumentException("--step takes 0 or more");
        }
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("--from and --to go together");
        }
        if (from != null) {
            options = options.withRange(new TimeRange(from, to));
        }
        if (out == null && !format.text()) {
            throw new IllegalArgumentException(format.cliName() + " needs --out PATH");
        }
        if (format == ExportFormat.GIF && !scaleGiven) {
            options = options.withScale(0.5); // 960 x 540: a GIF of full-size frames is large and slow
        }
        return new Request(format, source, options, out);
    }

    private static Source only(Source before, Source now) {
        if (before != null) {
            throw new IllegalArgumentException("give one of --scenario and --preset");
        }
        return now;
    }

    private static ExportFormat format(String value) {
        try {
            return ExportFormat.named(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format " + value + " (or table, first)");
        }
    }

    private static Theme theme(String value) {
        try {
            return Theme.named(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown theme " + value + " (light, presenter or dark)");
        }
    }

    private static boolean framesAsSvg(String value) {
        return switch (value) {
            case "svg" -> true;
            case "png" -> false;
            default -> throw new IllegalArgumentException("--frames takes svg or png, not " + value);
        };
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + value);
        }
    }

    private static double decimal(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
    }
}
