package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.PointQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cluster view's gestures driven as a teacher would: partition bars dragged, links clicked,
 * chips sent through their menu, the skew slider dragged, the cluster buttons. What each edit does
 * to the panels is checked without a window, in {@code ClusterEditingTest}.
 */
class ClusterWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** The screen point of tick {@code t} on {@code node} (a lane or link strip that starts at the diagram's left). */
    private static Bounds sceneBounds(FxRobot robot, String query) {
        Node n = onFx(() -> robot.lookup(query).query());
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void laneNamesStayInViewWhenTheDiagramIsScrolledToItsEnd(FxRobot robot) {
        fx(() -> vm.document()
                .loadPreset(vm.document().presets().get(5))); // "Partition, then heal": gossip runs to t=21
        ScrollPane scroll = onFx(() -> robot.lookup("#diagram-scroll").queryAs(ScrollPane.class));
        Node diagram = onFx(() -> robot.lookup("#diagram").query());
        assertTrue(
                diagram.getLayoutBounds().getWidth()
                        > scroll.getViewportBounds().getWidth(),
                "it scrolls");
        fx(() -> scroll.setHvalue(scroll.getHmax()));
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        for (String label : new String[] {"#lane-c1", "#lane-c2", "#replica-n1", "#replica-n2"}) {
            Bounds b = sceneBounds(robot, label);
            assertTrue(b.getMinX() >= view.getMinX() && b.getMaxX() <= view.getMinX() + 120, label + " at " + b);
        }
    }

    private PointQuery atTick(FxRobot robot, String query, long t) {
        Node n = onFx(() -> robot.lookup(query).query());
        double x = 84 * vm.presentation().zoomProperty().get() + tick() * (t + 1.2); // Geometry.x
        // from the node's own coordinates: TestFX's point(node) clips to the visible part, and the diagram may be
        // scrolled
        Point2D screen = n.localToScreen(x, n.getLayoutBounds().getHeight() / 2);
        return robot.point(screen.getX(), screen.getY());
    }

    private static Node menuItem(FxRobot robot, String textStart) {
        return onFx(() -> robot.lookup(".context-menu .menu-item")
                .match(n -> n.isVisible()
                        && ((Labeled) n.lookup(".label")).getText().startsWith(textStart))
                .queryAs(Node.class));
    }

    private int values(FxRobot robot, String mode, String replica) {
        return count(robot, "#" + mode + "-replica-" + replica + " .value-card");
    }

    private NetworkEvent.Partition partition(String id) {
        return vm.getScenario().topology().partition(id).orElseThrow();
    }

    private void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragThePartitionBarsEndWithTheMouse(FxRobot robot) {
        fx(() -> vm.document().loadPreset(vm.document().presets().get(5)));
        assertNotNull(onFx(() -> robot.lookup("#partition-p1").tryQuery().orElse(null)), "the partition bar");
        assertEquals("replicas agree", text(robot, "#vv-converged"));
        assertLwwLost(robot, 1);

        // drag the partition's end 3 ticks earlier: one undoable edit
        robot.drag("#partition-p1-end", MouseButton.PRIMARY)
                .moveBy(-3 * tick(), 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(11, partition("p1").end());
        assertEquals(2, partition("p1").start());
        assertEquals(
                "Undo move the cut n1-n2 to t=2..11",
                vm.editing().undoCommand().textProperty().get(),
                "one step");
    }

    @Test
    void cutALinkByClickingItsStripSendAWriteThroughItsMenuAndHeal(FxRobot robot) {
        Scenario empty = new Scenario("Two replicas", "", List.of("c1", "c2"), List.of(), Topology.cluster(2, 4, 1));
        fx(() -> vm.document().show(empty));

        // cut the n1-n2 link at t=1 by clicking its strip
        robot.clickOn(atTick(robot, "#link-n1-n2", 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, partition("p1").start());

        // c1 writes at t=3 (on n1, the default); c2 writes at t=5 and sends it to n2
        robot.rightClickOn(atTick(robot, "#lane-area-c1", 3));
        robot.clickOn(menuItem(robot, "Add write here"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.rightClickOn(atTick(robot, "#lane-area-c2", 5));
        robot.clickOn(menuItem(robot, "Add write here"));
        WaitForAsyncUtils.waitForFxEvents();
        String w2 = vm.selection().selectedProperty().get();
        assertEquals(5, vm.getScenario().operation(w2).time());
        robot.rightClickOn("#chip-" + w2);
        robot.clickOn(menuItem(robot, "Send to n2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("n2", vm.getScenario().operation(w2).replica());
        assertEquals(
                "\u2192 n2",
                ((Labeled) onFx(() ->
                                robot.lookup("#chip-" + w2 + " .chip-replica").query()))
                        .getText());

        // during the cut each side has only its own write
        int afterW2 = vm.getSimulation().vv().stepOf(w2).index() + 1;
        fx(() -> vm.playback().setCursor(afterW2));
        assertEquals(1, values(robot, "vv", "n1"));
        assertEquals(1, values(robot, "vv", "n2"));
        assertEquals("replicas differ", text(robot, "#vv-converged"));

        // heal at t=7 by clicking the red bar
        robot.clickOn(atTick(robot, "#link-n1-n2", 7));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, partition("p1").end());
        fx(() -> vm.playback().setCursor(vm.playback().stepCountProperty().get()));
        assertLwwLost(robot, 1);
        assertEquals(2, values(robot, "vv", "n1"), "VV keeps both writes as siblings on n1");
        assertEquals("2 siblings", text(robot, "#vv-n1-conflict-x"));
        assertEquals("replicas agree", text(robot, "#vv-converged"));
    }

    @Test
    void draggingTheSkewSliderIsOneUndoStep(FxRobot robot) {
        fx(() -> vm.document().loadPreset(vm.document().presets().get(6)));
        assertEquals("A fast clock beats a later write", text(robot, "#scenario-title"));
        Slider slider = node(robot, "#skew-n1", Slider.class);
        assertEquals(50, Math.round(slider.getValue()));
        assertEquals("+50", text(robot, "#skew-n1-value"));
        assertTrue(onFx(() -> robot.lookup("#chip-w2").query().getStyleClass().contains("chip-lost")));

        // drag the thumb to the middle of the track (skew 0)
        Node track = onFx(() -> robot.lookup("#skew-n1 .track").query());
        robot.drag("#skew-n1 .thumb", MouseButton.PRIMARY).moveTo(track).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        long skew = vm.getScenario().topology().replica("n1").skew();
        assertTrue(Math.abs(skew) <= 3, "skew near 0, was " + skew);
        assertEquals((skew > 0 ? "+" : "") + skew, text(robot, "#skew-n1-value"));
        assertLwwLost(robot, 0);
        assertTrue(text(robot, "#replica-n1-skew").contains(skew == 0 ? "ok" : String.valueOf(skew)));

        // the whole drag is one undo step, and the slider follows the undo
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(50, vm.getScenario().topology().replica("n1").skew());
        assertEquals(50, Math.round(slider.getValue()));
        assertLwwLost(robot, 1);
    }

    @Test
    void theClusterBarsButtonsAddReplicasSwitchSchemesAndCutAtTheCursor(FxRobot robot) {
        assertEquals(0, count(robot, ".replica-lane"));
        assertFalse(onFx(() -> robot.lookup("#cluster-bar").query().isVisible()));
        robot.clickOn("#add-replica");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, count(robot, ".replica-lane"));
        assertEquals(0, count(robot, "#lane-store"));
        assertTrue(onFx(() -> robot.lookup("#cluster-bar").query().isVisible()));
        robot.clickOn("#add-replica");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, count(robot, ".replica-lane"));
        assertNotNull(onFx(() -> robot.lookup("#link-n1-n3").tryQuery().orElse(null)));
        assertNotNull(onFx(() -> robot.lookup("#toggle-link-n2-n3").tryQuery().orElse(null)));

        fx(() -> vm.document().loadPreset(vm.document().presets().get(7)));
        assertTrue(node(robot, "#scheme-naive", ToggleButton.class).isSelected());
        assertEquals("2", text(robot, "#vv-lost"));
        robot.clickOn("#scheme-dotted");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ClockScheme.DOTTED, vm.getScenario().topology().scheme());
        assertEquals("0", text(robot, "#vv-lost"));
        assertEquals("replicas agree", text(robot, "#vv-converged"));

        fx(() -> vm.document().loadPreset(vm.document().presets().get(5)));
        int afterW2 = vm.getSimulation().vv().stepOf("w2").index() + 1;
        fx(() -> vm.playback().setCursor(afterW2)); // inside the cut
        assertEquals("Heal n1-n2", text(robot, "#toggle-link-n1-n2"));
        robot.clickOn("#toggle-link-n1-n2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, partition("p1").end(), "healed at the cursor: the tick of c2's write, the step shown");
        assertEquals("Cut n1-n2", text(robot, "#toggle-link-n1-n2"));
    }
}
