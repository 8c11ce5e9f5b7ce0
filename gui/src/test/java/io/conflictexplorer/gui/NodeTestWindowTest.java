package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conflictexplorer.gui.nodetest.WrongNodes;
import io.conflictexplorer.gui.platform.Preset;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Test a node on this scenario..." in the real window: a node that hangs gets its verdict within
 * the reply limit while the window keeps answering the keyboard; a wrong node's replies mark each
 * chip and say where it differs, with the cursor at that step.
 */
class NodeTestWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** Opens the dialog with Ctrl+T, puts in {@code command} and {@code limit} seconds, and presses Run. */
    private void runNode(FxRobot robot, String command, String limit) {
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            robot.lookup("#node-command").queryAs(TextField.class).setText(command);
            robot.lookup("#node-folder").queryAs(TextField.class).setText("");
            robot.lookup("#node-reply-limit").queryAs(TextField.class).setText(limit);
            return null;
        });
        robot.clickOn("#node-run");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * "Resolving a conflict" opened, check's node that keeps siblings in lww mode run on it, and its
     * divergence shown (skipped without python3).
     */
    private void runWrongNodeOnResolvingAConflict(FxRobot robot) throws Exception {
        String wrongNode = WrongNodes.command("keeps-siblings-in-lww");
        assumeTrue(wrongNode != null, "no python3");
        Preset resolve = onFx(() -> vm.document().presets().stream()
                .filter(p -> p.title().equals("Resolving a conflict"))
                .findFirst()
                .orElseThrow());
        onFx(() -> {
            vm.document().loadPreset(resolve);
            return null;
        });
        runNode(robot, wrongNode, "10");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() ->
                        robot.lookup("#node-divergence").queryAs(Labeled.class).isVisible()
                                && !robot.lookup("#node-running").query().isVisible()));
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    /** The ids of the operations whose chips carry {@code pseudoClass}. */
    private static Set<String> marked(FxRobot robot, String pseudoClass) {
        return onFx(() -> {
            Set<String> ids = new TreeSet<>();
            for (Node n : robot.lookup(".chip").queryAll()) {
                if (n.getId() != null && n.getId().startsWith("chip-") && has(n, pseudoClass)) {
                    ids.add(n.getId().substring("chip-".length()));
                }
            }
            return ids;
        });
    }

    @Test
    void aNodeThatHangsGetsItsVerdictWithinTheLimitWhileTheWindowAnswersKeys(FxRobot robot) throws Exception {
        // answers init, then sleeps on set_mode: each mode's run waits out the 2 s limit
        String hangs = "read line; echo '{\"src\": \"n1\", \"dest\": \"c0\", \"body\": {\"type\": \"init_ok\","
                + " \"in_reply_to\": 1, \"msg_id\": 0}}'; sleep 60";
        int end = onFx(() -> vm.playback().cursorProperty().get());
        runNode(robot, hangs, "2");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#node-progress-text")
                        .queryAs(Labeled.class)
                        .getText()
                        .startsWith("lww run")));
        assertTrue(onFx(() -> robot.lookup("#node-cancel").query().isVisible()), "a run under way can be cancelled");

        // the node sleeps; the window steps back at a key press meanwhile
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(
                2,
                TimeUnit.SECONDS,
                () -> onFx(() -> vm.playback().cursorProperty().get() == end - 1));
        assertTrue(onFx(() -> robot.lookup("#node-running").query().isVisible()), "still waiting for the node");

        // two runs of 2 s each: the verdict comes well within 20 s
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> onFx(() ->
                        robot.lookup("#node-verdict").queryAs(Labeled.class).isVisible()));
        String verdict = text(robot, "#node-verdict");
        assertTrue(verdict.startsWith("Your node differs from the rules"), verdict);
        String lww = text(robot, "#node-lww-verdict");
        assertTrue(
                lww.startsWith("your node sent no reply to c0's set_mode at line 2 within 2 s; it was stopped"), lww);
        assertFalse(onFx(() -> robot.lookup("#node-running").query().isVisible()));
        assertTrue(marked(robot, "node-differs").isEmpty());
        assertEquals(
                (int) onFx(() -> vm.getScenario().operations().size()),
                marked(robot, "node-unanswered").size(),
                "no operation was answered: every chip says so");
    }

    /**
     * In Presenter at 1280x800, where the lesson comes in pages, a node's run has a page of its own
     * after the results (V, V): the verdict and the divergence at the class's type, the whole panel
     * in the page without scrolling; the results page holds LWW's and VV's panels alone.
     */
    @Test
    void inPresenterTheNodesRunHasAPageOfItsOwnAtTheClasssType(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().onePageProperty().set(false));
        showAt(1280, 800, true);
        runWrongNodeOnResolvingAConflict(robot);
        settle(robot);
        assertEquals(
                "Your node", onFx(() -> vm.presentation().roomPageProperty().get()));
        robot.push(KeyCode.V);
        settle(robot);
        assertEquals("Your node (V)", text(robot, "#page-switch"));
        assertFalse(onFx(() -> shown(robot.lookup("#node-verdict").query())), "the verdict waits on its page");
        robot.push(KeyCode.V);
        settle(robot);
        double floor = 800 / 43.0;
        double[] seen = onFx(() -> {
            Labeled verdict = robot.lookup("#node-verdict").queryAs(Labeled.class);
            Labeled divergence = robot.lookup("#node-divergence").queryAs(Labeled.class);
            ScrollPane page = robot.lookup("#room-page").queryAs(ScrollPane.class);
            return new double[] {
                shown(verdict) && shown(divergence) ? 1 : 0,
                Math.min(verdict.getFont().getSize(), divergence.getFont().getSize()),
                page.getContent().getLayoutBounds().getHeight(),
                page.getViewportBounds().getHeight()
            };
        });
        assertEquals(1, seen[0], "the verdict and the divergence on the node's page");
        assertTrue(seen[1] >= floor - 0.05, "the node's text at " + seen[1] + " px, floor " + floor);
        assertTrue(seen[2] <= seen[3] + 1, "the panel " + seen[2] + " px high in a page of " + seen[3]);
    }

    @Test
    void aWrongNodesRepliesMarkTheChipsAndTheDivergenceNamesItsMistake(FxRobot robot) throws Exception {
        runWrongNodeOnResolvingAConflict(robot);

        // c1's read of both siblings differs in lww; the writes before it agree
        assertEquals(Set.of("r1"), marked(robot, "node-differs"));
        assertTrue(
                marked(robot, "node-agrees").containsAll(Set.of("w1", "w2")),
                marked(robot, "node-agrees").toString());
        int divergences = Integer.parseInt(text(robot, "#node-divergence-count").split(" of ")[1]);
        assertEquals("1 of " + divergences, text(robot, "#node-divergence-count"));
        assertEquals("lww", text(robot, "#node-divergence-mode"));
        String sentence = text(robot, "#node-divergence");
        assertTrue(sentence.startsWith("c1's read of x at line 5"), sentence);
        assertTrue(sentence.contains("in lww mode a write replaces every value of the key"), sentence);
        int readStep = onFx(() -> vm.getSimulation().vv().stepOf("r1").index() + 1);
        assertEquals(
                readStep,
                (int) onFx(() -> vm.playback().cursorProperty().get()),
                "the cursor stands on the read's step");
        assertTrue(text(robot, "#node-verdict").startsWith("Your node differs from the rules"));

        // next moves on (round to the first after the last); from elsewhere it brings the cursor back
        onFx(() -> {
            vm.playback().first();
            return null;
        });
        robot.clickOn("#node-divergence-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals((divergences == 1 ? 1 : 2) + " of " + divergences, text(robot, "#node-divergence-count"));
        if (divergences == 1) {
            assertEquals(
                    readStep, (int) onFx(() -> vm.playback().cursorProperty().get()));
        }

        // another scenario forgets the result: no marks, no panel
        onFx(() -> {
            vm.document().newScenario();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(marked(robot, "node-differs").isEmpty());
        assertFalse(
                onFx(() -> robot.lookup("#node-panel")
                        .tryQuery()
                        .map(Node::isVisible)
                        .orElse(false)),
                "the panel takes no room once there is nothing to show");
    }

    @Test
    void aDragAfterARunFollowsThePointerAndTheNodeRunsAgainOnTheMovedChip(FxRobot robot) throws Exception {
        runWrongNodeOnResolvingAConflict(robot);
        settle(robot);
        assertEquals(2, (long) onFx(() -> vm.getScenario().operation("w2").time()));

        // c2's write, four ticks right, in small steps: the chip stays under the pointer all the way
        Node chip = node(robot, "#chip-w2", Node.class);
        Point2D from = centre(chip);
        Point2D to = new Point2D(from.getX() + 4 * tick(), from.getY());
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i <= 12; i++) {
            Point2D pointer = new Point2D(from.getX() + (to.getX() - from.getX()) * i / 12, from.getY());
            robot.moveTo(pointer);
            WaitForAsyncUtils.waitForFxEvents();
            Bounds b = onFx(() -> chip.localToScreen(chip.getLayoutBounds()));
            assertTrue(
                    b.getMinX() <= pointer.getX() && pointer.getX() <= b.getMaxX(),
                    "step " + i + ": the chip follows the pointer: " + b + ", pointer at " + pointer);
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, (long) onFx(() -> vm.getScenario().operation("w2").time()), "it lands where it was released");

        // the marks are the run's before the drag until the node runs again: by itself when it
        // answered within a second (NodeTestModelTest checks that rule on a clock of its own), else
        // with Run again
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() -> !robot.lookup("#node-running").query().isVisible()));
        if (onFx(() -> robot.lookup("#node-run-again").query().isVisible())) {
            robot.clickOn("#node-run-again");
        }
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() -> !robot.lookup("#node-running").query().isVisible()
                        && !robot.lookup("#node-run-again").query().isVisible()));
        assertTrue(marked(robot, "node-stale").isEmpty());
        assertTrue(marked(robot, "node-agrees").contains("w2"), "the moved write is marked anew");
    }

    private static Point2D centre(Node n) {
        Bounds b = onFx(() -> n.localToScreen(n.getLayoutBounds()));
        return new Point2D((b.getMinX() + b.getMaxX()) / 2, (b.getMinY() + b.getMaxY()) / 2);
    }
}
