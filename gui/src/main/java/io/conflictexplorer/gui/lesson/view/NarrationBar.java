package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.Projected;
import io.conflictexplorer.gui.projection.PanelState;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What each mode's store did at the step, one line per mode under a tag (LWW, VV); in a cluster the
 * line leads with the projection's badge saying whether that mode's replicas agree. A loss is
 * explained, or only named where the LOST cards that explain it stand right below ({@link
 * #lossesNamedProperty()}).
 */
final class NarrationBar extends VBox {

    private final BooleanProperty lossesNamed = new SimpleBooleanProperty(false);

    NarrationBar(Projected projected) {
        Label lwwText =
                text("lww-narration", told(projected.lwwNarrationProperty(), projected.lwwNamedLossesProperty()));
        Label vvText = text("vv-narration", told(projected.vvNarrationProperty(), projected.vvNamedLossesProperty()));
        // a line per mode; HBox gives a wrapping label the height it needs (a GridPane row would cut it to one line)
        getChildren()
                .addAll(line(tag("LWW", "narration-tag-lww"), lwwText), line(tag("VV", "narration-tag-vv"), vvText));
        getStyleClass().add("narration");
        setMinHeight(Region.USE_PREF_SIZE); // the panels below scroll; the narration is never cut
        // in a cluster, whether each mode's replicas agree leads its narration line (no graphic for a single store)
        badge("lww-converged", projected.lwwPanelProperty(), lwwText);
        badge("vv-converged", projected.vvPanelProperty(), vvText);
    }

    /** True where the LOST cards stand right below: the lines name each lost write and leave the why to its card. */
    BooleanProperty lossesNamedProperty() {
        return lossesNamed;
    }

    /**
     * The height at {@code width} with the lines naming their losses only ({@code named}) or
     * explaining them, whichever they do now: the fit measures the page not shown too.
     */
    double prefHeight(double width, boolean named) {
        boolean now = lossesNamed.get();
        if (named == now) {
            return prefHeight(width);
        }
        lossesNamed.set(named);
        double h = prefHeight(width);
        lossesNamed.set(now);
        return h;
    }

    /** A mode's line: {@code explained}, or {@code named} where {@link #lossesNamed}. */
    private ObservableStringValue told(ObservableStringValue explained, ObservableStringValue named) {
        return Bindings.createStringBinding(
                () -> (lossesNamed.get() ? named : explained).get(), lossesNamed, explained, named);
    }

    private static Label tag(String text, String style) {
        Label tag = new Label(text);
        tag.getStyleClass().addAll("narration-tag", style);
        return tag;
    }

    private static Label text(String id, ObservableStringValue narration) {
        Label text = new Label();
        text.setId(id);
        text.getStyleClass().add("narration-text");
        text.setWrapText(true);
        text.textProperty().bind(narration);
        return text;
    }

    private static Node line(Label tag, Label text) {
        // the tag never shrinks (its CSS min width is below its text's): a long narration wraps instead
        StackPane keep = new StackPane(tag);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(keep, text);
        line.getStyleClass().add("narration-line");
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        return line;
    }

    /**
     * A cluster's "replicas agree / differ" badge ({@link PanelState#badge()}), shown as the graphic
     * of {@code line} (the mode's narration, where it costs no height); none for a single store.
     */
    private static void badge(String id, ObservableValue<PanelState> panel, Label line) {
        Label badge = new Label();
        badge.setId(id);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        badge.setTooltip(tip);
        Runnable show = () -> {
            PanelState.Badge b =
                    panel.getValue() == null ? null : panel.getValue().badge();
            line.setGraphic(b == null ? null : badge);
            if (b == null) {
                return;
            }
            badge.setText(b.text());
            List<String> classes = List.of("label", "replica-badge", b.style());
            if (!badge.getStyleClass().equals(classes)) {
                badge.getStyleClass().setAll(classes);
            }
            tip.setText(b.tooltip());
        };
        panel.addListener((obs, was, now) -> show.run());
        show.run();
    }
}
