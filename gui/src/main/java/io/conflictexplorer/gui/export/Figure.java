package io.conflictexplorer.gui.export;

import java.util.List;

/**
 * A picture as lines, boxes and texts in logical pixels, with colours as {@code #rrggbb}: what the
 * SVG writer and the PNG renderer both draw, so the two formats show the same figure. Later marks
 * are drawn over earlier ones.
 */
public record Figure(double width, double height, String background, List<Mark> marks) {

    public Figure {
        marks = List.copyOf(marks);
    }

    /** One drawn thing: one case per kind. */
    public sealed interface Mark {}

    /**
     * A straight line, with an arrow head at its end when {@code head}.
     *
     * @param dash the dash length (0: solid)
     */
    public record Line(
            double x1,
            double y1,
            double x2,
            double y2,
            String colour,
            double width,
            double dash,
            boolean head,
            double opacity)
            implements Mark {}

    /**
     * A rectangle with rounded corners.
     *
     * @param fill   the fill colour, or null for none
     * @param stroke the outline colour, or null for none
     * @param dash   the outline's dash length (0: solid)
     */
    public record Box(
            double x,
            double y,
            double w,
            double h,
            String fill,
            String stroke,
            double strokeWidth,
            double dash,
            double radius,
            double opacity)
            implements Mark {}

    /** Where a text's {@code x} is. */
    public enum Anchor {
        START,
        MIDDLE,
        END
    }

    /**
     * One line of text whose baseline is at {@code y}.
     *
     * @param struck drawn struck through (a lost value)
     */
    public record Text(
            double x,
            double y,
            String text,
            double size,
            String colour,
            boolean bold,
            Anchor anchor,
            boolean struck,
            double opacity)
            implements Mark {}
}
