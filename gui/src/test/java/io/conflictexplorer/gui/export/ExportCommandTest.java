package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.gui.files.PictureFiles;
import io.conflictexplorer.gui.platform.Preset;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every format from the command line, for every preset, each checked for what it must hold. The
 * Mermaid texts are also kept in target/export-check for .ci/run, which checks them against
 * Mermaid's own parser (Node.js; see the README).
 */
class ExportCommandTest {

    /** Where the Mermaid texts are kept for the grammar check of .ci/run. */
    static final Path CHECK_DIR = Path.of("target", "export-check");

    @TempDir
    Path dir;

    static Stream<Arguments> presetsAndFormats() {
        List<Arguments> out = new ArrayList<>();
        List<Preset> presets = ExportFixtures.presets();
        for (int n = 1; n <= presets.size(); n++) {
            for (ExportFormat f : ExportFormat.values()) {
                out.add(Arguments.of(n, f));
            }
        }
        return out.stream();
    }

    record Result(int status, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExportCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "preset {0} as {1}")
    @MethodSource("presetsAndFormats")
    void everyPresetInEveryFormat(int number, ExportFormat format) throws Exception {
        Preset preset = ExportFixtures.presets().get(number - 1);
        Simulation sim = ExportFixtures.run(preset);
        int steps = sim.vv().size();
        Path out = dir.resolve("preset-" + number + format.extension());
        Result r = run("--export", format.cliName(), "--preset", String.valueOf(number), "--out", out.toString());
        assertEquals(0, r.status(), r.err());

        switch (format) {
            case SVG -> {
                Document svg = ExportFixtures.xml(Files.readString(out, StandardCharsets.UTF_8));
                assertTrue(ExportFixtures.texts(svg).contains(preset.title()));
                assertEquals(preset.scenario(), PictureFiles.read(out));
            }
            case PNG -> {
                BufferedImage png = ImageIO.read(out.toFile());
                assertEquals(1920, png.getWidth());
                assertEquals(preset.scenario(), PictureFiles.read(out));
            }
            case FRAMES -> {
                List<Path> frames;
                try (Stream<Path> files = Files.list(out)) {
                    frames = files.sorted().toList();
                }
                assertEquals(steps + 1, frames.size(), "one frame per step and one before the first");
                assertEquals("step-00.png", frames.get(0).getFileName().toString());
                assertEquals(preset.scenario(), PictureFiles.read(frames.get(frames.size() - 1)));
            }
            case GIF -> {
                try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
                    ImageReader reader =
                            ImageIO.getImageReadersByFormatName("gif").next();
                    reader.setInput(in);
                    assertEquals(steps + 1, reader.getNumImages(true), "one frame per step and one before the first");
                    assertEquals(960, reader.getWidth(0), "half size unless --scale says");
                    reader.dispose();
                }
            }
            case MERMAID -> {
                String text = Files.readString(out, StandardCharsets.UTF_8);
                assertEquals(SequenceDiagram.mermaid(sim), text);
                Files.createDirectories(CHECK_DIR);
                Files.writeString(CHECK_DIR.resolve("preset-" + number + ".mmd"), text, StandardCharsets.UTF_8);
            }
            case PLANTUML -> SequenceDiagramTest.renderPlantUml(Files.readString(out, StandardCharsets.UTF_8));
            case SHIVIZ ->
                assertEquals(
                        3L * preset.scenario().operations().size()
                                + sim.vv().messages().size()
                                + sim.vv().steps().stream()
                                        .filter(s -> s instanceof Step.Arrival)
                                        .count(),
                        ShivizLogTest.parse(Files.readString(out, StandardCharsets.UTF_8))
                                .size());
        }
    }

    @Test
    void aTextFormatWithoutOutGoesToStandardOutput() {
        Result r = run("--export", "mermaid", "--preset", "1");

        assertEquals(0, r.status(), r.err());
        assertEquals(
                SequenceDiagram.mermaid(
                        ExportFixtures.run(ExportFixtures.presets().get(0))),
                r.out());
    }

    @Test
    void anExportedPictureIsAScenarioForTheNextExport() throws Exception {
        Path svg = dir.resolve("two-writers.svg");
        assertEquals(
                0,
                run("--export", "svg", "--preset", "1", "--step", "2", "--out", svg.toString())
                        .status());
        Result r = run("--export", "plantuml", "--scenario", svg.toString());

        assertEquals(0, r.status(), r.err());
        assertEquals(
                SequenceDiagram.plantUml(
                        ExportFixtures.run(ExportFixtures.presets().get(0))),
                r.out());
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrongAndExitsWithTwo() {
        Path out = dir.resolve("x.svg");
        assertEquals(
                2,
                run("--export", "jpeg", "--preset", "1", "--out", out.toString())
                        .status());
        assertEquals(2, run("--export", "svg", "--out", out.toString()).status());
        assertEquals(2, run("--export", "svg", "--preset", "1").status());
        assertEquals(
                2,
                run("--export", "svg", "--preset", "99", "--out", out.toString())
                        .status());
        Result beyond = run("--export", "svg", "--preset", "1", "--step", "99", "--out", out.toString());
        assertEquals(2, beyond.status());
        assertTrue(beyond.err().contains("beyond the run"), beyond.err());
        assertEquals(
                2,
                run("--export", "svg", "--preset", "1", "--from", "3", "--out", out.toString())
                        .status());
        assertEquals(
                1,
                run("--export", "svg", "--scenario", dir.resolve("none.json").toString(), "--out", out.toString())
                        .status());
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    void aSeparateProcessExportsWithoutADisplay() throws Exception {
        Path png = dir.resolve("cart.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExportCommand.class.getName(),
                        "--export",
                        "png",
                        "--preset",
                        "5",
                        "--scale",
                        "2",
                        "--out",
                        png.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the export ends");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
        assertEquals(3840, ImageIO.read(png.toFile()).getWidth());
        assertEquals(ExportFixtures.presets().get(4).scenario(), PictureFiles.read(png));
        assertTrue(new File(png.toString()).length() > 0);
    }
}
