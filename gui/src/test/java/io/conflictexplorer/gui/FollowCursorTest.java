package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The view follows the time cursor: in Presenter at 1280x800 "Partition, then heal" is wider than
 * the window, and End, Home, PageDown and play each leave the time cursor and the step's event
 * (for a gossip arrival, the tick it was sent at and the one it arrived at) inside the diagram's
 * viewport, right of the pinned lane names. The tick labels ("t=21") are the ruler: they are
 * drawn by the diagram, independent of how the view decides to scroll.
 */
class FollowCursorTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void steppingKeepsTheCursorAndTheStepsEventInView(FxRobot robot) {
        showAt(1280, 800, true);
        pickPreset(robot, "Partition, then heal");
        ScrollPane scroll = onFx(() -> robot.lookup("#diagram-scroll").queryAs(ScrollPane.class));
        Node diagram = onFx(() -> robot.lookup("#diagram").query());
        assertTrue(
                diagram.getLayoutBounds().getWidth()
                        > scroll.getViewportBounds().getWidth(),
                "the diagram is wider than its view: it has to scroll");

        robot.clickOn("#scenario-title").push(KeyCode.END);
        assertStepInView(robot); // the heal's gossip, at the right

        robot.push(KeyCode.HOME);
        assertStepInView(robot);

        for (int i = 0; i < vm.playback().stepCountProperty().get(); i++) {
            robot.push(KeyCode.PAGE_DOWN);
            assertStepInView(robot);
        }
    }

    /** The cursor, and the ticks of the step at the cursor, lie in the viewport right of the lane names. */
    private void assertStepInView(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        int cursor = vm.playback().cursorProperty().get();
        Bounds view = visibleArea(robot);
        Node cursorLine = onFx(() -> robot.lookup("#time-cursor").query());
        Bounds line = cursorLine.localToScene(cursorLine.getBoundsInLocal());
        assertTrue(
                line.getMinX() >= view.getMinX() && line.getMaxX() <= view.getMaxX(),
                "step " + cursor + ": the cursor " + line + " in " + view);
        if (cursor == 0) {
            return;
        }
        Trace vv = vm.getSimulation().vv();
        Step step = vv.steps().get(cursor - 1);
        long from = step instanceof Step.Arrival a ? a.message().sendTime() : step.time();
        for (long t : new long[] {from, step.time()}) {
            Bounds tick = tickLabel(robot, t);
            assertTrue(
                    tick.getMinX() >= view.getMinX() && tick.getMaxX() <= view.getMaxX(),
                    "step " + cursor + ": t=" + t + " at " + tick + " in " + view);
        }
    }

    /** The diagram's viewport in the scene, less the pinned lane names at its left. */
    private static Bounds visibleArea(FxRobot robot) {
        Node viewport = onFx(() -> robot.lookup("#diagram-scroll .viewport").query());
        Bounds b = viewport.localToScene(viewport.getLayoutBounds());
        Node names = onFx(() -> robot.lookup("#lane-label-column").query());
        double right = names.localToScene(names.getLayoutBounds()).getMaxX();
        return new BoundingBox(right, b.getMinY(), b.getMaxX() - right, b.getHeight());
    }

    private static Bounds tickLabel(FxRobot robot, long t) {
        Text label = onFx(() -> robot.lookup(".tick-label")
                .match(n -> ((Text) n).getText().equals("t=" + t))
                .queryAs(Text.class));
        assertEquals("t=" + t, label.getText());
        return label.localToScene(label.getBoundsInLocal());
    }
}
