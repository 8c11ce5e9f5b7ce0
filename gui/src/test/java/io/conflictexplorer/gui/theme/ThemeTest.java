package io.conflictexplorer.gui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.theme.ColourVision.Vision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The colours the lesson depends on, read back from the real stylesheets as JavaFX applies them,
 * in the desk theme, in Presenter (app.css, then presenter.css on top) and in the dark theme
 * (dark.css last, alone or over Presenter):
 * <ul>
 *   <li>the four states of the legend (causal past, causal future, concurrent, lost by LWW) stay
 *       apart for normal vision and under simulated deuteranopia, protanopia and tritanopia, and
 *       each also has its own line shape, so colour is never the only cue;
 *   <li>every text the lesson is read from passes WCAG AA (4.5:1) on its own background, and the
 *       state outlines pass 3:1 against the lanes they sit on;
 *   <li>a selected chip and its causal past stand out from an ordinary write in both themes.
 * </ul>
 */
class ThemeTest {

    /** CIEDE2000 distance the legend's states keep under every kind of vision. */
    static final double MIN_LEGEND_DISTANCE = 15;

    enum Theme {
        DESK("app.css"),
        PRESENTER("app.css", "presenter.css"),
        /** The dark theme for a dim room, on its own and with Presenter's line widths. */
        DARK("app.css", "dark.css"),
        PRESENTER_DARK("app.css", "presenter.css", "dark.css");

        final List<String> sheets;

