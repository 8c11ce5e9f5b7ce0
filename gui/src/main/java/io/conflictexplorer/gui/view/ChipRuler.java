package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Measures how wide a chip must be for its text to show whole, with the fonts the CSS gives chips
 * at the current zoom and view (a prototype chip, invisible, in the diagram), so {@link ChipLayout}
 * makes it exactly that wide: each line on one line, the widest line plus the padding and border.
 * Widths are cached per chip text and font (not per chip record, which a drag makes anew at every
 * tick and whose hash walks its clocks and values), since a drag lays out every chip per tick.
 */
final class ChipRuler extends VBox {

    private final Label title = new Label();
    private final Label clock = new Label();
    private final Label stamp = new Label();
    private final Label replicaTag = new Label();
    /** Each line's width by label (its font) and text. */
    private final Map<Label, Map<String, Double>> widths = new HashMap<>();
    /** The width of each chip's lines as last measured: a drag recomputes every chip, most of them equal. */
    private final Map<String, Double> chips = new HashMap<>();
    /** Lays out one string at a time in a label's font (not in the scene). */
    private final Text ruler = new Text();

    private Object fonts;

    ChipRuler() {
        // the widest outline a chip takes (selected), so a selected chip's text fits too
        getStyleClass().setAll("chip", "chip-write", "role-selected");
        title.getStyleClass().add("chip-title");
        clock.getStyleClass().add("chip-clock");
        stamp.getStyleClass().add("chip-stamp");
        replicaTag.getStyleClass().add("chip-replica");
        stamp.setGraphic(replicaTag); // in the scene, so the tag gets its CSS (padding, font)
        getChildren().addAll(title, clock, stamp);
        setManaged(false);
        setMouseTransparent(true);
        setOpacity(0); // not invisible: CSS, which gives the fonts, still applies
    }

    /** Brings the fonts up to date with the CSS (call after the zoom or the view changed). */
    void refresh() {
        applyCss();
        Object now =
                List.of(title.getFont(), clock.getFont(), stamp.getFont(), replicaTag.getFont(), snappedLeftInset());
        if (!now.equals(fonts)) {
            fonts = now;
            widths.clear();
            chips.clear();
        }
    }

    /** The width chip {@code c} needs, borders and padding included, with its text as {@code compact} shows it. */
    double width(DiagramModel.Chip c, boolean compact) {
        if (chips.size() > 20_000) {
            chips.clear(); // chips of scenarios long gone
        }
        ChipText text = ChipText.lines(c, compact);
        String key = text.title() + '\n' + text.clock() + '\n' + text.stamp() + '\n' + c.replica();
        return chips.computeIfAbsent(key, k -> measure(text, c.replica()));
    }

    private double measure(ChipText text, String replica) {
        double need = measure(stamp, text.stamp());
        if (replica != null) {
            need += measure(replicaTag, "\u2192 " + replica)
                    + replicaTag.snappedLeftInset()
                    + replicaTag.snappedRightInset()
                    + stamp.getGraphicTextGap();
        }
        // every line whole: a chip as wide as its longest word wraps its title and clock out of its height
        need = Math.max(need, measure(title, text.title()));
        need = Math.max(need, measure(clock, text.clock()));
        return need + snappedLeftInset() + snappedRightInset() + 2; // + rounding of the text's own bounds
    }

    private double measure(Label label, String s) {
        if (s.isEmpty()) {
            return 0;
        }
        return widths.computeIfAbsent(label, k -> new HashMap<>()).computeIfAbsent(s, k -> {
            ruler.setFont(label.getFont());
            ruler.setText(k);
            return ruler.getLayoutBounds().getWidth();
        });
    }
}
