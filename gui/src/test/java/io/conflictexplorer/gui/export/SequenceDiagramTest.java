package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.platform.Preset;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SequenceDiagramTest {

    static Stream<Preset> presets() {
        return ExportFixtures.presets().stream();
    }

    /** Renders {@code text} with PlantUML; returns the SVG it drew (fails on a syntax error). */
    static String renderPlantUml(String text) throws Exception {
        SourceStringReader reader = new SourceStringReader(text);
        assertEquals(1, reader.getBlocks().size(), "one diagram");
        Diagram diagram = reader.getBlocks().get(0).getDiagram();
        if (diagram instanceof PSystemError error) {
            throw new AssertionError("PlantUML refused the text: " + error.getErrorsUml() + "\n" + text);
        }
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        reader.outputImage(svg, new FileFormatOption(FileFormat.SVG));
        return svg.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("presets")
    void plantUmlDrawsEveryPreset(Preset preset) throws Exception {
        Simulation sim = ExportFixtures.run(preset);
        String svg = renderPlantUml(SequenceDiagram.plantUml(sim));

        assertTrue(svg.contains(preset.title()), "the title is drawn");
        for (String c : preset.scenario().clients()) {
            assertTrue(svg.contains(">" + c + "<"), "participant " + c);
        }
        if (sim.lww().finalCounters().lost() > 0) {
            assertTrue(svg.contains("LWW silently drops"), "a note where LWW drops a write");
        }
    }

    @Test
    void twoConcurrentWritersInMermaid() {
        Simulation sim = ExportFixtures.run(ExportFixtures.presets().get(0));
        List<String> lines = Arrays.asList(SequenceDiagram.mermaid(sim).split("\n"));

        assertEquals("sequenceDiagram", lines.get(0));
        assertTrue(lines.contains("    participant c1"));
        assertTrue(lines.contains("    participant store"));
        // delivery order; each operation a request and a reply; the send step in the label
        List<String> requests =
                lines.stream().filter(l -> l.contains("->>store")).toList();
        assertEquals(sim.scenario().operations().size(), requests.size());
        long notesLww = lines.stream()
                .filter(l -> l.startsWith("    Note over store: LWW silently drops"))
                .count();
        assertEquals(sim.lww().finalCounters().lost(), notesLww);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("    Note over store: VV keeps siblings")));
        assertTrue(
                requests.stream().allMatch(l -> l.matches("    c\\d->>store: t=\\d+ (read|write) .*")), "" + requests);
    }

    @Test
    void aPartitionIsShadedAndACutMessageIsLost() {
        Simulation sim = ExportFixtures.run(ExportFixtures.presets().get(5)); // partition, then heal
        String mermaid = SequenceDiagram.mermaid(sim);
        String plantUml = SequenceDiagram.plantUml(sim);

        assertTrue(mermaid.contains("    rect rgba("));
        assertTrue(mermaid.contains("Note over n1,n2: partition n1 | n2, t=2 to 14"));
        assertTrue(mermaid.contains("n1-xn2: t=8 gossip, cut by the partition"));
        assertEquals(count(mermaid, "    rect "), count(mermaid, "    end\n"), "every rect is closed");
        assertTrue(plantUml.contains("group partition n1 | n2, t=2 to 14"));
        assertTrue(plantUml.contains("n1 ->x n2 : t=8 gossip, cut by the partition"));
        assertTrue(plantUml.contains("n1 ->(8) n2 : t=16 gossip, arrives t=17"), "a delayed arrow slants");
        assertTrue(
                mermaid.contains("n2-)n1: t=16 gossip, arrives t=17\n    Note over n1: LWW silently drops"),
                "the loss at the heal, where the gossip arrives");
    }

    @Test
    void anyClientNameAndValueMakeAValidDiagram() throws Exception {
        Scenario odd = new Scenario(
                "odd; names # here",
                "",
                List.of("alice smith", "end", "p1"),
                List.of(
                        new Operation.Write("w1", "alice smith", 1, "k", "a;b#c", false),
                        new Operation.Write("w2", "end", 2, "k", "back\\slash", false),
                        new Operation.Read("r1", "p1", 3, "k")));
        String mermaid = SequenceDiagram.mermaid(Simulator.run(odd));

        assertTrue(mermaid.contains("    participant p2 as alice smith"), mermaid);
        assertTrue(mermaid.contains("    participant p3 as end"), mermaid);
        assertTrue(mermaid.contains("    participant p1\n"), mermaid);
        // ; would end a Mermaid statement early and # start an entity: both are written as entities
        assertTrue(mermaid.contains("write k=a#59;b#35;c"), mermaid);
        assertFalse(mermaid.contains("a;b"), mermaid);
        Files.createDirectories(ExportCommandTest.CHECK_DIR);
        Files.writeString(ExportCommandTest.CHECK_DIR.resolve("odd-names.mmd"), mermaid, StandardCharsets.UTF_8);
        renderPlantUml(SequenceDiagram.plantUml(Simulator.run(odd)));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
