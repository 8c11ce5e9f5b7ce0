package io.conflictexplorer.gui.export;

/**
 * The filled triangle at the end of an arrow: its tip on the line's end, 6 line widths long (at
 * least 9 pixels), so both writers draw the same head without SVG markers.
 */
final class ArrowHead {

    private ArrowHead() {}

    /** The triangle's corners as x0, y0, x1, y1, x2, y2: tip first. */
    static double[] of(Figure.Line l) {
        double dx = l.x2() - l.x1();
        double dy = l.y2() - l.y1();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double size = Math.max(9, l.width() * 4);
        double bx = l.x2() - ux * size;
        double by = l.y2() - uy * size;
        double half = size * 0.45;
        return new double[] {l.x2(), l.y2(), bx - uy * half, by + ux * half, bx + uy * half, by - ux * half};
    }
}
