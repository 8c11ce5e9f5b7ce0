package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.platform.Preset;
import java.util.List;
import java.util.function.Consumer;
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
        Preset opened = vm.document().currentPresetProperty().get();
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
        drag(robot, from, to, pointer -> {
            // the window holds still under the pointer: the chip's lane stays where it was grabbed
            Bounds chip = screenBounds(chipNode);
            assertEquals(top, chip.getMinY(), 0.5, "the chip's lane moved under the pointer");
            assertEquals(scale, onFx(view::scale), "the window was laid out again mid-drag");
            assertTrue(
                    chip.getMinX() <= pointer.getX() && pointer.getX() <= chip.getMaxX(),
                    "the chip follows the pointer: " + chip + ", pointer at " + pointer);
        });

        assertEquals(5, time("r2"), "the chip lands where it was released");
        assertTrue(onFx(() -> vm.editing().undoCommand().textProperty().get()).startsWith("Undo move"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, time("r2"), "one undo brings the chip back");
        assertEquals(opened, vm.document().currentPresetProperty().get(), "and leaves the preset as it was opened");
        settle(robot);
        for (String id : List.of("r1", "w1", "r2", "w2")) { // the story of the step is in view again
            assertTrue(inView(robot, screenBounds(node(robot, "#chip-" + id, Node.class))), id + " in view");
        }
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
        drag(robot, from, zero, pointer -> {
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
     * A Presenter drag steers: while c2's read is dragged toward c2's own write, the write stays
     * where it was and in view (its column does not widen under the pointer and push it past the
     * edge); with the pointer over the write, a tick or more past the write's tick, the read stays in
     * front of it; only with the pointer past the write's far edge does the read go past it. After
     * the release both chips lie in the diagram's view.
     */
    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void aPresenterDragStaysInViewAndPassesTheClientsOwnWriteOnlyWithThePointerPastIt(
            double width, double height, FxRobot robot) {
        openFresh(robot, width, height, "Two concurrent writers");
        Node write = node(robot, "#chip-w2", Node.class);
        Bounds before = screenBounds(write);
        Point2D from = centre(node(robot, "#chip-r2", Node.class));
        // over the write, short of its far edge: past its tick, where the pointer alone would put the read
        double overWrite = before.getMaxX() - 6;
        assertTrue(overWrite > centre(tickLabel(robot, 6)).getX() + tickWidth(robot) / 2, "past the write's tick");
        drag(robot, from, new Point2D(overWrite, from.getY()), pointer -> {
            // where it was (its text may grow: its clock takes in c1's write once the read passes it)
            assertEquals(
                    centre(write).getX(),
                    (before.getMinX() + before.getMaxX()) / 2,
                    0.5,
                    "c2's write stays where it was while the read is held");
            assertTrue(inView(robot, screenBounds(write)), "c2's write stays in view");
        });
        assertEquals(5, time("r2"), "the read stops in front of c2's write at t=6");
        settle(robot);
        assertTrue(inView(robot, screenBounds(write)), "after the release c2's write is in view");
        assertTrue(inView(robot, screenBounds(node(robot, "#chip-r2", Node.class))), "and so is the read");

        // once more, the pointer past the write's far edge: now it passes
        Bounds write5 = screenBounds(write);
        Point2D at = centre(node(robot, "#chip-r2", Node.class));
        drag(robot, at, new Point2D(write5.getMaxX() + 12, at.getY()), pointer -> {});
        assertTrue(time("r2") > 6, "past the write with the pointer: t=" + time("r2"));
    }

    /** True when {@code b} lies in the diagram's viewport, right of the pinned lane names. */
    private static boolean inView(FxRobot robot, Bounds b) {
        Node viewport = node(robot, "#diagram-scroll .viewport", Node.class);
        Node names = node(robot, "#lane-label-column", Node.class);
        Bounds v = screenBounds(viewport);
        double left = screenBounds(names).getMaxX();
        return b.getMinX() >= left - 0.5 && b.getMaxX() <= v.getMaxX() + 0.5;
    }

    /**
     * The window at {@code width} x {@code height}, desk view, on another preset; then, as a teacher:
     * {@code title} picked in the preset box, End, F5 (Presenter), and a moment to look.
     */
    private void openFresh(FxRobot robot, double width, double height, String title) {
        showAt(width, height, false);
        // "Resolving a conflict": the switch undo must not take back
        WaitForAsyncUtils.asyncFx(
                () -> vm.document().loadPreset(vm.document().presets().get(2)));
        settle(robot);
        pickPreset(robot, title);
        robot.push(KeyCode.END);
        robot.push(KeyCode.F5);
        settle(robot);
        assertTrue(vm.presentation().presenterProperty().get());
        assertEquals(
                vm.playback().stepCountProperty().get(),
                vm.playback().cursorProperty().get());
    }

    /**
     * Press at {@code from}, move in small steps to {@code to}, release: the pointer never jumps;
     * {@code holdsStill} checks the window after each step, while the button is held, with the pointer
     * where it is then.
     */
    private static void drag(FxRobot robot, Point2D from, Point2D to, Consumer<Point2D> holdsStill) {
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i <= STEPS; i++) {
            double f = (double) i / STEPS;
            Point2D pointer = new Point2D(
                    from.getX() + (to.getX() - from.getX()) * f, from.getY() + (to.getY() - from.getY()) * f);
            robot.moveTo(pointer);
            WaitForAsyncUtils.waitForFxEvents(); // what the step set off (a preview, a fit) has run
            holdsStill.accept(pointer);
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

    /** The distance between two ticks' labels, as the diagram is laid out now. */
    private static double tickWidth(FxRobot robot) {
        return centre(tickLabel(robot, 2)).getX() - centre(tickLabel(robot, 1)).getX();
    }

    private static Bounds screenBounds(Node n) {
        return onFx(() -> n.localToScreen(n.getLayoutBounds()));
    }

    private static Point2D centre(Node n) {
        Bounds b = screenBounds(n);
        return new Point2D((b.getMinX() + b.getMaxX()) / 2, (b.getMinY() + b.getMaxY()) / 2);
    }
}
