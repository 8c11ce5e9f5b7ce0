package io.conflictexplorer.gui.view.diagram;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.QuadCurveTo;

/**
 * Puts freshly built elements into a path that the diagram keeps, changing only what differs. A
 * drag redraws every arrow and grid line at every tick, but moves few of them; replacing them all
 * cost JavaFX a weak-reference scan for every element removed and added, a third of a drag tick.
 * An element of the same kind takes the new one's coordinates (a property set to its own value
 * changes nothing), and only the surplus or the shortfall is removed or added.
 */
final class PathElements {

    private PathElements() {}

    /** Makes {@code path}'s elements equal to {@code wanted}, element by element. */
    static void update(Path path, List<PathElement> wanted) {
        ObservableList<PathElement> elements = path.getElements();
        int common = Math.min(elements.size(), wanted.size());
        for (int i = 0; i < common; i++) {
            if (!copy(wanted.get(i), elements.get(i))) {
                elements.set(i, wanted.get(i));
            }
        }
        if (elements.size() > wanted.size()) {
            elements.remove(wanted.size(), elements.size());
        } else if (wanted.size() > common) {
            elements.addAll(wanted.subList(common, wanted.size()));
        }
    }

    /** Gives {@code into} the coordinates of {@code from} when both are the same kind of element. */
    private static boolean copy(PathElement from, PathElement into) {
        if (from.isAbsolute() != into.isAbsolute()) {
            return false;
        }
        if (from instanceof MoveTo f && into instanceof MoveTo t) {
            t.setX(f.getX());
            t.setY(f.getY());
            return true;
        }
        if (from instanceof LineTo f && into instanceof LineTo t) {
            t.setX(f.getX());
            t.setY(f.getY());
            return true;
        }
        if (from instanceof QuadCurveTo f && into instanceof QuadCurveTo t) {
            t.setControlX(f.getControlX());
            t.setControlY(f.getControlY());
            t.setX(f.getX());
            t.setY(f.getY());
            return true;
        }
        return from instanceof ClosePath && into instanceof ClosePath;
    }
}
