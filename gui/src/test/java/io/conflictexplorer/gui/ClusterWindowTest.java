package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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

/** The cluster view driven as a teacher would: links cut and healed, writes on both sides, clocks skewed. */
class ClusterWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** The screen point of tick {@code t} on {@code node} (a lane or link strip that starts at the diagram's left). */
    private PointQuery atTick(FxRobot robot, String query, long t) {
        Node n = robot.lookup(query).query();
        double x = 84 * vm.zoomProperty().get() + tick() * (t + 1.2); // Geometry.x
        // from the node's own coordinates: TestFX's point(node) clips to the visible part, and the diagram may be
        // scrolled
        Point2D screen = n.localToScreen(x, n.getLayoutBounds().getHeight() / 2);
        return robot.point(screen.getX(), screen.getY());
    }

    private static Node menuItem(FxRobot robot, String textStart) {
        return robot.lookup(".context-menu .menu-item")
                .match(n -> n.isVisible()
                        && ((Labeled) n.lookup(".label")).getText().startsWith(textStart))
                .queryAs(Node.class);
    }

    private int values(FxRobot robot, String mode, String replica) {
        return count(robot, "#" + mode + "-replica-" + replica + " .value-card");
    }

    @Test
    void everyPresetStepsFromStartToEndWithoutAnError(FxRobot robot) throws Exception {
        for (String title : List.of(
                "Partition, then heal", "A fast clock beats a later write", "Per-replica counters lose a write")) {
            pickPreset(robot, title);
            int steps = vm.stepCountProperty().get();
            assertTrue(
                    vm.getSimulation().vv().steps().stream().anyMatch(s -> s.isGossip()), title + " has gossip steps");
            for (int i = 0; i <= steps; i++) {
                int at = i;
                // asyncFx + waitFor rethrows anything the view model or the views throw
                WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                    vm.setCursor(at);
                    return vm.stepTextProperty().get();
                }));
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertNotNull(robot.lookup("#replica-n1").tryQuery().orElse(null), "replica lanes");
            assertNotNull(robot.lookup("#replica-n2").tryQuery().orElse(null));
            assertTrue(robot.lookup("#cluster-bar").query().isVisible());
            // selecting each operation (the causality view) must cope with gossip steps too
            for (Operation op : vm.getScenario().operations()) {
                WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                    vm.select(op.id());
                    return null;
                }));
            }
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                vm.select(null);
                return null;
            }));
        }
    }

    @Test
    void partitionPresetShowsTheCutGossipAndBothSidesAfterTheHeal(FxRobot robot) {
        pickPreset(robot, "Partition, then heal");
        assertNotNull(robot.lookup("#partition-p1").tryQuery().orElse(null), "the partition bar");
        assertLwwLost(robot, 1);
        assertEquals(2, values(robot, "vv", "n1"));
        assertEquals(2, values(robot, "vv", "n2"));
        assertEquals(1, values(robot, "lww", "n1"));
        assertEquals("replicas agree", text(robot, "#vv-converged"));
        assertEquals(1, count(robot, "#lww-panel .lost-card"));
        assertTrue(vm.getDiagram().messages().stream().anyMatch(m -> !m.arrived()), "cut gossip is drawn");
        assertTrue(
                vm.getDiagram().messages().stream().anyMatch(m -> m.lossInLww()), "the heal's gossip makes LWW lose");

        // drag the partition's end 3 ticks earlier: one undoable edit
        robot.drag("#partition-p1-end", MouseButton.PRIMARY)
                .moveBy(-3 * tick(), 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(11, partition("p1").end());
        assertEquals(2, partition("p1").start());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(14, partition("p1").end());
        // drag the whole bar 2 ticks later
        robot.drag("#partition-p1", MouseButton.PRIMARY).moveBy(2 * tick(), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, partition("p1").start());
        assertEquals(16, partition("p1").end());
    }

    private NetworkEvent.Partition partition(String id) {
        return vm.getScenario().topology().network().stream()
                .filter(e -> e instanceof NetworkEvent.Partition p && p.id().equals(id))
                .map(e -> (NetworkEvent.Partition) e)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void cutALinkWriteOnBothSidesHealAndSeeLwwLoseOneAndVvKeepBoth(FxRobot robot) {
        Scenario empty = new Scenario("Two replicas", "", List.of("c1", "c2"), List.of(), Topology.cluster(2, 4, 1));
        WaitForAsyncUtils.asyncFx(() -> vm.show(empty));
        WaitForAsyncUtils.waitForFxEvents();

        // cut the n1-n2 link at t=1 by clicking its strip
        robot.clickOn(atTick(robot, "#link-n1-n2", 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.getScenario().topology().network().size());
        NetworkEvent.Partition cut = partition("p1");
        assertEquals(1, cut.start());

        // c1 writes at t=3 (on n1, the default); c2 writes at t=5 and sends it to n2
        robot.rightClickOn(atTick(robot, "#lane-area-c1", 3));
        robot.clickOn(menuItem(robot, "Add write here"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.rightClickOn(atTick(robot, "#lane-area-c2", 5));
        robot.clickOn(menuItem(robot, "Add write here"));
        WaitForAsyncUtils.waitForFxEvents();
        String w2 = vm.selectedProperty().get();
        robot.rightClickOn("#chip-" + w2);
        robot.clickOn(menuItem(robot, "Send to n2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("n2", vm.getScenario().operation(w2).replica());
        assertEquals(
                "\u2192 n2",
                ((Labeled) robot.lookup("#chip-" + w2 + " .chip-replica").query()).getText());

        // during the cut each side has only its own write
        Simulation sim = vm.getSimulation();
        int afterW2 = sim.vv().stepOf(w2).index() + 1;
        WaitForAsyncUtils.asyncFx(() -> vm.setCursor(afterW2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, values(robot, "vv", "n1"));
        assertEquals(1, values(robot, "vv", "n2"));
        assertEquals("replicas differ", text(robot, "#vv-converged"));
        assertLwwLost(robot, 0);

        // heal at t=7 with the link strip: the cut now ends there
        robot.clickOn(atTick(robot, "#link-n1-n2", 7));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, partition("p1").end());
        WaitForAsyncUtils.asyncFx(() -> vm.setCursor(vm.stepCountProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertLwwLost(robot, 1);
        assertEquals(1, count(robot, "#lww-panel .lost-card"));
        assertEquals(1, values(robot, "lww", "n1"));
        assertEquals(1, values(robot, "lww", "n2"));
        assertEquals(2, values(robot, "vv", "n1"), "VV keeps both writes as siblings on n1");
        assertEquals(2, values(robot, "vv", "n2"), "and on n2");
        assertEquals("2 siblings", text(robot, "#vv-n1-conflict-x"));
        assertEquals("0", text(robot, "#vv-lost"));
        assertEquals("replicas agree", text(robot, "#vv-converged"));

        // every step was an undoable edit: heal, send, two writes, cut
        for (int i = 0; i < 5; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Z);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(empty, vm.getScenario());
    }

    @Test
    void movingTheSkewSliderToZeroSavesTheCausallyLaterWrite(FxRobot robot) {
        pickPreset(robot, "A fast clock beats a later write");
        Slider slider = node(robot, "#skew-n1", Slider.class);
        assertEquals(50, Math.round(slider.getValue()));
        assertEquals("+50", text(robot, "#skew-n1-value"));
        assertLwwLost(robot, 1);
        assertTrue(robot.lookup("#chip-w2").query().getStyleClass().contains("chip-lost"));

        // drag the thumb to the middle of the track (skew 0)
        Node track = robot.lookup("#skew-n1 .track").query();
        robot.drag("#skew-n1 .thumb", MouseButton.PRIMARY).moveTo(track).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        long skew = vm.getScenario().topology().replica("n1").skew();
        assertTrue(Math.abs(skew) <= 3, "skew near 0, was " + skew);
        assertEquals((skew > 0 ? "+" : "") + skew, text(robot, "#skew-n1-value"));
        assertLwwLost(robot, 0);
        assertEquals(0, count(robot, "#lww-panel .lost-card"));
        assertTrue(text(robot, "#replica-n1-skew").contains(skew == 0 ? "ok" : String.valueOf(skew)));

        // the whole drag is one undo step
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(50, vm.getScenario().topology().replica("n1").skew());
        assertEquals(50, Math.round(slider.getValue()));
        assertLwwLost(robot, 1);
    }

    @Test
    void switchingTheClockSchemeShowsTheNaiveLossAndTheDottedFix(FxRobot robot) {
        pickPreset(robot, "Per-replica counters lose a write");
        assertTrue(node(robot, "#scheme-naive", ToggleButton.class).isSelected());
        assertEquals("2", text(robot, "#vv-lost"));
        assertEquals(1, values(robot, "vv", "n1"));
        assertEquals("replicas differ", text(robot, "#vv-converged"));

        robot.clickOn("#scheme-dotted");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ClockScheme.DOTTED, vm.getScenario().topology().scheme());
        assertEquals("0", text(robot, "#vv-lost"));
        assertEquals(2, values(robot, "vv", "n1"));
        assertEquals(2, values(robot, "vv", "n2"));
        assertEquals("replicas agree", text(robot, "#vv-converged"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2", text(robot, "#vv-lost"));
    }

    @Test
    void addingAReplicaTurnsTheStoreIntoACluster(FxRobot robot) {
        assertEquals(0, count(robot, ".replica-lane"));
        assertTrue(!robot.lookup("#cluster-bar").query().isVisible());
        robot.clickOn("#add-replica");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, count(robot, ".replica-lane"));
        assertEquals(0, count(robot, "#lane-store"));
        // everything still runs on n1, so LWW loses there as before and VV keeps both
        assertLwwLost(robot, 1);
        assertEquals(2, values(robot, "vv", "n1"));
        robot.clickOn("#add-replica");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, count(robot, ".replica-lane"));
        assertNotNull(robot.lookup("#link-n1-n3").tryQuery().orElse(null));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#lane-store").tryQuery().orElse(null));
        assertEquals(0, count(robot, ".replica-lane"));
    }

    @Test
    void theToolbarLinkButtonHealsAndCutsAtTheTimeCursor(FxRobot robot) {
        pickPreset(robot, "Partition, then heal");
        int afterW2 = vm.getSimulation().vv().stepOf("w2").index() + 1;
        WaitForAsyncUtils.asyncFx(() -> vm.setCursor(afterW2)); // just after c2's write at t=8, inside the cut
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, vm.cursorTick());
        assertEquals("Heal n1-n2", text(robot, "#toggle-link-n1-n2"));
        robot.clickOn("#toggle-link-n1-n2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, partition("p1").end(), "healed at the cursor");
        assertEquals("Cut n1-n2", text(robot, "#toggle-link-n1-n2"));
        // healed earlier, the loss happens earlier but still happens: the writes are concurrent
        WaitForAsyncUtils.asyncFx(() -> vm.setCursor(vm.stepCountProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertLwwLost(robot, 1);
        assertEquals(2, values(robot, "vv", "n2"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(14, partition("p1").end());
    }
}
