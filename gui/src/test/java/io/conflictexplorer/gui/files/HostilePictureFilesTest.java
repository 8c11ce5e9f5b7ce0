package io.conflictexplorer.gui.files;

import static io.conflictexplorer.files.Refusals.refusalSaysWhere;
import static io.conflictexplorer.files.hostile.HostileFiles.stack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import io.conflictexplorer.files.hostile.HostileFiles;
import io.conflictexplorer.files.hostile.Mutation;
import io.conflictexplorer.files.hostile.Mutation.Mutated;
import io.conflictexplorer.gui.export.ExportOptions;
import io.conflictexplorer.gui.export.Exporter;
import io.conflictexplorer.gui.export.Figure;
import io.conflictexplorer.gui.export.PngFigure;
import io.conflictexplorer.gui.export.SvgFigure;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile pictures: SVG and PNG exports of four presets (the scenario inside them), damaged three
 * ways and opened with {@link PictureFiles#read} as File > Open opens a picture: the file's bytes
 * mutated as any file's ({@link Mutation}); the scenario inside mutated and embedded again as the
 * export does, so the picture itself is sound; and the SVG's XML damaged (elements nested 100,000
 * deep around the scenario, a DOCTYPE with entities, a second scenario, an unclosed element). Each
 * opens, or is refused with a {@link ScenarioFileException} that names the file and says where;
 * nothing else is thrown. A failure prints jqwik's seed and keeps the file in {@code
 * target/hostile-files/pictures/}.
 */
class HostilePictureFilesTest {

    private static final Path PRESET_FOLDER = Path.of("..", "assets", "presets");

    private static final List<String> PRESETS =
            List.of("01-two-writers.json", "06-partition-heal.json", "10-sibling-explosion.json", "15-kv679.json");

    /** One exported picture: its name, its bytes, and what made it (to embed another scenario). */
    record Seed(String name, byte[] bytes, Figure figure, String title, String json) {
        boolean svg() {
            return name.endsWith(".svg");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Seed> SEEDS = new ArrayList<>();

    private static Path dir;

    @BeforeContainer
    static void export() throws Exception {
        dir = Files.createTempDirectory("hostile-pictures");
        BufferedImage small = new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB);
        for (String preset : PRESETS) {
            Scenario s = ScenarioFiles.read(PRESET_FOLDER.resolve(preset));
            Figure figure = Exporter.figure(Simulator.run(s), ExportOptions.DEFAULT);
            String json = ScenarioFiles.toJson(s);
            String base = preset.replace(".json", "");
            byte[] svg = SvgFigure.write(figure, s.title(), json).getBytes(StandardCharsets.UTF_8);
            SEEDS.add(new Seed(base + ".svg", svg, figure, s.title(), json));
            SEEDS.add(new Seed(base + ".png", png(small, json), null, s.title(), json));
        }
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        HostileFiles.deleteTree(dir);
    }

    private static byte[] png(BufferedImage image, String json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngFigure.write(image, json, out);
        return out.toByteArray();
    }

    @Provide
    Arbitrary<Seed> pictures() {
        return Arbitraries.of(SEEDS);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return HostileFiles.mutations();
    }

    @Property(tries = 500)
    void aDamagedPictureOpensOrIsRefusedSayingWhere(
            @ForAll("pictures") Seed seed, @ForAll("mutations") List<Mutation> mutations) {
        opensOrIsRefused(seed.name(), HostileFiles.apply(seed.bytes(), mutations, PictureFiles.MAX_PICTURE_BYTES));
    }

    @Property(tries = 400)
    void aSoundPictureOfADamagedScenarioOpensOrIsRefusedSayingWhere(
            @ForAll("pictures") Seed seed, @ForAll("mutations") List<Mutation> mutations) throws IOException {
        // the scenario inside is damaged (no limit: an oversized scenario is the picture's own bytes)
        byte[] json = HostileFiles.apply(seed.json().getBytes(StandardCharsets.UTF_8), mutations, 0)
                .bytes();
        String text = new String(json, StandardCharsets.UTF_8);
        byte[] picture = seed.svg()
                ? SvgFigure.write(seed.figure(), seed.title(), text).getBytes(StandardCharsets.UTF_8)
                : png(new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB), text);
        opensOrIsRefused(seed.name(), new Mutated(picture, picture.length));
    }

    @Property(tries = 150)
    void aDamagedSvgDocumentIsRefusedSayingWhere(
            @ForAll("pictures") Seed seed,
            @ForAll @IntRange(min = 0, max = 5) int damage,
            @ForAll @IntRange(min = 1, max = 100_000) int depth) {
        if (!seed.svg()) {
            return;
        }
        String svg = new String(seed.bytes(), StandardCharsets.UTF_8);
        String damaged = switch (damage) {
            case 0 ->
                svg.replace("<metadata>", "<metadata>" + "<g>".repeat(depth))
                        .replace("</metadata>", "</g>".repeat(depth) + "</metadata>");
            case 1 ->
                svg.replace(
                        "<ce:scenario ",
                        "<ce:scenario>" + "<ce:scenario>".repeat(depth % 100) + "</ce:scenario> <ce:scenario ");
            case 2 ->
                "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
                        + "&a;&a;&a;&a;&a;&a;\">]>\n" + svg.replace("<metadata>", "<metadata>&b;");
            case 3 -> svg.replace("</svg>", "");
            case 4 -> svg.replace("<ce:scenario ", "<ce:scenario><b>{</b></ce:scenario><ce:scenario ");
            default -> svg.replace("https://conflictexplorer.io/ns/scenario", "https://example.org/other");
        };
        byte[] bytes = damaged.getBytes(StandardCharsets.UTF_8);
        opensOrIsRefused(seed.name(), new Mutated(bytes, bytes.length));
    }

