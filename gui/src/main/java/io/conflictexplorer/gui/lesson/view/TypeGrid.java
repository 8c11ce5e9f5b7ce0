package io.conflictexplorer.gui.lesson.view;

import java.util.Locale;
import javafx.scene.Node;

/**
 * Type sizes on a grid of a quarter pixel, set as a region's inline style only when they change.
 * JavaFX keeps every inline style it parsed, so sizes found by search (a new one at each fit) grew
 * the heap over a long session; and a style set again runs CSS for its whole region (the diagram:
 * every chip).
 */
final class TypeGrid {

    /** Type sizes are multiples of 1 / GRID px (or a floor). */
    private static final double GRID = 4;

    private TypeGrid() {}

    /**
     * {@code px} down to the next quarter pixel, but never from {@code least} or above to below it:
     * a type size at or above its floor stays there.
     */
    static double onGrid(double px, double least) {
        double g = Math.floor(px * GRID) / GRID;
        return px >= least && g < least ? least : g;
    }

    /** Sets {@code n}'s type to {@code px}, unless it is already. */
    static void restyle(Node n, double px) {
        String style = font(px);
        if (!style.equals(n.getStyle())) {
            n.setStyle(style);
        }
    }

    /** The inline style for type of {@code px} pixels. */
    static String font(double px) {
        return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px);
    }
}
