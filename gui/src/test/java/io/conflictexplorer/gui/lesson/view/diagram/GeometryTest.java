package io.conflictexplorer.gui.lesson.view.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The time axis against its definition: a tick's x is the even axis's plus the stretch of every
 * column before it (the fast form keeps running sums), and the tick nearest a tick's own x is that
 * tick.
 */
class GeometryTest {

    /** The rule as written: the even x, plus the stretch of each earlier tick's column. */
    private static double modelX(Geometry g, Map<Long, Double> stretch, long time) {
        double extra = 0;
        for (Map.Entry<Long, Double> e : stretch.entrySet()) {
            if (e.getKey() < time) {
                extra += e.getValue();
            }
        }
        return g.left() + g.tick() * (time + 1.2) + extra;
    }

    @Test
    void aTicksXIsTheEvenXPlusTheStretchOfEveryEarlierColumn() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            TreeMap<Long, Double> stretch = new TreeMap<>();
            int widened = random.nextInt(40);
            for (int i = 0; i < widened; i++) {
                stretch.put((long) random.nextInt(200), 1 + random.nextDouble() * 120);
            }
            Geometry g = new Geometry(0.5 + random.nextDouble() * 2, Geometry.Density.values()[round % 3], stretch);
            for (long t = 0; t <= 205; t++) {
                assertEquals(modelX(g, stretch, t), g.x(t), 1e-6, "tick " + t + " with " + stretch);
                assertEquals(t, g.time(g.x(t)), "the tick nearest tick " + t + "'s x");
            }
        }
    }

    /**
     * Presenter's quiet ticks narrow their columns (a negative stretch, half a tick) and a wide first
     * chip moves the axis right (a stretch before t=0): a tick's x is still the even x plus every
     * earlier column's stretch, later ticks stand further right, and the tick nearest a tick's x is
     * that tick (the binary search looks past the even axis's answer).
     */
    @Test
    void narrowedColumnsKeepTheAxisInOrderAndFindTheirTicks() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            Geometry even = new Geometry(0.5 + random.nextDouble() * 2, Geometry.Density.values()[round % 4]);
            TreeMap<Long, Double> stretch = new TreeMap<>();
            for (long t = 0; t < 200; t++) {
                if (random.nextInt(3) == 0) {
                    stretch.put(t, -IdleTicks.NARROWER * even.tick());
                } else if (random.nextInt(10) == 0) {
                    stretch.put(t, random.nextDouble() * 120);
                }
            }
            stretch.put(-1L, random.nextDouble() * 80);
            Geometry g = even.withStretch(stretch);
            for (long t = 0; t <= 205; t++) {
                assertEquals(modelX(g, stretch, t), g.x(t), 1e-6, "tick " + t);
                assertTrue(g.x(t + 1) > g.x(t), "tick " + (t + 1) + " right of tick " + t);
                assertEquals(t, g.time(g.x(t)), "the tick nearest tick " + t + "'s x");
            }
        }
    }

    @Test
    void geometriesAreEqualWhenZoomDensityAndStretchAre() {
        TreeMap<Long, Double> stretch = new TreeMap<>(Map.of(3L, 20.0));
        Geometry a = new Geometry(1.5, Geometry.Density.PRESENTER, stretch);
        assertEquals(a, new Geometry(1.5, Geometry.Density.PRESENTER, new TreeMap<>(stretch)));
        assertEquals(a.hashCode(), new Geometry(1.5, Geometry.Density.PRESENTER, new TreeMap<>(stretch)).hashCode());
        assertNotEquals(a, new Geometry(1.5, Geometry.Density.PRESENTER, new TreeMap<>(Map.of(3L, 21.0))));
        assertNotEquals(a, new Geometry(1.5, Geometry.Density.DESK, stretch));
        assertNotEquals(a, new Geometry(1.0, Geometry.Density.PRESENTER, stretch));
        assertEquals(a, a.withStretch(stretch), "the stretch is all a withStretch changes");
    }
}
