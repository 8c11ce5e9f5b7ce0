package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;

import javafx.scene.shape.Path;
import javafx.scene.shape.QuadCurveTo;
import org.testfx.api.FxRobot;

/** Counts what the diagram draws (its own class: JavaFX's Path would clash with the tests' file paths). */
final class DrawnArrows {

    private DrawnArrows() {}

    /** Context arrows drawn: the arcs of the arrow paths, heads not counted. */
    static long contextArrows(FxRobot robot) {
        return onFx(() -> robot.lookup(".context-arrow").queryAllAs(Path.class).stream()
                .filter(p -> !p.getStyleClass().contains("context-arrow-head"))
                .flatMap(p -> p.getElements().stream())
                .filter(e -> e instanceof QuadCurveTo)
                .count());
    }
}
