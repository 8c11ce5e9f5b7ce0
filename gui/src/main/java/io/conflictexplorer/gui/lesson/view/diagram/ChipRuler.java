package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.projection.ChipText;
import io.conflictexplorer.gui.projection.DiagramModel;
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
    /** Each operation's lines and width as last measured, split and not (a fit tries both). */
    private final Map<String, Measured> chips = new HashMap<>();

    private final Map<String, Measured> splitChips = new HashMap<>();

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
            boolean split,
            ChipText lines,
            int generation,
            double width) {

        boolean shows(DiagramModel.Chip c, boolean compact, boolean split) {
            // the same object while the run is the same; an equal one after a drag tick's new run
            return (outcome == c.outcome() || outcome.equals(c.outcome()))
                    && this.compact == compact
                    && this.split == split
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

    /**
     * The width chip {@code c} needs, borders and padding included, with its text as {@code compact}
     * and {@code split} show it ({@link ChipText}).
     */
    double width(DiagramModel.Chip c, boolean compact, boolean split) {
        Map<String, Measured> chips = split ? splitChips : this.chips;
        Measured m = chips.get(c.id());
        if (m != null && m.shows(c, compact, split)) {
            if (m.generation() == generation) {
                return m.width();
            }
            m = measured(c, compact, split, m.lines());
        } else {
            if (chips.size() > 50_000) {
                chips.clear(); // operations of scenarios long gone
            }
            m = measured(c, compact, split, ChipText.lines(c, compact, split));
        }
        chips.put(c.id(), m);
        return m.width();
    }

    private Measured measured(DiagramModel.Chip c, boolean compact, boolean split, ChipText lines) {
        return new Measured(
                c.outcome(),
                c.key(),
                textFlags(c),
                c.replica(),
                compact,
                split,
                lines,
                generation,
                measure(lines, c.replica()));
    }

    /** The flags a chip's lines show ({@link ChipText}): blind, no context, its dot. */
    private static int textFlags(DiagramModel.Chip c) {
        return (c.blind() ? 1 : 0) | (c.noContext() ? 2 : 0) | (c.has(DiagramModel.ChipFlag.DOT_DECIDES) ? 4 : 0);
    }

    private double measure(ChipText lines, String replica) {
        // the replica's tag stands before the stamp's first line; a split line's second part is alone
        String[] stamps = lines.stamp().split("\n", -1);
        double need = measure(stamp, stamps[0]);
        if (replica != null) {
            need += measure(replicaTag, "\u2192 " + replica)
                    + replicaTag.snappedLeftInset()
                    + replicaTag.snappedRightInset()
                    + stamp.getGraphicTextGap();
        }
        for (int i = 1; i < stamps.length; i++) {
            need = Math.max(need, measure(stamp, stamps[i]));
        }
        // every line whole: a chip as wide as its longest word wraps its title and clock out of its height
        need = Math.max(need, measure(title, lines.title()));
        need = Math.max(need, measure(clock, lines.clock()));
        return need + snappedLeftInset() + snappedRightInset() + 2; // + rounding of the text's own bounds
    }

    /** The width of {@code s}'s longest line in {@code label}'s font. */
    private double measure(Label label, String s) {
        if (s.indexOf('\n') < 0) {
            return text.width(label.getFont(), s);
        }
        double widest = 0;
        for (String line : s.split("\n", -1)) {
            widest = Math.max(widest, text.width(label.getFont(), line));
        }
        return widest;
    }
}
