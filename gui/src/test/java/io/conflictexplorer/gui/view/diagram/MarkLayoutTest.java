package io.conflictexplorer.gui.view.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.Assets;
import io.conflictexplorer.gui.model.DiagramModel;
import io.conflictexplorer.gui.model.TraceProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The store-lane notes rule, without a window: notes of one lane never overlap, a note never
 * starts left of its event, and the notes of one event stack in their order.
 */
class MarkLayoutTest {

    private static final double GAP = 4;

    private static void assertNoOverlap(List<MarkLayout.Note> notes, List<MarkLayout.Spot> spots) {
        for (int i = 0; i < notes.size(); i++) {
            MarkLayout.Note a = notes.get(i);
            MarkLayout.Spot sa = spots.get(i);
            assertTrue(sa.x() >= a.anchor(), "a note starts at or right of its event: " + a);
            for (int j = i + 1; j < notes.size(); j++) {
                MarkLayout.Note b = notes.get(j);
                MarkLayout.Spot sb = spots.get(j);
                if (!a.lane().equals(b.lane())) {
                    continue;
                }
                boolean apart = sa.x() + a.width() <= sb.x()
                        || sb.x() + b.width() <= sa.x()
                        || sa.y() + a.height() <= sb.y()
                        || sb.y() + b.height() <= sa.y();
                assertTrue(apart, a + " at " + sa + " overlaps " + b + " at " + sb);
            }
        }
    }

    /**
     * "Three clients at once": c2's write at t=3 and c3's at t=4 each leave "LWW lost ..." and
     * "VV n siblings" on the store lane; a note is wider than a tick, so at their ticks the second
     * pair would cover the first ("LWW lost a / LWW lost b" over each other).
     */
    @Test
    void theNotesOfThreeClientsAtOnceStandApart() {
        Simulation sim = Simulator.run(Assets.presets().get(3).scenario());
        DiagramModel m = TraceProjection.frame(sim, sim.vv().size(), null).diagram();
        Geometry g = new Geometry(1);
        List<MarkLayout.Note> notes = new ArrayList<>();
        for (DiagramModel.StoreMark mark : m.marks()) {
            // about 7 px a character at zoom 1, as the view measures it: wider than a tick (76 px)
            notes.add(new MarkLayout.Note(
                    "store",
                    mark.operation(),
                    g.x(mark.time()) - g.chipWidth() / 2,
                    7 * mark.text().length(),
                    20));
        }
        assertEquals(4, notes.size(), "two notes at t=3, two at t=4: " + m.marks());
        List<MarkLayout.Spot> spots = MarkLayout.place(notes, GAP);
        assertNoOverlap(notes, spots);
        assertTrue(spots.get(2).x() > spots.get(0).x(), "the t=4 pair moved right, past the t=3 pair");
        assertEquals(spots.get(0).x(), spots.get(1).x(), "one event's notes stack");
        assertTrue(spots.get(1).y() > spots.get(0).y());
        assertEquals(2 * 20 + GAP, spots.get(3).y() + 20, 1e-9, "a stack is as tall as one event's notes");
    }

    @Test
    void aLoneNoteStaysAtItsEventAndOtherLanesDoNotMoveIt() {
        List<MarkLayout.Note> notes =
                List.of(new MarkLayout.Note("n1", "m1", 100, 90, 20), new MarkLayout.Note("n2", "m2", 120, 90, 20));
        List<MarkLayout.Spot> spots = MarkLayout.place(notes, GAP);
        assertEquals(new MarkLayout.Spot(100, 0), spots.get(0));
        assertEquals(new MarkLayout.Spot(120, 0), spots.get(1));
    }

    @Test
    void randomNotesNeverOverlapOnALane() {
        Random random = new Random(9);
        for (int round = 0; round < 200; round++) {
            List<MarkLayout.Note> notes = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                int lane = random.nextInt(2);
                int event = random.nextInt(5);
                notes.add(new MarkLayout.Note(
                        "lane" + lane,
                        "e" + event,
                        event * 70.0 + lane * 13, // an event's notes share its x
                        20 + random.nextInt(120),
                        10 + random.nextInt(15)));
            }
            List<MarkLayout.Spot> spots = MarkLayout.place(notes, GAP);
            assertEquals(notes.size(), spots.size());
            spots.forEach(Assertions::assertNotNull);
            assertNoOverlap(notes, spots);
        }
    }
}
