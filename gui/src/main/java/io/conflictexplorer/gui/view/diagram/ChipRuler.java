package io.conflictexplorer.gui.view.diagram;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Measures how wide a chip must be for its text to show whole, with the fonts the CSS gives chips
 * at the current zoom and view (a prototype chip, invisible, in the diagram), so {@link ChipLayout}
 * makes it exactly that wide: each line on one line, the widest line plus the padding and border.
 *
 * <p>A layout measures every chip of the scenario (8,000 in a big one), at every drag tick and at
 * each zoom the window's fit tries. So a chip's lines are kept by operation while its outcome stays
 * the same (the same object while the run is: {@code OperationFacts}), its width while the fonts
 * stay, and the lines are measured by {@link TextWidths}, not laid out.
 */
final class ChipRuler extends VBox {

    private final Label title = new Label();
    private final Label clock = new Label();
    private final Label stamp = new Label();
    private final Label replicaTag = new Label();
    private final TextWidths text = new TextWidths();
    /** Each operation's lines and width as last measured. */
    private final Map<String, Measured> chips = new HashMap<>();

    private Object fonts;
    /** Counts font changes: a width measured under another count is measured again. */
    private int generation;

    /** A chip's lines (while its outcome and what else they show are the same) and their width. */
    private record Measured(
            DiagramModel.Outcome outcome,
            String key,
            int flags,
            String replica,
            boolean compact,
            ChipText lines,
            int generation,
            double width) {

        boolean shows(DiagramModel.Chip c, boolean compact) {
            // the same object while the run is the same; an equal one after a drag tick's new run
            return (outcome == c.outcome() || outcome.equals(c.outcome()))
                    && this.compact == compact
                    && key.equals(c.key())
                    && flags == textFlags(c)
                    && Objects.equals(replica, c.replica());
        }
    }

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
            generation++;
            text.clear();
        }
    }

    /** Counts the font changes: a width measured under another count is measured again. */
    int generation() {
        return generation;
    }

    /** The width chip {@code c} needs, borders and padding included, with its text as {@code compact} shows it. */
    double width(DiagramModel.Chip c, boolean compact) {
        Measured m = chips.get(c.id());
        if (m != null && m.shows(c, compact)) {
            if (m.generation() == generation) {
                return m.width();
            }
            m = measured(c, compact, m.lines());
        } else {
            if (chips.size() > 50_000) {
                chips.clear(); // operations of scenarios long gone
            }
            m = measured(c, compact, ChipText.lines(c, compact));
        }
        chips.put(c.id(), m);
        return m.width();
    }

    private Measured measured(DiagramModel.Chip c, boolean compact, ChipText lines) {
        return new Measured(
                c.outcome(),
                c.key(),
                textFlags(c),
                c.replica(),
                compact,
                lines,
                generation,
                measure(lines, c.replica()));
    }

    /** The flags a chip's lines show ({@link ChipText}): blind, no context, its dot. */
    private static int textFlags(DiagramModel.Chip c) {
        return (c.blind() ? 1 : 0) | (c.noContext() ? 2 : 0) | (c.has(DiagramModel.ChipFlag.DOT_DECIDES) ? 4 : 0);
    }

    private double measure(ChipText lines, String replica) {
        double need = measure(stamp, lines.stamp());
        if (replica != null) {
            need += measure(replicaTag, "\u2192 " + replica)
                    + replicaTag.snappedLeftInset()
                    + replicaTag.snappedRightInset()
                    + stamp.getGraphicTextGap();
        }
        // every line whole: a chip as wide as its longest word wraps its title and clock out of its height
        need = Math.max(need, measure(title, lines.title()));
        need = Math.max(need, measure(clock, lines.clock()));
        return need + snappedLeftInset() + snappedRightInset() + 2; // + rounding of the text's own bounds
    }

    private double measure(Label label, String s) {
        return text.width(label.getFont(), s);
    }
}
