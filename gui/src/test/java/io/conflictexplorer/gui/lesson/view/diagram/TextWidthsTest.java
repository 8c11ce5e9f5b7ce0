package io.conflictexplorer.gui.lesson.view.diagram;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.ChipText;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The diagram measures text without laying it out ({@link TextWidths}) and store notes without
 * asking their labels ({@link StoreNotes}): both must give exactly what JavaFX's layout gives, or
 * chips and notes would be a pixel off what they showed before.
 */
@ExtendWith(ApplicationExtension.class)
class TextWidthsTest {

    private Pane root;
    private StoreNotes notes;

    @Start
    void start(Stage stage) {
        // the app's base theme, as MainWindow sets it: it gives labels their padding and fonts
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root = new Pane();
        notes = new StoreNotes();
        root.getChildren().add(notes.node());
        Scene scene = new Scene(root, 400, 300);
        scene.getStylesheets().add(Assets.stylesheet("app.css"));
        stage.setScene(scene);
        stage.show();
    }

    /** Every line a preset's chips and notes show, and random lines of the characters they use. */
    private static List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Preset p : Assets.presets()) {
            Simulation sim = Simulator.run(p.scenario());
            DiagramModel m = TraceProjection.frame(sim, sim.vv().size(), null).diagram();
            for (DiagramModel.Chip c : m.chips()) {
                for (boolean compact : new boolean[] {false, true}) {
                    ChipText t = ChipText.lines(c, compact, false);
                    out.addAll(List.of(t.title(), t.clock(), t.stamp()));
                }
            }
            m.marks().forEach(mark -> out.add(mark.text()));
        }
        Random random = new Random(7);
        String chars =
                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 {}:,=|.-+?\"'()[]_\u00b7\u2192\u00e9\u00fc";
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                b.append(chars.charAt(random.nextInt(chars.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void aLineIsAsWideAsItsCharactersAddedUp() {
        List<String> lines = lines();
        List<String> wrong = onFx(() -> {
            TextWidths widths = new TextWidths();
            Text text = new Text();
            List<String> bad = new ArrayList<>();
            for (String family : List.of("System", "Monospaced")) {
                for (double size : new double[] {9.75, 13, 14.62, 19.5, 26.25}) {
                    for (FontWeight weight : List.of(FontWeight.NORMAL, FontWeight.BOLD)) {
                        Font font = Font.font(family, weight, size);
                        for (String s : lines) {
                            text.setFont(font);
                            text.setText(s);
                            if (widths.width(font, s) != text.getLayoutBounds().getWidth()) {
                                bad.add(font + " \"" + s + "\"");
                            }
                        }
                    }
                }
            }
            return bad;
        });
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " lines measured otherwise, e.g. " + wrong.get(0));
    }

    @Test
    void aNoteIsAsLargeAsItsLabelMakesItself() {
        List<String> lines = lines();
        List<String> wrong = onFx(() -> {
            List<String> bad = new ArrayList<>();
            for (double fontSize : new double[] {11.25, 13, 15.6, 19.5, 24.7}) {
                root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSize));
                notes.refresh(true);
                for (boolean loss : new boolean[] {true, false}) {
                    Label label = new Label();
                    label.getStyleClass()
                            .addAll(StoreNotes.STYLES.get(loss ? 0 : 1).split(" "));
                    root.getChildren().add(label);
                    for (String s : lines) {
                        label.setText(s);
                        label.applyCss();
                        double[] expected = {Math.ceil(label.prefWidth(-1)), Math.ceil(label.prefHeight(-1))};
                        double[] got = notes.size(new DiagramModel.StoreMark("w", 0, s, loss, !loss), true);
                        if (expected[0] != got[0] || expected[1] != got[1]) {
                            bad.add(fontSize + "px \"" + s + "\": " + got[0] + "x" + got[1] + ", label " + expected[0]
                                    + "x" + expected[1]);
                        }
                    }
                    root.getChildren().remove(label);
                }
            }
            return bad;
        });
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " notes measured otherwise, e.g. " + wrong.get(0));
        assertEquals(0, wrong.size());
    }
}
