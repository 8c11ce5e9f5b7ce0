package io.conflictexplorer.gui.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.platform.Theme;
import io.conflictexplorer.gui.theme.ColourVision.Vision;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The run window's colours ({@code -ce-run-...}, read as the run window reads them) in the light
 * and the dark theme: every text its canvas and details draw passes WCAG AA (4.5:1) on what it is
 * drawn on, and its marks (a loss, a conflict, a divergence, the selection) stay apart for normal
 * vision and under simulated deuteranopia, protanopia and tritanopia.
 */
class RunColoursTest {

    private static Color c(Theme theme, String name) {
        return Color.web(theme.colour("run-" + name));
    }

    @ParameterizedTest
    @EnumSource(
            value = Theme.class,
            names = {"LIGHT", "DARK"})
    void everyTextOfTheRunWindowPassesWcagAa(Theme theme) {
        String[][] texts = {
            {"ink", "write"}, // a write chip's key
            {"ink", "read"},
            {"ink", "lane-even"}, // a lane's name
            {"ink", "lane-odd"},
            {"ink", "store"},
            {"muted", "paper"}, // the axis' labels
            {"vv", "lane-even"}, // a literal context's braces
            {"vv", "lane-odd"},
            {"divergence-text", "paper"}, // a divergence's sentence in the details
        };
        List<String> failures = new ArrayList<>();
        for (String[] t : texts) {
            double contrast = ColourVision.contrast(c(theme, t[0]), c(theme, t[1]));
            if (contrast < 4.5) {
                failures.add(String.format("%s on %s: %.2f", t[0], t[1], contrast));
            }
        }
        assertTrue(failures.isEmpty(), theme + ": " + failures);
    }

    @ParameterizedTest
    @EnumSource(
            value = Theme.class,
            names = {"LIGHT", "DARK"})
    void theMarksStayApartForEveryKindOfVision(Theme theme) {
        List<String> marks = List.of("lost", "conflict", "divergence", "selected");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            for (int j = i + 1; j < marks.size(); j++) {
                for (Vision v : Vision.values()) {
                    double d = ColourVision.distance(c(theme, marks.get(i)), c(theme, marks.get(j)), v);
                    if (d < ThemeTest.MIN_LEGEND_DISTANCE) {
                        failures.add(String.format("%s and %s under %s: %.1f", marks.get(i), marks.get(j), v, d));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), theme + ": " + failures);
    }
}
