package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** How far a window's frame reaches past the screen's usable area, without a window. */
class WindowOverhangTest {

    /**
     * Sized to a 1920x1080 screen under openbox, JavaFX 21's content area is the whole screen below
     * a 20 px title bar, in a frame of 1922x1105 with its borders (measured in the real window): the
     * window shrinks by the 2 and 25 px its frame reaches past the right and the bottom, so the
     * bottom row of buttons shows and no strip is left below it; a window inside the screen, or
     * reaching past its left or top (dragged there by the teacher), is left as it is.
     */
    @Test
    void aWindowWhoseFrameReachesPastTheScreensBottomShrinksByThatMuch() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1080);
        assertArrayEquals(new double[] {2, 25}, MainWindow.overhang(new Rectangle2D(0, 0, 1922, 1105), screen), 1e-9);
        assertArrayEquals(new double[] {0, 0}, MainWindow.overhang(new Rectangle2D(0, 0, 1920, 1080), screen), 1e-9);
        // a 32 px panel at the bottom: the usable area ends above it
        assertArrayEquals(
                new double[] {2, 57},
                MainWindow.overhang(new Rectangle2D(0, 0, 1922, 1105), new Rectangle2D(0, 0, 1920, 1048)),
                1e-9);
        assertArrayEquals(new double[] {0, 0}, MainWindow.overhang(new Rectangle2D(320, 163, 1280, 800), screen), 1e-9);
        assertArrayEquals(new double[] {0, 0}, MainWindow.overhang(new Rectangle2D(-40, -10, 1280, 800), screen), 1e-9);
        assertArrayEquals(
                new double[] {60, 0}, MainWindow.overhang(new Rectangle2D(700, 100, 1280, 800), screen), 1e-9);
    }
}
