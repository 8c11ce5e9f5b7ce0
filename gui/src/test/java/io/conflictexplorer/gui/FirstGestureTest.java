package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.model.Preset;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first gesture on a freshly opened preset in Presenter, as a teacher makes it: pick the preset,
 * End, F5, then drag at once. The first drag is also the scenario's first edit, which changes the
 * header, the preset box and what the layout fits: none of that may move the window under the
 * pointer. The chip follows the pointer to the tick it is released at, and one undo brings it back
 * (not the preset switch before it); a clock-skew knob dragged to where 0 was lands on 0, and one
 * undo brings +50 back. At a projector's 1280x800 and at 1920x1080.
 */
class FirstGestureTest extends WindowTest {

    /** Steps of the drag, as a hand makes it (the real-window tool moves in 12). */
    private static final int STEPS = 12;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theFirstChipDragInPresenterFollowsThePointerAndIsOneUndoStep(double width, double height, FxRobot robot) {
        openFresh(robot, width, height, "Two concurrent writers");
        Preset opened = vm.currentPresetProperty().get();
        assertEquals(2, time("r2"));

        // c2's read x, three ticks right: from its tick's x at t=2 to the x of t=5 as they are now
        Point2D from = centre(node(robot, "#chip-r2", Node.class));
        Point2D to = new Point2D(
                centre(tickLabel(robot, 5)).getX()
                        + (from.getX() - centre(tickLabel(robot, 2)).getX()),
                from.getY());
        Node chipNode = node(robot, "#chip-r2", Node.class);
        double top = screenBounds(chipNode).getMinY();
        double scale = onFx(view::scale);
        drag(robot, from, to, () -> {
            // the window holds still under the pointer: the chip's lane stays where it was grabbed
            assertEquals(top, screenBounds(chipNode).getMinY(), 0.5, "the chip's lane moved under the pointer");
            assertEquals(scale, onFx(view::scale), "the window was laid out again mid-drag");
        });

        assertEquals(5, time("r2"), "the chip lands where it was released");
        Bounds chip = screenBounds(node(robot, "#chip-r2", Node.class));
        assertTrue(
                chip.getMinX() <= to.getX() && to.getX() <= chip.getMaxX(),
                "the chip is under the pointer: " + chip + ", pointer at " + to);
        assertTrue(onFx(() -> vm.undoCommand().textProperty().get()).startsWith("Undo move"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, time("r2"), "one undo brings the chip back");
        assertEquals(opened, vm.currentPresetProperty().get(), "and leaves the preset as it was opened");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Resolving a conflict", vm.getScenario().title(), "the next undo is the preset switch");
    }

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theFirstSkewDragInPresenterLandsWhereItIsReleasedAndIsOneUndoStep(double width, double height, FxRobot robot) {
        openFresh(robot, width, height, "A fast clock beats a later write");
        assertEquals(50, skew());

        // n1's knob from +50 to where 0 was: the middle of the track (-60 to +60) when the drag starts
        Point2D from = centre(node(robot, "#skew-n1 .thumb", Node.class));
        Node trackNode = node(robot, "#skew-n1 .track", Node.class);
        Bounds track = screenBounds(trackNode);
        Point2D zero = new Point2D((track.getMinX() + track.getMaxX()) / 2, from.getY());
        double scale = onFx(view::scale);
        drag(robot, from, zero, () -> {
            // the track holds still under the pointer: a new layout mid-drag moved and resized it
            assertEquals(track, screenBounds(trackNode), "the slider's track moved under the pointer");
            assertEquals(scale, onFx(view::scale), "the window was laid out again mid-drag");
        });
        Bounds thumb = screenBounds(node(robot, "#skew-n1 .thumb", Node.class));
        assertTrue(thumb.contains(zero), "the knob is under the pointer: " + thumb + ", pointer at " + zero);

        assertTrue(Math.abs(skew()) <= 1, "the knob lands where 0 was, not at " + skew());
        assertLwwLost(robot, 0);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(50, skew(), "one undo brings +50 back");
        assertLwwLost(robot, 1);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Resolving a conflict", vm.getScenario().title(), "the next undo is the preset switch");
    }

    /**
     * The window at {@code width} x {@code height}, desk view, on another preset; then, as a teacher:
     * {@code title} picked in the preset box, End, F5 (Presenter), and a moment to look.
     */
    private void openFresh(FxRobot robot, double width, double height, String title) {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            vm.setPresenter(false);
            vm.loadPreset(vm.presets().get(2)); // "Resolving a conflict": the switch undo must not take back
        });
        settle(robot);
        pickPreset(robot, title);
        robot.push(KeyCode.END);
        robot.push(KeyCode.F5);
        settle(robot);
        assertTrue(vm.presenterProperty().get());
        assertEquals(vm.stepCountProperty().get(), vm.cursorProperty().get());
    }

    /**
     * Press at {@code from}, move in small steps to {@code to}, release: the pointer never jumps;
     * {@code holdsStill} checks the window after each step, while the button is held.
     */
    private static void drag(FxRobot robot, Point2D from, Point2D to, Runnable holdsStill) {
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i <= STEPS; i++) {
            double f = (double) i / STEPS;
            robot.moveTo(new Point2D(
                    from.getX() + (to.getX() - from.getX()) * f, from.getY() + (to.getY() - from.getY()) * f));
            WaitForAsyncUtils.waitForFxEvents(); // what the step set off (a preview, a fit) has run
            holdsStill.run();
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long time(String id) {
        return onFx(() -> vm.getScenario().operation(id).time());
    }

    private long skew() {
        return onFx(() -> vm.getScenario().topology().replica("n1").skew());
    }

    private static Node tickLabel(FxRobot robot, long t) {
        return onFx(() -> robot.lookup(".tick-label")
                .match(n -> ((Text) n).getText().equals("t=" + t))
                .queryAs(Node.class));
    }

    private static Bounds screenBounds(Node n) {
        return onFx(() -> n.localToScreen(n.getLayoutBounds()));
    }

    private static Point2D centre(Node n) {
        Bounds b = screenBounds(n);
        return new Point2D((b.getMinX() + b.getMaxX()) / 2, (b.getMinY() + b.getMaxY()) / 2);
    }
}