    // ---- what the search found, kept as examples ----------------------------------------------

    private static Seed seed(String name) {
        return SEEDS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static String refusal(String name, byte[] bytes) {
        Path file = HostileFiles.write(dir.resolve(name), new Mutated(bytes, bytes.length));
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> PictureFiles.read(file));
        refusalSaysWhere(e, name, () -> name);
        return e.getMessage();
    }

    /**
     * Seeds -7538345207965137012 and -7062477208124028695: the XML parser's words came through
     * as they were, with no line ("DOCTYPE is disallowed when the feature
     * \"http://apache.org/xml/features/disallow-doctype-decl\" set to true", "could not be read:
     * TTF-8" for a flipped bit in the declared encoding).
     */
    @Example
    void anSvgThatIsNotWellFormedSaysWhere() {
        String svg = new String(seed("01-two-writers.svg").bytes(), StandardCharsets.UTF_8);
        assertEquals(
                "01-two-writers.svg is not a well-formed SVG at line 1, column 10 (it declares a DOCTYPE, which an"
                        + " exported picture never has).",
                refusal("01-two-writers.svg", ("<!DOCTYPE svg>\n" + svg).getBytes(StandardCharsets.UTF_8)));
        byte[] flipped = HostileFiles.apply(
                        seed("06-partition-heal.svg").bytes(),
                        List.of(new Mutation(Mutation.Kind.FLIP_BITS, 0.002, 0, 2)),
                        0)
                .bytes();
        assertTrue(refusal("06-partition-heal.svg", flipped).contains("line 1 declares the encoding"));
    }

    /**
     * Seed 5544125185498448890 (cut short at 10%): the JDK's PNG reader said "could not be read:
     * Error reading PNG metadata", or "null"; and it never checks a chunk's checksum, so a flipped
     * bit in the scenario's digits opened as another scenario.
     */
    @Example
    void aDamagedPngSaysWhichChunk() {
        byte[] png = seed("10-sibling-explosion.png").bytes();
        assertEquals(
                "10-sibling-explosion.png is damaged: its chunk 2 (iTXt, at byte 33) cannot be read: it runs past the"
                        + " end of the file.",
                refusal("10-sibling-explosion.png", Arrays.copyOf(png, png.length / 10)));
        byte[] flipped = png.clone();
        int digit = new String(png, StandardCharsets.ISO_8859_1).indexOf("\"time\" : ") + 9;
        flipped[digit] ^= 1; // a time of 1 becomes 0: still a scenario, but not the one exported
        assertEquals(
                "10-sibling-explosion.png is damaged: its chunk 2 (iTXt, at byte 33) cannot be read: its checksum does"
                        + " not match its content.",
                refusal("10-sibling-explosion.png", flipped));
    }

    /**
     * Not found by the search (it writes no zlib data): a compressed scenario chunk that inflates to
     * far more than any scenario. The JDK's PNG reader inflates it whole, in memory (a few hundred
     * kilobytes of PNG can ask for gigabytes); it is now read up to the scenario's size limit.
     */
    @Example
    void aCompressedScenarioChunkIsInflatedOnlyUpToTheLimit() throws IOException {
        byte[] zeros = new byte[16 * 1024 * 1024];
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater(9))) {
            z.write(zeros);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(PictureFiles.PNG_KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, 1, 0, 0, 0}); // end of keyword, compressed, zlib, no language, no translation
        data.writeBytes(deflated.toByteArray());
        byte[] png = seed("01-two-writers.png").bytes();
        byte[] chunk = chunk("iTXt", data.toByteArray());
        byte[] bomb = new byte[33 + chunk.length + 12];
        System.arraycopy(png, 0, bomb, 0, 33); // the signature and IHDR
        System.arraycopy(chunk, 0, bomb, 33, chunk.length);
        System.arraycopy(chunk("IEND", new byte[0]), 0, bomb, 33 + chunk.length, 12);
        assertEquals(
                "01-two-writers.png is damaged: its chunk 2 (iTXt, at byte 33) cannot be read: its text inflates to"
                        + " more than " + ScenarioFiles.MAX_BYTES + " bytes.",
                refusal("01-two-writers.png", bomb));
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        return b.putInt((int) crc.getValue()).array();
    }

    private static void opensOrIsRefused(String name, Mutated m) {
        Path file = HostileFiles.write(dir.resolve(name), m);
        Scenario s;
        try {
            s = PictureFiles.read(file);
        } catch (ScenarioFileException e) {
            refusalSaysWhere(e, name, () -> HostileFiles.keep("pictures", name, m));
            return;
        } catch (Throwable t) {
            fail("reading threw " + t + " instead of opening or refusing the picture; "
                    + HostileFiles.keep("pictures", name, m) + "\n" + stack(t));
            return;
        }
        try {
            assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s), "again"), "saved and opened again");
        } catch (Throwable t) {
            fail("a picture that opens must give a scenario that saves and opens again: " + t + "; "
                    + HostileFiles.keep("pictures", name, m));
        }
    }
}
