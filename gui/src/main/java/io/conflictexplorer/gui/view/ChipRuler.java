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
 * can widen a column instead of cutting a clock or a context to "...". A line that wraps needs only
 * its longest word; a line that does not (a read's context, a compact chip's title and clock) needs
 * its whole width. Widths are cached per text and font, since a drag lays out every chip per tick.
 */
final class ChipRuler extends VBox {

    private final Label title = new Label();
    private final Label clock = new Label();
    private final Label stamp = new Label();
    private final Label replicaTag = new Label();
    private final Map<String, Double> widths = new HashMap<>();
    /** The width of each chip as last measured: a drag recomputes every chip, most of them equal. */
    private final Map<DiagramModel.Chip, Double> chips = new HashMap<>();
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
        return chips.computeIfAbsent(c, k -> measure(k, compact));
    }

    private double measure(DiagramModel.Chip c, boolean compact) {
        ChipText text = ChipText.of(c, compact);
        double need = measure(stamp, text.stamp(), false);
        if (c.replica() != null) {
            need += measure(replicaTag, "\u2192 " + c.replica(), false)
                    + replicaTag.snappedLeftInset()
                    + replicaTag.snappedRightInset()
                    + stamp.getGraphicTextGap();
        }
        need = Math.max(need, measure(title, text.title(), !compact));
        need = Math.max(need, measure(clock, text.clock(), text.clockWraps() && !compact));
        return need + snappedLeftInset() + snappedRightInset() + 2; // + rounding of the text's own bounds
    }

    private double measure(Label label, String s, boolean wraps) {
        if (s.isEmpty()) {
            return 0;
        }
        String key = label.getStyleClass() + (wraps ? "~" : "=") + s;
        Double known = widths.get(key);
        if (known != null) {
            return known;
        }
        double w = 0;
        for (String part : wraps ? s.split(" ") : new String[] {s}) {
            ruler.setFont(label.getFont());
            ruler.setText(part);
            w = Math.max(w, ruler.getLayoutBounds().getWidth());
        }
        widths.put(key, w);
        return w;
    }
}
