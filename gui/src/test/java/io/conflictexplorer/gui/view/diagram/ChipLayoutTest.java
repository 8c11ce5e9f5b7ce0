package io.conflictexplorer.gui.view.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.Assets;
import io.conflictexplorer.gui.model.DiagramModel;
import io.conflictexplorer.gui.model.Preset;
import io.conflictexplorer.gui.model.TraceProjection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The chip layout rule, without a window: two chips of one lane never overlap, whatever the ticks,
 * and the time axis stays one axis (a later tick is never left of an earlier one on any lane).
 */
class ChipLayoutTest {

    private static DiagramModel diagram(Scenario s) {
        Simulation sim = Simulator.run(s);
        return TraceProjection.frame(sim, sim.vv().size(), null).diagram();
    }

    private static void assertNoOverlap(DiagramModel m, ChipLayout layout, String what) {
        for (String client : m.clients()) {
            List<ChipLayout.Placed> lane = new ArrayList<>();
            m.chips().stream().filter(c -> c.client().equals(client)).forEach(c -> lane.add(layout.of(c.id())));
            lane.sort(Comparator.comparingDouble(ChipLayout.Placed::x));
            for (int i = 1; i < lane.size(); i++) {
                assertTrue(
                        lane.get(i - 1).right() < lane.get(i).left(),
                        what + ": on " + client + " " + lane.get(i - 1) + " overlaps " + lane.get(i));
            }
        }
    }

    private static void assertOneAxis(DiagramModel m, ChipLayout layout) {
        for (DiagramModel.Chip a : m.chips()) {
            for (DiagramModel.Chip b : m.chips()) {
                if (a.time() < b.time()) {
                    assertTrue(layout.geometry().x(a.time()) < layout.geometry().x(b.time()));
                }
            }
        }
    }

    @Test
    void everyPresetAtZoomOneAndInPresenterHasNoOverlappingChips() {
        for (Preset p : Assets.presets()) {
            DiagramModel m = diagram(p.scenario());
            for (double zoom : new double[] {1, 1.5, 2}) {
                ChipLayout layout = ChipLayout.of(m.chips(), new Geometry(zoom, m.isCluster()));
                assertNoOverlap(m, layout, p.scenario().title() + " at zoom " + zoom);
                assertOneAxis(m, layout);
            }
        }
    }

    /** The README's demo step 3: c2's read dragged to t=5, one tick before c2's write at t=6. */
    @Test
    void aReadOneTickBeforeItsClientsWriteWidensThatColumnAndLeavesTheWriteUncovered() {
        Scenario moved = Assets.presets().get(0).scenario().replaceOperation("r2", op -> op.withTime(5));
        DiagramModel m = diagram(moved);
        Geometry even = new Geometry(1, false);
        ChipLayout layout = ChipLayout.of(m.chips(), even);
        assertNoOverlap(m, layout, "r2 at 5, w2 at 6");
        assertTrue(even.chipWidth() > even.tick(), "a chip is wider than a tick: without widening they overlap");
        Geometry g = layout.geometry();
        assertTrue(g.x(6) - g.x(5) >= g.pitch(), "the column after t=5 is a chip and a gap wide");
        assertEquals(even.x(5), g.x(5), "ticks before the widened column do not move");
        // the mouse still maps to the tick under it on the widened axis
        for (long t = 0; t <= 8; t++) {
            assertEquals(t, g.time(g.x(t)));
            assertEquals(t, g.time(g.x(t) + g.tick() * 0.4));
        }
    }

    /** Older files may put two operations of one client on one tick: they stand side by side. */
    @Test
    void operationsSharingATickStandSideBySideInScenarioOrder() {
        Scenario s = new Scenario(
                "shared",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 2, "x", "a", false),
                        new Operation.Read("r1", "c1", 2, "x"),
                        new Operation.Write("w2", "c1", 3, "x", "b", false),
                        new Operation.Write("w3", "c2", 2, "x", "c", false)));
        DiagramModel m = diagram(s);
        ChipLayout layout = ChipLayout.of(m.chips(), new Geometry(1, false));
        assertNoOverlap(m, layout, "two on t=2");
        assertTrue(layout.of("w1").x() < layout.of("r1").x(), "the first in the scenario stands left");
        assertEquals(layout.geometry().x(2), layout.of("w3").x(), "another lane's chip stays on its tick");
    }

    /**
     * "Three clients at once": c3's read returns three siblings, its context {c1: 1, c2: 1, c3: 1}
     * is wider than an even chip. With the text's measured width (here 8 px a character, as a 13 px
     * monospace line), every chip is exactly as wide as its longest line (never grown into free
     * room: on a projector that made chips 2.5 times their text), and neighbours stand clear.
     */
    @Test
    void aChipIsExactlyAsWideAsItsTextAndStillOverlapsNone() {
        DiagramModel m = diagram(Assets.presets().get(3).scenario());
        Geometry even = new Geometry(1, false);
        ToDoubleFunction<DiagramModel.Chip> text = c -> {
            ChipText t = ChipText.of(c, false);
            return 8.0
                    * Math.max(
                            t.title().length(),
                            Math.max(t.stamp().length(), t.clock().length()));
        };
        ChipLayout layout = ChipLayout.of(m.chips(), even, text);
        assertNoOverlap(m, layout, "measured widths");
        assertOneAxis(m, layout);
        DiagramModel.Chip read = m.chips().stream()
                .filter(c -> !c.write() && ChipText.of(c, false).stamp().contains("c3"))
                .findFirst()
                .orElseThrow();
        double need = text.applyAsDouble(read);
        assertTrue(need > even.chipWidth(), "the context is wider than an even chip: " + need);
        assertTrue(layout.of(read.id()).width() >= need, "the chip fits its context");
        for (DiagramModel.Chip c : m.chips()) {
            assertEquals(
                    Math.ceil(text.applyAsDouble(c)), layout.of(c.id()).width(), 0, c.id() + " is its text's width");
        }
    }
}
