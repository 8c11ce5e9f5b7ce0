package io.conflictexplorer.gui.run.model;

import static io.conflictexplorer.gui.run.model.RunFrames.AXIS;
import static io.conflictexplorer.gui.run.model.RunFrames.LANE;
import static io.conflictexplorer.gui.run.model.RunViewport.GUTTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.run.model.RunFrame.Band;
import io.conflictexplorer.gui.run.model.RunFrame.BandKind;
import io.conflictexplorer.gui.run.model.RunFrame.Chip;
import io.conflictexplorer.gui.run.model.RunFrame.LaneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a frame holds: only what is in view, chips with their text, marks and state zoomed in, and
 * zoomed out density bands with every loss, conflict and divergence still there.
 */
class RunFramesTest {

    private final RunProjection run = RunFixtures.projection();
    private final RunTimeline t = run.timeline();
    /** The five chips at 60 px a tick (the most: the run is short). */
    private final RunViewport whole = RunViewport.of(t.startTime(), t.endTime(), GUTTER + 1000);

    private RunFrame frame(RunViewport v, RunFilter filter, int selected) {
        return RunFrames.of(run, v, filter, selected, 300);
    }

    @Test
    void zoomedInEachChipIsABoxWithItsTextMarksAndState() {
        RunFrame f = frame(whole, RunFilter.ALL, 2);
        assertEquals(
                List.of("W x", "W x", "R x", "W y", "R y"),
                f.chips().stream().map(Chip::label).toList());
        Chip w1 = f.chips().get(0);
        assertEquals(whole.x(1), w1.x(), 1e-9);
        assertEquals(AXIS + 5, w1.top(), 1e-9);
        assertEquals(48, w1.width(), 1e-9, "0.8 of a tick");
        assertTrue(w1.write() && w1.lost() && !w1.conflict() && !w1.selected());
        assertTrue(f.chips().get(1).conflict() && f.chips().get(2).conflict());
        assertTrue(f.chips().get(2).selected());
        assertTrue(f.chips().get(3).divergence());
        assertEquals(
                List.of("c1", "c2", "c3"),
                f.lanes().stream().map(RunFrame.Lane::name).toList());
        assertEquals(
                List.of(LaneKind.EVEN, LaneKind.ODD, LaneKind.EVEN),
                f.lanes().stream().map(RunFrame.Lane::kind).toList());
        assertEquals(1, f.modeLines().size());
        assertEquals("vv", f.modeLines().get(0).label());
        assertEquals(whole.x(0.5), f.modeLines().get(0).x(), 1e-9);
        assertTrue(f.bands().isEmpty() && f.divergences().isEmpty() && f.selection() == null);
        assertFalse(f.ticks().isEmpty());
    }

    @Test
    void narrowerChipsSayLessAndNothingWhenTooNarrow() {
        assertEquals(
                "x", frame(whole.atScale(30), RunFilter.ALL, -1).chips().get(0).label(), "24 px: the key");
        RunFrame tight = frame(whole.atScale(20), RunFilter.ALL, -1);
        assertEquals("", tight.chips().get(0).label(), "16 px: no text");
        assertEquals(5, tight.chips().size(), "still chips, from 8 px a tick");
    }

    @Test
    void onlyWhatIsInViewAndPassesTheFilterIsInTheFrame() {
        RunViewport v = new RunViewport(t.startTime(), t.endTime(), GUTTER + 60, 60, 4, false);
        assertEquals(
                List.of(3L, 4L, 5L),
                frame(v, RunFilter.ALL, -1).chips().stream()
                        .map(c -> Math.round(v.tickAt(c.x())))
                        .toList(),
                "ticks 4 and 5 in view, a tick of margin each side");
        RunFrame y = frame(whole, new RunFilter("y", Set.of()), -1);
        assertEquals(List.of("W y", "R y"), y.chips().stream().map(Chip::label).toList());
    }

    @Test
    void zoomedOutTheLanesAreBandsAndNoMarkDisappears() {
        RunProjection big = RunFixtures.longRun(3000, "w1500");
        RunTimeline bt = big.timeline();
        for (double width : List.of(300.0, 700.0, 1300.0)) {
            RunViewport v = RunViewport.of(bt.startTime(), bt.endTime(), GUTTER + width);
            assertFalse(v.detailed());
            RunFrame f = RunFrames.of(big, v, RunFilter.ALL, 1500, 300);
            assertTrue(f.chips().isEmpty());
            assertEquals(1, f.divergences().size(), "the one divergence among 3,000 chips, at " + width + " px");
            assertEquals(AXIS, f.divergences().get(0).top(), 1e-9);
            assertEquals(AXIS + 2 * LANE, f.divergences().get(0).bottom(), 1e-9, "across both lanes");
            assertNotNull(f.selection(), "the selected chip is boxed");
            for (BandKind kind : BandKind.values()) {
                assertTrue(f.bands().stream().anyMatch(b -> b.kind() == kind), kind + " at " + width);
            }
            assertTrue(f.bands().size() < 3 * 2 * width, "a few shapes per lane and column at most");
            // neighbouring columns that look the same are one band
            List<Band> density = new ArrayList<>(
                    f.bands().stream().filter(b -> b.kind() == BandKind.DENSITY).toList());
            for (int i = 1; i < density.size(); i++) {
                Band a = density.get(i - 1);
                Band b = density.get(i);
                boolean touching = a.y() == b.y() && Math.abs(a.x() + a.width() - b.x()) < 1e-9;
                assertFalse(touching && a.level() == b.level(), "two touching bands of one level: " + a + " " + b);
            }
        }
    }

    @Test
    void aClickFindsTheNearestChipOfItsLaneThatPassesTheFilter() {
        double lane0 = AXIS + LANE / 2;
        double lane1 = AXIS + LANE * 1.5;
        assertEquals(0, RunFrames.chipAt(t, whole, RunFilter.ALL, whole.x(1) + 5, lane0));
        assertEquals(2, RunFrames.chipAt(t, whole, RunFilter.ALL, whole.x(3) - 5, lane0));
        assertEquals(1, RunFrames.chipAt(t, whole, RunFilter.ALL, whole.x(2), lane1));
        assertEquals(3, RunFrames.chipAt(t, whole, RunFilter.ALL, whole.x(3.6), lane1), "w3, not r1 of c1's lane");
        assertEquals(-1, RunFrames.chipAt(t, whole, RunFilter.ALL, whole.x(1), AXIS + LANE * 2.5), "none near on c3's");
        assertEquals(-1, RunFrames.chipAt(t, whole, new RunFilter("y", Set.of()), whole.x(1), lane0), "filtered out");
        assertEquals(-1, RunFrames.chipAt(t, whole, RunFilter.ALL, GUTTER - 1, lane0), "the lane names");
        assertEquals(-1, RunFrames.chipAt(t, whole, RunFilter.ALL, whole.x(1), AXIS - 1), "the axis");
    }

    @Test
    void withNoRunOnlyThePaper() {
        RunFrame f = RunFrames.of(null, RunViewport.NONE, RunFilter.ALL, -1, 300);
        assertTrue(f.lanes().isEmpty() && f.chips().isEmpty() && f.ticks().isEmpty());
        assertNull(f.selection());
    }
}
