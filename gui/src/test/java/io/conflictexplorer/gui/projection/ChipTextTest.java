package io.conflictexplorer.gui.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.gui.platform.Assets;
import org.junit.jupiter.api.Test;

/** The words chips show, on the presets whose lesson they carry. */
class ChipTextTest {

    private static Scenario preset(String file) {
        return Assets.presets().stream()
                .filter(p -> p.file().equals(file))
                .findFirst()
                .orElseThrow()
                .scenario();
    }

    private static DiagramModel.Chip chip(Scenario s, String id) {
        Simulation sim = Simulator.run(s);
        return TraceProjection.frame(sim, sim.vv().size(), null).diagram().chips().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMergeShowsTheRuleAndWhatEachModeWrote() {
        ChipText w5 = ChipText.of(chip(preset("05-shopping-cart.json"), "w5"), false);
        assertEquals("write cart: merge", w5.title());
        assertEquals("VV milk flour eggs ham {c1: 3, c2: 2}", w5.clock());
        assertEquals("LWW milk eggs ham ts 14", w5.stamp());
        assertFalse(w5.clockWraps());
        assertTrue(w5.tooltip().contains("merges the cart values c1 last read"), w5.tooltip());
        assertTrue(w5.tooltip().contains("LWW wrote cart=milk eggs ham, timestamp 14"), w5.tooltip());
    }

    @Test
    void aReadShowsBothAnswersOnlyWhenTheyDiffer() {
        Scenario cart = preset("05-shopping-cart.json");
        assertEquals(
                "LWW milk eggs ham \u00b7 VV milk flour | milk eggs ham",
                ChipText.of(chip(cart, "r3"), false).clock());
        assertEquals("got milk", ChipText.of(chip(cart, "r2"), false).clock());
        assertEquals(
                "LWW old \u00b7 VV new",
                ChipText.of(chip(preset("07-clock-skew.json"), "r1"), true).clock());
    }

    @Test
    void aWriteWhoseModesAgreeKeepsItsUsualLines() {
        ChipText w1 = ChipText.of(chip(preset("05-shopping-cart.json"), "w1"), false);
        assertEquals("write cart=milk", w1.title());
        assertEquals("{c1: 1}", w1.clock());
        assertEquals("LWW ts 3", w1.stamp(), "ts: the LWW timestamp; t= is only the time axis");
        assertTrue(w1.tooltip().contains("adds milk to the cart c1 last read or wrote"), w1.tooltip());
        assertTrue(w1.tooltip().startsWith("c1's write of cart at t=3\n"), "named, not by its id: " + w1.tooltip());
    }

    @Test
    void naiveCountersShowTheValuesAndSayTheDotIsUnused() {
        ChipText w1 = ChipText.of(chip(preset("08-naive-counters.json"), "w1"), true);
        assertEquals("cart=milk", w1.title(), "a compact chip has room for the value, not the word write");
        assertEquals("{c1: 1}", w1.clock());
        assertTrue(w1.tooltip().contains("writes cart=milk"), w1.tooltip());
        assertTrue(w1.tooltip().contains("dot n1:1, unused"), w1.tooltip());
    }

    @Test
    void dottedClocksPutTheDotOnTheChip() {
        Scenario s = preset("08-naive-counters.json");
        Scenario dotted = s.withTopology(s.topology().withScheme(ClockScheme.DOTTED));
        assertEquals("{c1: 1} dot n1:1", ChipText.of(chip(dotted, "w1"), true).clock());
        assertEquals("{c1: 1} dot n2:1", ChipText.of(chip(dotted, "w2"), true).clock());
        assertTrue(ChipText.of(chip(dotted, "w2"), true).tooltip().contains("dot n2:1: which write this is"));
    }

    /** Predict mode: an unrevealed chip says what the scenario says and a question mark for the rest. */
    @Test
    void anUnrevealedChipShowsNoOutcome() {
        Simulation sim = Simulator.run(preset("05-shopping-cart.json"));
        DiagramModel d =
                TraceProjection.frame(sim, sim.lwwStepsApplied(), 0, null, true).diagram();
        for (DiagramModel.Chip c : d.chips()) {
            ChipText t = ChipText.of(c, false);
            String all = t.title() + " " + t.clock() + " " + t.stamp() + " " + t.tooltip();
            assertFalse(all.contains("{"), "no clock: " + all);
            assertFalse(all.contains("got ") && !t.clock().equals("got ?"), "no answer: " + all);
            assertTrue(t.clock().endsWith("?"), all);
        }
        ChipText w5 = ChipText.of(
                d.chips().stream().filter(c -> c.id().equals("w5")).findFirst().orElseThrow(), false);
        assertEquals("write cart: merge", w5.title(), "the rule, not the value either mode wrote");
    }

    @Test
    void splitALineOfTwoPartsIsTwoLines() {
        Scenario cart = preset("05-shopping-cart.json");
        ChipText r3 = ChipText.of(chip(cart, "r3"), true, true);
        assertEquals("LWW milk eggs ham\nVV milk flour | milk eggs ham", r3.clock());
        assertEquals("ctx {c1: 2, c2: 2}", r3.stamp());
        ChipText w5 = ChipText.of(chip(cart, "w5"), true, true);
        assertEquals("cart: merge", w5.title());
        assertEquals("VV milk flour eggs ham\n{c1: 3, c2: 2}", w5.clock());
        assertEquals("LWW milk eggs ham ts 14", w5.stamp());
        // a cluster write's replica tag stands before its timestamp; its missing context goes under
        ChipText old = ChipText.of(chip(preset("07-clock-skew.json"), "w1"), true, true);
        assertEquals("LWW ts 52\nno context", old.stamp());
        assertEquals(
                "LWW ts 2\nblind",
                ChipText.of(chip(preset("08-naive-counters.json"), "w1"), true, true)
                        .stamp());
    }

    /**
     * Prediction equals effect: {@link ChipText#splits} (which gives Presenter's lanes their fourth
     * line) is true exactly for the chips whose split words differ from their one-line words; a split
     * chip has four lines at most, and its split lines hold the same words as the one-line form.
     */
    @Test
    void splitsSaysWhichChipsASplitChanges() {
        int split = 0;
        for (var p : Assets.presets()) {
            Simulation sim = Simulator.run(p.scenario());
            DiagramModel d = TraceProjection.frame(sim, sim.vv().size(), null).diagram();
            boolean any = false;
            for (DiagramModel.Chip c : d.chips()) {
                ChipText one = ChipText.of(c, true, false);
                ChipText two = ChipText.of(c, true, true);
                boolean predicted = ChipText.splits(c.outcome(), c.replica(), c.blind() || c.noContext());
                assertEquals(predicted, !one.equals(two), p.title() + " " + c.id() + ": " + two);
                String lines = two.title() + "\n" + two.clock() + (two.stamp().isEmpty() ? "" : "\n" + two.stamp());
                assertTrue(lines.split("\n").length <= 4, lines);
                assertEquals(words(one), words(two), c.id());
                any |= predicted;
                split += predicted ? 1 : 0;
            }
            assertEquals(any, d.splits(), p.title() + ": the diagram says whether a chip splits");
        }
        assertTrue(split > 5, "presets with lines of two parts: " + split);
    }

    private static String words(ChipText t) {
        return (t.title() + " " + t.clock() + " " + t.stamp())
                .replace("\u00b7", " ")
                .replaceAll("\\s+", " ");
    }
}
