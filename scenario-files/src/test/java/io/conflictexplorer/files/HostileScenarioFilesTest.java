package io.conflictexplorer.files;

import static io.conflictexplorer.files.Refusals.refusalSaysWhere;
import static io.conflictexplorer.files.hostile.HostileFiles.stack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.hostile.HostileFiles;
import io.conflictexplorer.files.hostile.Mutation;
import io.conflictexplorer.files.hostile.Mutation.Mutated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile scenario files, by the thousand: every preset in {@code assets/presets/} damaged by
 * seeded mutations ({@link Mutation}: cut short, flipped bits, invalid UTF-8, wrong types, missing
 * and extra fields, huge and negative numbers, deep nesting, long lines, over the size limit),
 * opened with {@link ScenarioFiles#read(Path)} as File > Open does. Each either opens, and then
 * saves and opens again to an equal scenario, or is refused with a {@link ScenarioFileException}
 * whose message names the file and says where: a line (and column) for what is not JSON, a field
 * or an operation for what breaks a rule, the limit for a file too large. Nothing else is thrown.
 * A failure prints jqwik's seed and the mutations, and keeps the file in {@code
 * target/hostile-files/scenarios/}. ({@code HostileOpenTest} opens such files in the view model.)
 */
class HostileScenarioFilesTest {

    private static final Path PRESETS = Path.of("..", "assets", "presets");

    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("hostile-scenarios");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        HostileFiles.deleteTree(dir);
    }

    @Provide
    static Arbitrary<Path> presets() throws IOException {
        try (Stream<Path> s = Files.list(PRESETS)) {
            return Arbitraries.of(
                    s.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return HostileFiles.mutations();
    }

    @Property(tries = 1500)
    void aDamagedScenarioOpensOrIsRefusedSayingWhere(
            @ForAll("presets") Path preset, @ForAll("mutations") List<Mutation> mutations) throws IOException {
        Mutated m = HostileFiles.apply(Files.readAllBytes(preset), mutations, ScenarioFiles.MAX_BYTES);
        String name = preset.getFileName().toString().replace(".json", "-damaged.cexp.json");
        Path file = HostileFiles.write(dir.resolve(name), m);
        Scenario s;
        try {
            s = ScenarioFiles.read(file);
        } catch (ScenarioFileException e) {
            refusalSaysWhere(e, name, () -> HostileFiles.keep("scenarios", name, m));
            return;
        } catch (Throwable t) {
            fail("reading threw " + t + " instead of opening or refusing the file; "
                    + HostileFiles.keep("scenarios", name, m) + "\n" + stack(t));
            return;
        }
        try {
            assertEquals(s, ScenarioFiles.parse(ScenarioFiles.toJson(s), "again"), "saved and opened again");
        } catch (Throwable t) {
            fail("a file that opens must save and open again as the same scenario: " + t + "; "
                    + HostileFiles.keep("scenarios", name, m));
        }
    }

    // ---- what the search found, kept as examples ----------------------------------------------

    /**
     * Seed -8555944214719831034: a flipped bit made a control character, and Jackson's own words
     * ("Illegal character ((CTRL-CHAR, code 0))") said neither line nor column; nesting over
     * Jackson's limit named its method ({@code StreamReadConstraints.getMaxNestingDepth()}).
     */
    @Example
    void notJsonSaysLineAndColumn() throws IOException {
        byte[] preset = Files.readAllBytes(PRESETS.resolve("01-two-writers.json"));
        Mutated nul = new Mutated(preset.clone(), preset.length);
        nul.bytes()[20] = 0; // in the second line
        assertEquals(
                "01-two-writers.cexp.json is not a Conflict Explorer scenario: it is not valid JSON at line 2, column"
                        + " 19 (Illegal unquoted character ((CTRL-CHAR, code 0)): has to be escaped using backslash to be"
                        + " included in string value).",
                refusal("01-two-writers.cexp.json", nul));
        Mutated deep = HostileFiles.apply(preset, List.of(new Mutation(Mutation.Kind.DEEP_NESTING, 0, 8, 0)), 0);
        String message = refusal("01-two-writers.cexp.json", deep);
        assertTrue(message.endsWith("it is not valid JSON at line 2, column 329 (nested more than 64 deep)."), message);
    }

    /**
     * Seed -8555944214719831034: the preset "DVVSet: a false conflict" has one replica named A (its
     * dots are (A,1), as in the README it retells); saving dropped the topology of a single store,
     * so the file opened again with a replica named "store". Every preset saves and opens again
     * equal.
     */
    @Example
    void everyPresetSavesAndOpensAgainAsItWas() throws Exception {
        try (Stream<Path> s = Files.list(PRESETS)) {
            for (Path preset : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                Scenario scenario = ScenarioFiles.read(preset);
                assertEquals(scenario, ScenarioFiles.parse(ScenarioFiles.toJson(scenario), "again"), preset.toString());
            }
        }
    }

    /**
     * Seed -8555944214719831034: an id or scheme of 65,536 characters was repeated whole in the
     * refusal (65,629 characters for a dialog); a list of clients too.
     */
    @Example
    void aHugeNameIsShortenedInTheMessage() throws IOException {
        byte[] preset = Files.readAllBytes(PRESETS.resolve("15-kv679.json"));
        String json =
                new String(preset, StandardCharsets.UTF_8).replace("\"dotted\"", "\"" + "x".repeat(65_536) + "\"");
        Mutated m = new Mutated(json.getBytes(StandardCharsets.UTF_8), json.length());
        String message = refusal("15-kv679.cexp.json", m);
        assertEquals(
                "15-kv679.cexp.json: topology: \"scheme\" must be \"dotted\" or \"client-counters\", was \""
                        + "x".repeat(96) + "...",
                message);
    }

    private static String refusal(String name, Mutated m) {
        Path file = HostileFiles.write(dir.resolve(name), m);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(file));
        refusalSaysWhere(e, name, () -> name);
        return e.getMessage();
    }
}
