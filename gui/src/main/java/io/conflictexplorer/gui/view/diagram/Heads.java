package io.conflictexplorer.gui.view.diagram;

import java.util.List;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;

/** The diagram's one arrowhead: a filled triangle with its tip on the arrow's end. */
final class Heads {

    private Heads() {}

    /**
     * Adds to {@code path} a head whose tip is at ({@code x}, {@code y}), pointing along the unit
     * vector ({@code ux}, {@code uy}), {@code length} long and {@code spread} times as wide on each side.
     */
    static void add(List<PathElement> path, double x, double y, double ux, double uy, double length, double spread) {
        path.add(new MoveTo(x, y));
        path.add(new LineTo(x - ux * length - uy * length * spread, y - uy * length + ux * length * spread));
        path.add(new LineTo(x - ux * length + uy * length * spread, y - uy * length - ux * length * spread));
        path.add(new ClosePath());
    }
}
