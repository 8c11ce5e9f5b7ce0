package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.BigScenario;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large scenario's drag in the window: its previews run in the background (2,000 operations or
 * more), and the columns hold still as in a lesson's drag, one mechanism for both. At every move the
 * chip stands under the pointer, whether its preview has come or not, and the next chip of its lane
 * stays where it was; the release lands on the tick it let go at, as one undo step. A release that
 * never reaches the chip (the grab lost) still ends the drag: the chip stands where its model puts
 * it, and the move is one undo step.
 */
class LargeDragWindowTest extends WindowTest {

    private static final int STEPS = 12;

    /** 8 clients x 250 operations: just large enough for the background previews. */
    private final Scenario big = BigScenario.eachClient(8, 250, 10, 3);

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void theChipFollowsThePointerWhileItsPreviewsRunAheadAndTheReleaseIsOneUndoStep(FxRobot robot) throws Exception {
        Operation op = openAtTheStart(robot);
        Operation next = nextOnLane(op);
        Node chip = node(robot, "#chip-" + op.id(), Node.class);
        Node after = node(robot, "#chip-" + next.id(), Node.class);
        Bounds afterBefore = screenBounds(after);
        Point2D from = centre(chip);
        Point2D to = new Point2D(
                centre(tickLabel(robot, op.time() + 3)).getX()
                        + (from.getX() - centre(tickLabel(robot, op.time())).getX()),
                from.getY());
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i <= STEPS; i++) {
            Point2D pointer = from.add(to.subtract(from).multiply((double) i / STEPS));
            robot.moveTo(pointer);
            WaitForAsyncUtils.waitForFxEvents();
            heldStill(chip, pointer, after, afterBefore);
        }
        // the last position's preview, made in the background, is shown while the chip is still held
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> time(op.id()) == op.time() + 3);
        WaitForAsyncUtils.waitForFxEvents();
        heldStill(chip, to, after, afterBefore);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(op.time() + 3, time(op.id()), "it lands where it was let go");
        assertEquals(0, onFx(chip::getTranslateX), "and stands where its model puts it");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(op.time(), time(op.id()), "one undo brings it back");
        assertEquals(big, onFx(vm::getScenario));
    }

    @Test
    void aReleaseThatNeverReachesTheChipStillEndsTheDragAsOneUndoStep(FxRobot robot) {
        Operation op = openAtTheStart(robot);
        Node chip = node(robot, "#chip-" + op.id(), Node.class);
        Point2D from = centre(chip);
        Point2D to = new Point2D(
                centre(tickLabel(robot, op.time() + 2)).getX()
                        + (from.getX() - centre(tickLabel(robot, op.time())).getX()),
                from.getY());
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i <= STEPS; i++) {
            robot.moveTo(from.add(to.subtract(from).multiply((double) i / STEPS)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        // the release goes to another node, as when the window took the grab away from the chip
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(
                view,
                new MouseEvent(
                        MouseEvent.MOUSE_RELEASED,
                        0,
                        0,
                        to.getX(),
                        to.getY(),
                        MouseButton.PRIMARY,
                        1,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        null)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(op.time() + 2, time(op.id()), "the drag ended where the pointer was");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(big, onFx(vm::getScenario), "one undo brings it back");
        assertEquals(0, onFx(chip::getTranslateX), "and the chip stands where its model puts it");
        robot.release(MouseButton.PRIMARY); // the robot's own button, which the chip no longer waits for
    }

    /** The chip is under the pointer, and the lane's next chip where it was before the drag. */
    private static void heldStill(Node chip, Point2D pointer, Node after, Bounds afterBefore) {
        Bounds b = screenBounds(chip);
        assertTrue(
                b.getMinX() <= pointer.getX() && pointer.getX() <= b.getMaxX(),
                "the chip stands under the pointer: " + b + ", pointer at " + pointer);
        assertEquals(
                afterBefore.getMinX(),
                screenBounds(after).getMinX(),
                0.5,
                "the next chip of the lane holds still while the chip is held");
    }

    /** Shows the big scenario before its first step, scrolled to its start; the chip to drag, in view. */
    private Operation openAtTheStart(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> {
            // wide enough that the drag stays clear of the edge, where the view would scroll under it
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
            vm.document().show(big);
        });
        settle(robot);
        robot.push(KeyCode.HOME);
        settle(robot);
        assertTrue(onFx(vm.editing()::dragRunsAhead), "its previews run in the background");
        // the first operation whose lane's next chip is four ticks after it: dragged three ticks on,
        // it stands right in front of that chip, whose column would widen if the columns did not hold
        for (Operation op : big.operations()) {
            Operation next = nextOnLane(op);
            if (op.time() > 0 && next != null && next.time() == op.time() + 4) {
                return op;
            }
        }
        throw new AssertionError("no chip to drag");
    }

    private Operation nextOnLane(Operation op) {
        Operation next = null;
        for (Operation o : big.operations()) {
            if (o.client().equals(op.client()) && o.time() > op.time() && (next == null || o.time() < next.time())) {
                next = o;
            }
        }
        return next;
    }

    private long time(String id) {
        return onFx(() -> vm.getScenario().operation(id).time());
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
