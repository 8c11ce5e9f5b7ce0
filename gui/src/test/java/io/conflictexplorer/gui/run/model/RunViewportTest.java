package io.conflictexplorer.gui.run.model;

import static io.conflictexplorer.gui.run.model.RunViewport.DETAIL_PX;
import static io.conflictexplorer.gui.run.model.RunViewport.GUTTER;
import static io.conflictexplorer.gui.run.model.RunViewport.MAX_PX_PER_TICK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The run window's viewport rules, on a run from tick 1 to 1,000 in a canvas 1,064 px wide (1,000
 * px of time area after the lane names): fit, zoom around the mouse, scroll, reveal, resize.
 */
class RunViewportTest {

    static final double EPS = 1e-9;
    private final RunViewport fitted = RunViewport.of(1, 1000, GUTTER + 1000);

    @Test
    void aRunOpensFittedWithATickOfMarginOnEachSide() {
        assertTrue(fitted.fitted());
        assertEquals(1000.0 / (1000 - 1 + 4), fitted.scale(), EPS);
        assertEquals(-1, fitted.first(), EPS, "the start less two ticks");
        assertEquals(fitted.minFirst(), fitted.maxFirst(), EPS, "nothing to scroll");
        assertFalse(fitted.detailed(), "a tick is under a pixel: density strips");
        RunViewport small = RunViewport.of(1, 5, GUTTER + 1000);
        assertEquals(MAX_PX_PER_TICK, small.scale(), "a short run is not blown up past the maximum");
    }

    @Test
    void beforeItHasAWidthItFitsOnceItGetsOne() {
        RunViewport unsized = RunViewport.of(1, 1000, 0);
        assertFalse(unsized.sized());
        assertTrue(unsized.fitted());
        assertEquals(fitted, unsized.resized(GUTTER + 1000));
    }

    @Test
    void zoomingKeepsTheTickUnderTheMouseAndStaysWithinItsLimits() {
        RunViewport in = fitted.zoomedAt(4, 600);
        assertFalse(in.fitted());
        assertEquals(fitted.scale() * 4, in.scale(), EPS);
        assertEquals(fitted.tickAt(600), in.tickAt(600), EPS);
        RunViewport furthestIn = in;
        for (int i = 0; i < 20; i++) {
            furthestIn = furthestIn.zoomedAt(2, 600);
        }
        assertEquals(MAX_PX_PER_TICK, furthestIn.scale(), EPS);
        RunViewport furthestOut = furthestIn;
        for (int i = 0; i < 20; i++) {
            furthestOut = furthestOut.zoomedAt(0.5, 600);
        }
        assertEquals(fitted.fitScale(), furthestOut.scale(), EPS, "never further out than the whole run");
        RunViewport shortRun = RunViewport.of(1, 20, GUTTER + 1000).zoomedAt(0.01, 600);
        assertEquals(DETAIL_PX, shortRun.scale(), EPS, "nor than chips, for a run that fits wider");
    }

    @Test
    void scrollingStaysWithinTheRun() {
        RunViewport in = fitted.atScale(10); // 100 ticks in view
        assertEquals(-1, in.scrolledTo(-500).first(), EPS);
        assertEquals(1000 + 2 - 100, in.scrolledTo(5000).first(), EPS, "the end fills the right edge");
        assertEquals(400, in.scrolledTo(400).first(), EPS);
        assertFalse(in.scrolledTo(400).fitted());
        assertEquals(400 - 12.5, in.scrolledTo(400).scrolledBy(125).first(), EPS, "a wheel's pixels at 10 px a tick");
        assertSame(fitted, fitted.scrolledTo(300), "fitted: nowhere to go, and still fitted");
    }

    @Test
    void revealingATickZoomsInToChipsAndCentresItWhenItWasOutOfView() {
        RunViewport r = fitted.revealed(700);
        assertEquals(DETAIL_PX * 2, r.scale(), EPS);
        assertEquals(GUTTER + 500, r.x(700), EPS, "centred");
        assertFalse(r.fitted());
        assertSame(r, r.revealed(710), "in view already: nothing moves");
        RunViewport end = fitted.revealed(1000);
        assertEquals(end.maxFirst(), end.first(), EPS, "as far as the run goes");
    }

    @Test
    void aFittedRunFitsANewWidthAndAnotherKeepsItsPlace() {
        RunViewport wider = fitted.resized(GUTTER + 2000);
        assertTrue(wider.fitted());
        assertEquals(2000.0 / 1003, wider.scale(), EPS);
        RunViewport scrolled = fitted.atScale(10).scrolledTo(400);
        RunViewport resized = scrolled.resized(GUTTER + 2000);
        assertEquals(400, resized.first(), EPS);
        assertEquals(10, resized.scale(), EPS);
    }

    @Test
    void theVisibleTicksHaveATickOfMarginOnEachSide() {
        RunViewport v = fitted.atScale(10).scrolledTo(400);
        assertEquals(399, v.fromTick());
        assertEquals(501, v.toTick());
        assertEquals(GUTTER, v.x(400), EPS);
        assertEquals(450, v.tickAt(GUTTER + 500), EPS);
    }
}
