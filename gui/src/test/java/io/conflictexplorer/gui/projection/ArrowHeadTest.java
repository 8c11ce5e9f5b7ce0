package io.conflictexplorer.gui.projection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one arrowhead: worked examples, and the run window's old head (sides at +-0.4 rad) as a case of it. */
class ArrowHeadTest {

    @Test
    void aHeadOnAHorizontalLinePointsRightWithItsBaseLengthBack() {
        ArrowHead h = ArrowHead.onLine(0, 0, 100, 0, 10, 0.5);
        assertArrayEquals(new double[] {100, 0, 90, 5, 90, -5}, h.points(), 1e-12);
    }

    @Test
    void aHeadOnAVerticalLineDownwards() {
        ArrowHead h = ArrowHead.at(3, 40, 0, 1, 8, 0.25);
        assertArrayEquals(new double[] {3, 40, 1, 32, 5, 32}, h.points(), 1e-12);
    }

    @Test
    void theRunWindowsHeadWithSidesAtPointFourRadiansIsTheSharedHead() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            double x0 = random.nextDouble() * 500;
            double y0 = random.nextDouble() * 500;
            double x1 = random.nextDouble() * 500;
            double y1 = random.nextDouble() * 500;
            double angle = Math.atan2(y1 - y0, x1 - x0);
            double[] before = {
                x1,
                y1,
                x1 - 8 * Math.cos(angle - 0.4),
                y1 - 8 * Math.sin(angle - 0.4),
                x1 - 8 * Math.cos(angle + 0.4),
                y1 - 8 * Math.sin(angle + 0.4)
            };
            double[] shared = ArrowHead.onLine(x0, y0, x1, y1, 8 * Math.cos(0.4), Math.tan(0.4))
                    .points();
            assertArrayEquals(before, shared, 1e-9, "line " + i);
        }
    }
}
