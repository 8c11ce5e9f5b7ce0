package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.files.PictureFiles;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.platform.Theme;
import io.conflictexplorer.gui.projection.PanelState;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class SvgFigureTest {

    @TempDir
    Path dir;

    static Stream<Preset> presets() {
        return ExportFixtures.presets().stream();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetsSlideIsWellFormedAndNamesTheTitleCaptionLanesAndLostCards(Preset preset) throws Exception {
        Simulation sim = ExportFixtures.run(preset);
        TraceProjection.Frame end = ExportFixtures.end(sim);
        Document doc = ExportFixtures.xml(Exporter.svg(sim, ExportOptions.DEFAULT));
        List<String> texts = ExportFixtures.texts(doc);

        assertTrue(texts.contains(preset.title()), "the title");
        int n = sim.vv().size();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("step " + n + " of " + n + ", t=")), "the caption");
        List<String> lanes = new ArrayList<>(preset.scenario().clients());
        lanes.addAll(
                sim.scenario().topology().isSingle()
                        ? List.of("store")
                        : sim.vv().replicaIds());
        for (String lane : lanes) {
            assertTrue(texts.stream().anyMatch(t -> t.equals(lane) || t.startsWith(lane + " ")), "lane " + lane);
        }
        List<PanelState.LostCard> lost = new ArrayList<>();
        for (PanelState panel : List.of(end.lwwPanel(), end.vvPanel())) {
            List<PanelState.LostCard> cards = new ArrayList<>(panel.lost());
            panel.keys().forEach(k -> cards.addAll(k.lost()));
            assertEquals(panel.counters().lost(), cards.size(), "one card per loss");
            lost.addAll(cards);
        }
        assertEquals(lost.size(), texts.stream().filter("LOST"::equals).count(), "one LOST card per loss");
        for (PanelState.LostCard l : lost) {
            assertTrue(texts.contains(l.value()), "the lost value " + l.value());
            assertTrue(
                    texts.stream().anyMatch(t -> t.startsWith(l.explanation().substring(0, 20))),
                    "the explanation of " + l.value());
        }
        assertTrue(texts.contains(end.lwwPanel().counters().lost() + " lost"), "LWW's lost counter");
    }

    @Test
    void anSvgReopensToAnEqualScenario() throws Exception {
        Scenario tricky = new Scenario(
                "Quotes \"<&>\" and ]]> in a title",
                "line one\nline two; # % --> end",
                List.of("alice smith", "end"),
                List.of(
                        new Operation.Write("w1", "alice smith", 1, "k", "a<b", false),
                        new Operation.Write("w2", "end", 2, "k", "c&d]]>", true)));
        Path file = dir.resolve("tricky.svg");
        Exporter.write(Simulator.run(tricky), ExportFormat.SVG, ExportOptions.DEFAULT, file);

        assertEquals(tricky, PictureFiles.read(file));
        ExportFixtures.xml(Files.readString(file, StandardCharsets.UTF_8)); // still well-formed
    }

    @Test
    void aStepShowsWhatTheWindowShowsThenAndFadesTheRest() throws Exception {
        Preset p = ExportFixtures.presets().get(0);
        Simulation sim = ExportFixtures.run(p);
        String before = Exporter.svg(sim, ExportOptions.DEFAULT.withStep(0));
        List<String> texts = ExportFixtures.texts(ExportFixtures.xml(before));

        assertTrue(texts.contains("step 0 of " + sim.vv().size() + ", before the first"));
        assertTrue(texts.contains("0 lost"), "nothing is lost before the first step");
        assertFalse(texts.contains("LOST"));
        assertTrue(before.contains("opacity=\"0.35\""), "the steps to come are faded");
    }

    @Test
    void theSlideHasTheColoursOfTheThemeInUse() {
        Simulation sim = ExportFixtures.run(ExportFixtures.presets().get(0));
        String light = Exporter.svg(sim, ExportOptions.DEFAULT);
        String dark = Exporter.svg(sim, ExportOptions.DEFAULT.withTheme(Theme.DARK));

        assertTrue(light.contains("fill=\"" + Theme.LIGHT.colour("paper") + "\""));
        assertTrue(dark.contains("fill=\"" + Theme.DARK.colour("paper") + "\""));
        assertTrue(light.contains(Theme.LIGHT.colour("lost")), "the lost count in the light theme's red");
        assertTrue(dark.contains(Theme.DARK.colour("lost")), "the lost count in the dark theme's red");
    }

    @Test
    void aChosenRangeLeavesOutWhatHappensOutsideIt() throws Exception {
        Preset p = ExportFixtures.presets().get(0);
        Simulation sim = ExportFixtures.run(p);
        long last = sim.scenario().operations().stream()
                .mapToLong(Operation::time)
                .max()
                .orElseThrow();
        List<String> texts = ExportFixtures.texts(
                ExportFixtures.xml(Exporter.svg(sim, ExportOptions.DEFAULT.withRange(new TimeRange(0, last)))));

        assertFalse(texts.contains("t=" + last), "no tick label at the range's end");
        assertTrue(texts.contains("t=" + (last - 1)));
    }

    @Test
    void aPanelTooFullForTheSlideSaysWhatItLeftOutAndDrawsNothingOutside() {
        List<Operation> ops = new ArrayList<>();
        for (int k = 1; k <= 10; k++) { // ten keys, two concurrent writes each: ten losses, ten conflicts
            ops.add(new Operation.Write("a" + k, "c1", 2L * k, "k" + k, "a" + k, true));
            ops.add(new Operation.Write("b" + k, "c2", 2L * k + 1, "k" + k, "b" + k, true));
        }
        Simulation sim = Simulator.run(new Scenario("Many keys", "", List.of("c1", "c2"), ops));
        Figure f = Exporter.figure(sim, ExportOptions.DEFAULT);

        List<Figure.Text> texts = f.marks().stream()
                .filter(m -> m instanceof Figure.Text)
                .map(Figure.Text.class::cast)
                .toList();
        assertTrue(texts.stream().allMatch(t -> t.y() > 0 && t.y() < f.height()), "every text on the slide");
        assertTrue(
                f.marks().stream()
                        .filter(m -> m instanceof Figure.Box)
                        .map(Figure.Box.class::cast)
                        .allMatch(b -> b.y() + b.h() <= f.height()),
                "every box on the slide");
        long shown = texts.stream().filter(t -> t.text().equals("LOST")).count();
        assertTrue(shown < 10, "not all ten LOST cards fit");
        assertTrue(texts.stream().anyMatch(t -> t.text().matches("\\d+ more cards than fit: the app shows them all")));
    }
}