        Theme(String... sheets) {
            this.sheets = List.of(sheets);
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theLegendsFourStatesStayApartForEveryKindOfVision(Theme theme) throws Exception {
        Map<String, BorderStroke> states = onFx(() -> {
            Map<String, BorderStroke> out = new LinkedHashMap<>();
            for (String s : List.of("past", "future", "concurrent", "lost")) {
                out.put(s, stroke(styled(theme, new Region(), "legend-swatch", "legend-" + s)));
            }
            return out;
        });
        List<String> names = new ArrayList<>(states.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Color a = (Color) states.get(names.get(i)).getTopStroke();
                Color b = (Color) states.get(names.get(j)).getTopStroke();
                for (Vision v : Vision.values()) {
                    double d = ColourVision.distance(a, b, v);
                    assertTrue(
                            d >= MIN_LEGEND_DISTANCE,
                            names.get(i) + " and " + names.get(j) + " under " + v + ": distance " + d);
                }
            }
        }
        // and a shape of its own: solid, dotted, dashed; lost is a filled swatch
        List<Double> past = states.get("past").getTopStyle().getDashArray();
        List<Double> future = states.get("future").getTopStyle().getDashArray();
        List<Double> concurrent = states.get("concurrent").getTopStyle().getDashArray();
        assertTrue(past.isEmpty(), "past is solid");
        assertEquals(2, future.size());
        assertEquals(2, concurrent.size());
        assertNotEquals(future, concurrent, "future dotted, concurrent dashed");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theStateOutlinesStandOutFromTheLanes(Theme theme) throws Exception {
        List<String> failures = onFx(() -> {
            List<String> out = new ArrayList<>();
            for (String lane : List.of("lane-even", "lane-odd", "store-lane")) {
                Color background = fill(styled(theme, new Region(), lane));
                for (String role : List.of("past", "future", "concurrent", "selected")) {
                    Color border = (Color) stroke(styled(theme, new Region(), "chip", "role-" + role))
                            .getTopStroke();
                    double c = ColourVision.contrast(border, background);
                    if (c < 3) {
                        out.add(role + " on " + lane + ": " + c);
                    }
                }
            }
            return out;
        });
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextOfTheLessonPassesWcagAa(Theme theme) throws Exception {
        // {container classes, text classes}: the text is a Label inside a Region with those classes
        String[][] texts = {
            {"chip", "chip-title"},
            {"chip", "chip-clock"},
            {"chip", "chip-stamp"},
            {"chip chip-read", "chip-title"},
            {"chip chip-read", "chip-clock"},
            {"chip chip-blind", "chip-title"},
            {"chip chip-lost", "chip-title"},
            {"store-mark store-mark-loss", "store-mark store-mark-loss"},
            {"store-mark store-mark-conflict", "store-mark store-mark-conflict"},
            {"narration", "narration-text"},
            {"narration-tag narration-tag-lww", "narration-tag narration-tag-lww"},
            {"narration-tag narration-tag-vv", "narration-tag narration-tag-vv"},
            {"counter", "counter-number"},
            {"counter", "counter-caption"},
            {"value-card", "card-value"},
            {"value-card", "card-clock"},
            {"value-card", "card-meta"},
            {"lost-card", "lost-value"},
            {"lost-card", "lost-explanation"},
            {"lost-card", "lost-more"},
            {"lost-tag", "lost-tag"},
            {"conflict-badge", "conflict-badge"},
            {"converged-badge", "converged-badge"},
            {"diverged-badge", "diverged-badge"},
            {"key-row key-conflict", "key-name"},
            {"transport", "step-label"},
            {"transport", "legend-item"},
            {"transport", "status-line"},
            {"replica-section", "replica-name"},
            {"replica-section", "empty-badge"},
            {"store-lane", "store-label"},
            {"lane-even", "replica-skew replica-skew-off"},
            {"chip-replica", "chip-replica"},
            {"partition-bar", "partition-bar"},
            {"results", "empty-note"},
        };
        List<String> failures = onFx(() -> {
            List<String> out = new ArrayList<>();
            for (String[] t : texts) {
                // the LOST sentence is a Text in a flow (ResultPanel), coloured by its fill
                boolean isText = t[1].equals("lost-explanation");
                Label label = new Label("text");
                Text flowing = new Text("text");
                Node node = isText ? flowing : label;
                node.getStyleClass().addAll(t[1].split(" "));
                Region container = t[0].equals(t[1]) ? label : new StackPane(node);
                if (container != label) {
                    container.getStyleClass().addAll(t[0].split(" "));
                }
                styled(theme, container);
                Color text = (Color) (isText ? flowing.getFill() : label.getTextFill());
                for (Color background : fills(container)) {
                    double c = ColourVision.contrast(text, background);
                    if (c < 4.5) {
                        out.add(String.format("%s in %s: %.2f (%s on %s)", t[1], t[0], c, text, background));
                    }
                }
            }
            return out;
        });
        assertTrue(failures.isEmpty(), theme + ": " + String.join("; ", failures));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aSelectedChipAndItsCausalPastStandOutFromAnOrdinaryWrite(Theme theme) throws Exception {
        onFx(() -> {
            BorderStroke plain = stroke(styled(theme, new Region(), "chip"));
            Region selectedChip = styled(theme, new Region(), "chip", "role-selected");
            BorderStroke selected = stroke(selectedChip);
            BorderStroke past = stroke(styled(theme, new Region(), "chip", "role-past"));
            assertTrue(
                    selected.getWidths().getTop() >= plain.getWidths().getTop() + 2,
                    "selected outline " + selected.getWidths().getTop() + " px against "
                            + plain.getWidths().getTop());
            assertNotNull(selectedChip.getEffect(), "a selected chip casts a shadow");
            assertTrue(past.getWidths().getTop() >= plain.getWidths().getTop() + 1);
            double apart =
                    ColourVision.distance((Color) past.getTopStroke(), (Color) plain.getTopStroke(), Vision.NORMAL);
            assertTrue(apart >= MIN_LEGEND_DISTANCE, "causal past against a write's own outline: " + apart);
            return null;
        });
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** {@code node} with {@code classes}, alone in a scene with the theme's stylesheets, CSS applied. */
    private static <T extends Region> T styled(Theme theme, T node, String... classes) {
        node.getStyleClass().addAll(classes);
        Parent root = new Pane(node);
        Scene scene = new Scene(root);
        theme.sheets.forEach(s -> scene.getStylesheets().add(Assets.stylesheet(s)));
        root.applyCss();
        return node;
    }

    private static BorderStroke stroke(Region r) {
        assertNotNull(r.getBorder(), r.getStyleClass() + " has no border");
        return r.getBorder().getStrokes().get(r.getBorder().getStrokes().size() - 1);
    }

    private static Color fill(Region r) {
        List<Color> colours = fills(r);
        assertEquals(1, colours.size(), r.getStyleClass() + " is not one plain colour");
        return colours.get(0);
    }

    /** The colours of a region's top background: one, or each stop of a gradient (a striped bar). */
    private static List<Color> fills(Region r) {
        assertNotNull(r.getBackground(), r.getStyleClass() + " has no background");
        Paint paint = r.getBackground()
                .getFills()
                .get(r.getBackground().getFills().size() - 1)
                .getFill();
        if (paint instanceof LinearGradient g) {
            return g.getStops().stream().map(Stop::getColor).toList();
        }
        return List.of((Color) paint);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
