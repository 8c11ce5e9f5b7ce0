package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.QuadCurveTo;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window with the mouse and keyboard, as a teacher would. */
class ExplorerWindowTest extends WindowTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** Drags {@code chip} by whole ticks along its lane. */
    private void dragChip(FxRobot robot, String opId, int ticks) {
        robot.drag("#chip-" + opId, MouseButton.PRIMARY)
                .moveBy(ticks * tick(), 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheDefaultPresetWithAConflict(FxRobot robot) {
        assertEquals("Two concurrent writers", text(robot, "#scenario-title"));
        assertVvValues(robot, 2);
        assertNotNull(robot.lookup("#vv-conflict-x").tryQuery().orElse(null), "VV marks the conflict");
        assertLwwLost(robot, 1);
        assertEquals(1, count(robot, "#lww-panel .lost-card"));
        assertTrue(text(robot, "#lww-panel .lost-explanation")
                .contains("c1's write a was acknowledged, then overwritten by c2's write b"));
        assertEquals(4, count(robot, ".chip"));
    }

    @Test
    void draggingAReadAcrossAnotherClientsWriteSwitchesBetweenOneValueAndTwoSiblings(FxRobot robot) {
        // c2 reads x at t=2, before c1 writes a at t=4: c2's write b is concurrent with a
        assertVvValues(robot, 2);
        assertLwwLost(robot, 1);

        dragChip(robot, "r2", 3); // now c2 reads at t=5, after a: b's context includes a
        assertEquals(5, vm.getScenario().operation("r2").time());
        assertVvValues(robot, 1);
        assertEquals(0, count(robot, "#vv-conflict-x"));
        assertEquals("b", text(robot, "#vv-panel .card-value"));
        assertLwwLost(robot, 0);
        assertEquals(0, count(robot, "#lww-panel .lost-card"));

        dragChip(robot, "r2", -3); // back before the write: concurrent again
        assertEquals(2, vm.getScenario().operation("r2").time());
        assertVvValues(robot, 2);
        assertLwwLost(robot, 1);
    }

    @Test
    void undoAndRedoEveryEditWithTheKeyboard(FxRobot robot) {
        Scenario original = vm.getScenario();
        dragChip(robot, "r2", 3);
        Scenario moved = vm.getScenario();
        assertVvValues(robot, 1);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, vm.getScenario());
        assertVvValues(robot, 2);

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moved, vm.getScenario());
        assertVvValues(robot, 1);

        // add a write from the toolbar, delete it again, undo both
        robot.clickOn("#add-write");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, count(robot, ".chip"));
        String added = vm.selectedProperty().get();
        assertNotNull(added);
        robot.clickOn("#delete-op");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, count(robot, ".chip"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, count(robot, ".chip"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, vm.getScenario());
        assertTrue(node(robot, "#undo", Node.class).isDisabled(), "nothing left to undo");
    }

    @Test
    void editAWriteInPlaceAndMarkItBlind(FxRobot robot) {
        robot.doubleClickOn("#chip-w1");
        robot.lookup("#chip-editor").query();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("x=hello").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("write x=hello", text(robot, "#chip-w1 .chip-title"));
        assertTrue(text(robot, "#lww-panel .lost-explanation").contains("c1's write hello was acknowledged"));

        // c2's write w2 has a context read; marking it blind drops the context arrow
        robot.clickOn("#chip-w2");
        assertEquals(2, arrows(robot));
        robot.clickOn("#toggle-blind");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, arrows(robot));
        assertTrue(robot.lookup("#chip-w2").query().getStyleClass().contains("chip-blind"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("write x=a", text(robot, "#chip-w1 .chip-title"));

        // the chip's context menu deletes it
        robot.rightClickOn("#chip-w2");
        robot.clickOn(menuItem(robot, "Delete"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, count(robot, ".chip"));
        assertVvValues(robot, 1);
        assertLwwLost(robot, 0);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, count(robot, ".chip"));
    }

    private static Node menuItem(FxRobot robot, String textStart) {
        return robot.lookup(".context-menu .menu-item")
                .match(n -> n.isVisible()
                        && ((Labeled) n.lookup(".label")).getText().startsWith(textStart))
                .queryAs(Node.class);
    }

    @Test
    void addAClientAndOperationsOnItsLane(FxRobot robot) {
        robot.clickOn("#add-client");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("c1", "c2", "c3"), vm.getScenario().clients());
        assertNotNull(robot.lookup("#lane-c3").tryQuery().orElse(null));
        robot.clickOn("#add-write");
        WaitForAsyncUtils.waitForFxEvents();
        String id = vm.selectedProperty().get();
        assertEquals("c3", vm.getScenario().operation(id).client());
        // a third concurrent write: VV keeps three siblings, LWW loses one more
        assertVvValues(robot, 3);
        assertLwwLost(robot, 2);

        // the lane's context menu adds a read where the teacher right-clicked
        robot.rightClickOn("#lane-area-c3");
        robot.clickOn(menuItem(robot, "Add read here"));
        WaitForAsyncUtils.waitForFxEvents();
        String read = vm.selectedProperty().get();
        assertTrue(vm.getScenario().operation(read) instanceof Operation.Read);
        assertEquals("c3", vm.getScenario().operation(read).client());
        assertEquals(6, count(robot, ".chip"));
    }

    @Test
    void stepScrubAndPlayMoveTheTimeCursor(FxRobot robot) {
        Simulation sim = vm.getSimulation();
        assertEquals("step 4 of 4, t=6", text(robot, "#step-label"));
        robot.clickOn("#step-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, vm.cursorProperty().get());
        assertEquals(sim.vv().steps().get(2).narration(), text(robot, "#vv-narration"));
        assertEquals(sim.lww().steps().get(2).narration(), text(robot, "#lww-narration"));
        assertVvValues(robot, 1); // only a is stored before c2 writes
        assertLwwLost(robot, 0);

        robot.clickOn("#step-forward");
        WaitForAsyncUtils.waitForFxEvents();
        assertLwwLost(robot, 1);

        // scrub: the slider, driven from the keyboard
        robot.clickOn("#cursor-slider .thumb");
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.cursorProperty().get());
        assertEquals(0.0, node(robot, "#cursor-slider", Slider.class).getValue());
        assertEquals(0, count(robot, ".value-card"));
        assertTrue(text(robot, "#vv-narration").startsWith("Nothing has happened yet"));
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, vm.cursorProperty().get());
        assertEquals(4, count(robot, ".chip-pending") + 3);

        // play runs to the end and stops there
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.playingProperty().get());
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> !vm.playingProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError("playback did not reach the end", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, vm.cursorProperty().get());
        assertLwwLost(robot, 1);
    }

    @Test
    void clickingAnOperationShowsItsCausalPastFutureAndConcurrentOperations(FxRobot robot) {
        robot.clickOn("#chip-w2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chipHas(robot, "w2", "role-selected"));
        assertTrue(chipHas(robot, "r2", "role-past"), "the read w2 took its context from");
        assertTrue(chipHas(robot, "w1", "role-concurrent"), "c1's write is concurrent with w2");

        dragChip(robot, "r2", 3); // c2 now reads after a: a is in w2's past
        robot.clickOn("#chip-w2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chipHas(robot, "w1", "role-past"));
        robot.clickOn("#chip-w1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chipHas(robot, "w2", "role-future"));
    }

    /** Context arrows drawn: the arcs of the arrow paths. */
    private static long arrows(FxRobot robot) {
        return robot.lookup(".context-arrow").queryAllAs(javafx.scene.shape.Path.class).stream()
                .filter(p -> !p.getStyleClass().contains("context-arrow-head"))
                .flatMap(p -> p.getElements().stream())
                .filter(e -> e instanceof QuadCurveTo)
                .count();
    }

    private static boolean chipHas(FxRobot robot, String id, String styleClass) {
        return robot.lookup("#chip-" + id).query().getStyleClass().contains(styleClass);
    }

    @Test
    void saveAndReopenGivesTheSameScenarioAndTrace(FxRobot robot) throws Exception {
        dragChip(robot, "r2", 3);
        Scenario saved = vm.getScenario();
        Path file = dir.resolve("lesson.json");
        dialogs.next = file;
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(file) > 0);

        robot.clickOn("#preset-picker").clickOn("Three clients at once");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Three clients at once", text(robot, "#scenario-title"));

        robot.clickOn("#open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, vm.getScenario());
        Simulation expected = Simulator.run(saved);
        assertEquals(expected.vv().steps(), vm.getSimulation().vv().steps());
        assertEquals(expected.lww().steps(), vm.getSimulation().lww().steps());
        assertVvValues(robot, 1);
    }

    @Test
    void openingABrokenFileShowsAnErrorAndKeepsTheScenario(FxRobot robot) throws Exception {
        Scenario before = vm.getScenario();
        List<Step> stepsBefore = vm.getSimulation().vv().steps();
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "shopping list: milk, eggs");
        dialogs.next = file;
        robot.clickOn("#open");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertTrue(error.getScene().getWindow().isShowing());
        assertTrue(
                error.getContentText().contains("notes.json is not a Conflict Explorer scenario"),
                error.getContentText());
        assertEquals(before, vm.getScenario());
        assertEquals(stepsBefore, vm.getSimulation().vv().steps());
        robot.clickOn(error.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(robot.lookup("#error-dialog")
                .tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing())
                .orElse(null));
        assertVvValues(robot, 2);
        assertFalse(vm.undoCommand().enabledProperty().get(), "a failed open is not an edit");
    }

    /** Opens {@code file} from the toolbar; the error dialog must say {@code expected}, and nothing may change. */
    private void openIsRefused(FxRobot robot, Path file, String expected) {
        pickPreset(robot, "Partition, then heal"); // a cluster scenario: it must survive the failed open whole
        robot.clickOn("#chip-w1");
        Scenario before = vm.getScenario();
        List<Step> stepsBefore = vm.getSimulation().vv().steps();
        String selectedBefore = vm.selectedProperty().get();
        dialogs.next = file;
        robot.clickOn("#open");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane error = robot.lookup("#error-dialog")
                .match(n -> n.getScene().getWindow().isShowing())
                .queryAs(DialogPane.class);
        assertTrue(error.getContentText().contains(expected), error.getContentText());
        robot.clickOn(error.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, vm.getScenario());
        assertEquals(stepsBefore, vm.getSimulation().vv().steps());
        assertEquals(selectedBefore, vm.selectedProperty().get());
        assertEquals("Partition, then heal", text(robot, "#scenario-title"));
        assertLwwLost(robot, 1);
        assertEquals(2, count(robot, "#vv-replica-n1 .value-card"));
    }

    @Test
    void openingAFileFromANewerVersionIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        Path file = dir.resolve("from-the-future.json");
        Files.writeString(
                file,
                "{\"format\": \"conflict-explorer-scenario\", \"version\": 99, \"clients\": [\"c1\"], "
                        + "\"operations\": [], \"holograms\": true}");
        openIsRefused(robot, file, "from-the-future.json was saved by a newer Conflict Explorer (file version 99)");
    }

    @Test
    void openingAHugeFileIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        Path file = dir.resolve("huge.json");
        // a valid start, then far more than any classroom scenario: refused by its size, not parsed
        StringBuilder sb = new StringBuilder(
                "{\"format\": \"conflict-explorer-scenario\", \"version\": 2, \"clients\": [\"c1\"], \"operations\": [");
        String op =
                "{\"id\": \"w%d\", \"type\": \"write\", \"client\": \"c1\", \"time\": %d, \"key\": \"x\", \"value\": \"v\"},";
        for (int i = 0; sb.length() < 3 * 1024 * 1024; i++) {
            sb.append(String.format(op, i, i));
        }
        sb.setLength(sb.length() - 1);
        sb.append("]}");
        Files.writeString(file, sb);
        openIsRefused(robot, file, "huge.json is too large to be a scenario (over 2 MiB)");
    }

    @Test
    void openingAMalformedClusterFileNamesTheProblem(FxRobot robot) throws Exception {
        Path file = dir.resolve("bad-cluster.json");
        Files.writeString(
                file,
                "{\"format\": \"conflict-explorer-scenario\", \"version\": 2, \"clients\": [\"c1\"], "
                        + "\"operations\": [{\"id\": \"w1\", \"type\": \"write\", \"client\": \"c1\", \"time\": 1, \"key\": \"x\", \"value\": \"a\", \"replica\": \"n9\"}], "
                        + "\"topology\": {\"replicas\": [{\"id\": \"n1\"}, {\"id\": \"n2\"}]}}");
        openIsRefused(robot, file, "n9");
    }

    @Test
    void exportsTheDiagramAndPanelsAsAPngOfTheExpectedSize(FxRobot robot) throws Exception {
        Path file = dir.resolve("slide.png");
        dialogs.next = file;
        robot.clickOn("#export-png");
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage png = ImageIO.read(file.toFile());
        assertNotNull(png, "a readable PNG");
        Node area = view.exportArea();
        assertEquals((int) Math.ceil(area.getLayoutBounds().getWidth()), png.getWidth());
        assertEquals((int) Math.ceil(area.getLayoutBounds().getHeight()), png.getHeight());
        assertTrue(png.getWidth() > 1000 && png.getHeight() > 400, png.getWidth() + "x" + png.getHeight());
    }

    @Test
    void presenterViewZoomsWithTheKeyboard(FxRobot robot) {
        double before = robot.lookup("#lww-lost").queryAs(Label.class).getFont().getSize();
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.25, vm.zoomProperty().get());
        double after = robot.lookup("#lww-lost").queryAs(Label.class).getFont().getSize();
        assertTrue(after > before, before + " -> " + after);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, vm.zoomProperty().get());
        robot.clickOn("#presenter");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.presenterProperty().get());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("presenter.css")));
        assertNotEquals(1.0, vm.zoomProperty().get());
    }
}
