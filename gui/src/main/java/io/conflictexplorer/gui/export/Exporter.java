package io.conflictexplorer.gui.export;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.files.AtomicFile;
import io.conflictexplorer.files.ScenarioFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every export, for the menu and the command line alike: the slide of one step as SVG or PNG, the
 * frames of every step, an animated GIF, and the run as Mermaid, PlantUML or a ShiViz log. The
 * pictures embed the scenario (SVG metadata, PNG text chunk), so they open again as scenarios.
 */
public final class Exporter {

    /** A step's frame shows for 1.2 s in a GIF (the app's playback pace), the last one for 4 s. */
    static final int GIF_DELAY = 120;

    static final int GIF_LAST_DELAY = 400;

    private Exporter() {}

    /** The step {@code options} asks for: its own, or the last when negative; refused beyond the run. */
    public static int step(Simulation sim, ExportOptions options) {
        int last = sim.vv().size();
        if (options.step() > last) {
            throw new IllegalArgumentException(
                    "step " + options.step() + " is beyond the run, which has " + last + " steps");
        }
        return options.step() < 0 ? last : options.step();
    }

    /** The text of a text format ({@link ExportFormat#text()}). */
    public static String text(Simulation sim, ExportFormat format) {
        return switch (format) {
            case MERMAID -> SequenceDiagram.mermaid(sim);
            case PLANTUML -> SequenceDiagram.plantUml(sim);
            case SHIVIZ -> ShivizLog.of(sim);
            default -> throw new IllegalArgumentException(format.cliName() + " is not a text format");
        };
    }

    /** The slide of the step {@code options} asks for. */
    public static Figure figure(Simulation sim, ExportOptions options) {
        return SlideLayout.slide(sim, step(sim, options), options.theme(), options.range());
    }

    /** The SVG of the slide {@code options} asks for. */
    public static String svg(Simulation sim, ExportOptions options) {
        return SvgFigure.write(figure(sim, options), sim.scenario().title(), ScenarioFiles.toJson(sim.scenario()));
    }

    /**
     * Writes {@code format} to {@code out}: a file, or for {@link ExportFormat#FRAMES} a folder
     * (made if missing) that gets {@code step-00.png} (or .svg) to {@code step-NN}.
     *
     * @return the files written
     */
    public static List<Path> write(Simulation sim, ExportFormat format, ExportOptions options, Path out)
            throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && format != ExportFormat.FRAMES) {
            Files.createDirectories(parent);
        }
        String json = ScenarioFiles.toJson(sim.scenario());
        switch (format) {
            case SVG -> AtomicFile.writeString(out, svg(sim, options));
            case PNG -> PngFigure.write(PngFigure.render(figure(sim, options), options.scale()), json, out);
            case GIF -> {
                List<BufferedImage> frames = new ArrayList<>();
                for (int k = 0; k <= sim.vv().size(); k++) {
                    frames.add(PngFigure.render(
                            SlideLayout.slide(sim, k, options.theme(), options.range()), options.scale()));
                }
                AnimatedGif.write(frames, GIF_DELAY, GIF_LAST_DELAY, out);
            }
            case FRAMES -> {
                return frames(sim, options, out, json);
            }
            default -> AtomicFile.writeString(out, text(sim, format));
        }
        return List.of(out);
    }

    private static List<Path> frames(Simulation sim, ExportOptions options, Path dir, String json) throws IOException {
        Files.createDirectories(dir);
        int n = sim.vv().size();
        int digits = Math.max(2, String.valueOf(n).length());
        List<Path> written = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            Figure f = SlideLayout.slide(sim, k, options.theme(), options.range());
            String name = String.format(Locale.ROOT, "step-%0" + digits + "d", k);
            Path file = dir.resolve(name + (options.framesAsSvg() ? ".svg" : ".png"));
            if (options.framesAsSvg()) {
                AtomicFile.writeString(file, SvgFigure.write(f, sim.scenario().title(), json));
            } else {
                PngFigure.write(PngFigure.render(f, options.scale()), json, file);
            }
            written.add(file);
        }
        return written;
    }
}
