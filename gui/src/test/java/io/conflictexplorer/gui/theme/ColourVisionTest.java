package io.conflictexplorer.gui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.theme.ColourVision.Vision;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The measures the theme test relies on, against published values. */
class ColourVisionTest {

    @Test
    void ciede2000MatchesSharmasTestData() {
        // pairs 1, 7 and 17 of Sharma, Wu and Dalal (2005), Table 1
        assertEquals(
                2.0425,
                ColourVision.deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}),
                1e-4);
        assertEquals(2.3669, ColourVision.deltaE2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}), 1e-4);
        assertEquals(27.1492, ColourVision.deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
    }

    @Test
    void wcagContrastOfBlackOnWhiteIs21AndOfAGreyIsKnown() {
        assertEquals(21.0, ColourVision.contrast(Color.BLACK, Color.WHITE), 1e-9);
        // #767676 is the lightest grey that passes AA (4.5:1) on white
        assertEquals(4.54, ColourVision.contrast(Color.web("#767676"), Color.WHITE), 0.01);
    }

    @Test
    void deuteranopiaMakesTheOldGreenAndRedAlike() {
        // the legend before this theme: causal future #2e7d32 and lost #c62828 both look dark olive
        Color green = Color.web("#2e7d32");
        Color red = Color.web("#c62828");
        assertTrue(ColourVision.distance(green, red, Vision.NORMAL) > 50);
        assertTrue(ColourVision.distance(green, red, Vision.DEUTERANOPIA) < 10);
        // each simulation's rows sum to 1: a grey looks the same to everyone, so its distance to white does too
        Color grey = Color.web("#808080");
        double normal = ColourVision.distance(grey, Color.WHITE, Vision.NORMAL);
        for (Vision v : Vision.values()) {
            assertEquals(normal, ColourVision.distance(grey, Color.WHITE, v), 0.5, v.name());
        }
    }
}
