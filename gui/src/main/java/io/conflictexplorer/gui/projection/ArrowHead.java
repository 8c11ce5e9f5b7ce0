package io.conflictexplorer.gui.projection;

/**
 * The one arrowhead of the window's diagram, the run window and the exports: a filled triangle with
 * its tip on the arrow's end, {@code length} back along the arrow and {@code spread} times its
 * length wide on each side. Corners are given tip first, then left and right of the arrow.
 */
public record ArrowHead(double tipX, double tipY, double leftX, double leftY, double rightX, double rightY) {

    /** The head at ({@code x}, {@code y}) pointing along the unit vector ({@code ux}, {@code uy}). */
    public static ArrowHead at(double x, double y, double ux, double uy, double length, double spread) {
        double bx = x - ux * length;
        double by = y - uy * length;
        double half = length * spread;
        return new ArrowHead(x, y, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half);
    }

    /** The head at the end of the line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}). */
    public static ArrowHead onLine(double x1, double y1, double x2, double y2, double length, double spread) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        return at(x2, y2, dx / len, dy / len, length, spread);
    }

    /** The corners as x0, y0, x1, y1, x2, y2: tip first. */
    public double[] points() {
        return new double[] {tipX, tipY, leftX, leftY, rightX, rightY};
    }
}
