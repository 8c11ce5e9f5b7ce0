package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.gui.files.PictureFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window with the mouse and keyboard, as a teacher would: the gestures, keys and
 * dialogs themselves. What each edit does to the panels is checked without a window, in
 * {@code ExplorerViewModelTest}; here the check is that the gesture reaches the view model and the
 * window shows the result.
 */
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

    private static Bounds sceneBounds(FxRobot robot, String query) {
        Node n = onFx(() -> robot.lookup(query).query());
        return n.localToScene(n.getLayoutBounds());
    }

    private static Node menuItem(FxRobot robot, String textStart) {
        return onFx(() -> robot.lookup(".context-menu .menu-item")
                .match(n -> n.isVisible()
                        && ((Labeled) n.lookup(".label")).getText().startsWith(textStart))
                .queryAs(Node.class));
    }

    private static boolean chipHas(FxRobot robot, String id, String styleClass) {
        return onFx(() -> robot.lookup("#chip-" + id).query().getStyleClass().contains(styleClass));
    }

    @Test
    void draggingAReadAcrossAnotherClientsWriteSwitchesBetweenOneValueAndTwoSiblings(FxRobot robot) {
        // c2 reads x at t=2, before c1 writes a at t=4: c2's write b is concurrent with a
        assertEquals("Two concurrent writers", text(robot, "#scenario-title"));
        assertVvValues(robot, 2);
        assertNotNull(onFx(() -> robot.lookup("#vv-conflict-x").tryQuery().orElse(null)), "VV marks the conflict");
        assertLwwLost(robot, 1);
        assertTrue(text(robot, "#lww-panel .lost-explanation")
                .contains("c1's write a was acknowledged, then overwritten by c2's write b"));

        dragChip(robot, "r2", 3); // now c2 reads at t=5, after a: b's context includes a
        assertEquals(5, vm.getScenario().operation("r2").time());
        // one tick before c2's write: the read does not cover the write's new clock
        assertFalse(
                sceneBounds(robot, "#chip-r2").intersects(sceneBounds(robot, "#chip-w2")),
                "c2's read next to c2's write leaves it uncovered");
        dragChip(robot, "r2", 1); // onto w2's tick: it stays in front of it
        assertEquals(5, vm.getScenario().operation("r2").time());
        assertEquals(6, vm.getScenario().operation("w2").time());
        assertVvValues(robot, 1);
        assertEquals(0, count(robot, "#vv-conflict-x"));
        assertEquals("b", text(robot, "#vv-panel .card-value"));
        assertLwwLost(robot, 0);
        assertEquals(0, count(robot, "#lww-panel .lost-card"));

        dragChip(robot, "r2", -3); // back before the write: concurrent again
        assertEquals(2, vm.getScenario().operation("r2").time());
        assertVvValues(robot, 2);
        assertLwwLost(robot, 1);

        // a click selects: the chips show w2's causal past and what is concurrent with it
        robot.clickOn("#chip-w2");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chipHas(robot, "w2", "role-selected"));
        assertTrue(chipHas(robot, "r2", "role-past"));
        assertTrue(chipHas(robot, "w1", "role-concurrent"));
    }

    @Test
    void undoRedoAndDeleteWithTheKeyboardAndTheToolbar(FxRobot robot) {
        Scenario original = vm.getScenario();
        assertTrue(node(robot, "#undo", Node.class).isDisabled(), "nothing to undo yet");
        dragChip(robot, "r2", 3);
        Scenario moved = vm.getScenario();
        assertVvValues(robot, 1);
        assertFalse(node(robot, "#undo", Node.class).isDisabled());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, vm.getScenario());
        assertVvValues(robot, 2);

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moved, vm.getScenario());
        assertVvValues(robot, 1);

        // add a write from the toolbar, delete it with the Delete key, undo with the toolbar button
        robot.clickOn("#add-write");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, chipCount(robot));
        assertFalse(node(robot, "#delete-op", Node.class).isDisabled());
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, chipCount(robot));
        assertTrue(node(robot, "#delete-op", Node.class).isDisabled(), "nothing selected");
        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, chipCount(robot));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, vm.getScenario());
        assertTrue(node(robot, "#undo", Node.class).isDisabled(), "nothing left to undo");
    }

    @Test
    void editAWriteInPlaceMarkItBlindDeleteItAndAddAClientAndARead(FxRobot robot) {
        robot.doubleClickOn("#chip-w1");
        onFx(() -> robot.lookup("#chip-editor").query());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("x=hello").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("write x=hello", text(robot, "#chip-w1 .chip-title"));
        assertTrue(text(robot, "#lww-panel .lost-explanation").contains("c1's write hello was acknowledged"));

        // c2's write w2 has a context read; marking it blind drops the context arrow
        robot.clickOn("#chip-w2");
        assertEquals(2, DrawnArrows.contextArrows(robot));
        robot.clickOn("#toggle-blind");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, DrawnArrows.contextArrows(robot));
        assertTrue(chipHas(robot, "w2", "chip-blind"));

        // the chip's context menu deletes it
        robot.rightClickOn("#chip-w2");
        robot.clickOn(menuItem(robot, "Delete"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, chipCount(robot));
        assertVvValues(robot, 1);
        assertLwwLost(robot, 0);

        // a client from the toolbar, a read from its lane's menu
        robot.clickOn("#add-client");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(onFx(() -> robot.lookup("#lane-c3").tryQuery().orElse(null)));
        robot.rightClickOn("#lane-area-c3");
        robot.clickOn(menuItem(robot, "Add read here"));
        WaitForAsyncUtils.waitForFxEvents();
        String read = vm.selection().selectedProperty().get();
        assertTrue(vm.getScenario().operation(read) instanceof Operation.Read);
        assertEquals("c3", vm.getScenario().operation(read).client());
        assertEquals(4, chipCount(robot));
    }

    @Test
    void stepScrubAndPlayWithTheTransportControls(FxRobot robot) {
        assertEquals("step 4 of 4, t=6", text(robot, "#step-label"));
        robot.clickOn("#step-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, vm.playback().cursorProperty().get());
        assertEquals(vm.projected().vvNarrationProperty().get(), text(robot, "#vv-narration"));
        assertEquals(
                Narration.of(
                        vm.getSimulation().lww(),
                        vm.getSimulation().lww().steps().get(2)),
                text(robot, "#lww-narration"));
        assertLwwLost(robot, 0);

        // scrub: the slider, driven from the keyboard
        robot.clickOn("#cursor-slider .thumb");
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, vm.playback().cursorProperty().get());
        assertEquals(0.0, node(robot, "#cursor-slider", Slider.class).getValue());
        assertEquals(0, count(robot, ".value-card"));
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, vm.playback().cursorProperty().get());
        assertEquals(1, count(robot, ".chip-pending"));

        // play runs to the end on the real timeline and stops there
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.playback().playingProperty().get());
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> !vm.playback().playingProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError("playback did not reach the end", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, vm.playback().cursorProperty().get());
        assertLwwLost(robot, 1);
    }

    @Test
    void saveAndOpenThroughTheToolbarAndThePresetList(FxRobot robot) throws Exception {
        dragChip(robot, "r2", 3);
        Scenario saved = vm.getScenario();
        Path file = dir.resolve("lesson.json");
        dialogs.next = file;
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(file) > 0);

        pickPreset(robot, "Three clients at once");

        robot.clickOn("#open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, vm.getScenario());
        assertEquals("Two concurrent writers", text(robot, "#scenario-title"));
        assertVvValues(robot, 1);
    }

    @Test
    void openingABrokenFileShowsAnErrorDialogAndKeepsTheScenario(FxRobot robot) throws Exception {
        Scenario before = vm.getScenario();
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "shopping list: milk, eggs");
        dialogs.next = file;
        robot.clickOn("#open");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane error = onFx(() -> robot.lookup("#error-dialog").queryAs(DialogPane.class));
        assertTrue(error.getScene().getWindow().isShowing());
        assertEquals("This file cannot be opened", error.getHeaderText());
        assertTrue(
                error.getContentText().contains("notes.json is not a Conflict Explorer scenario"),
                error.getContentText());
        robot.clickOn(error.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(onFx(() -> robot.lookup("#error-dialog")
                .tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing())
                .orElse(null)));
        assertEquals(before, vm.getScenario());
        assertVvValues(robot, 2);
    }

    @Test
    void exportsTheWholeFigureAsASlideThatReopensAsTheScenario(FxRobot robot) throws Exception {
        Path file = dir.resolve("slide.png");
        dialogs.next = file;
        robot.clickOn("#export-png");
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage png = ImageIO.read(file.toFile());
        assertNotNull(png, "a readable PNG");
        // a 16:9 slide whatever the window's size, not a snapshot of the viewport
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
        assertEquals(vm.getScenario(), PictureFiles.read(file));
    }

    @Test
    void presenterViewZoomsWithTheKeyboard(FxRobot robot) {
        // on a 1080p screen there is room to zoom in (at 1280x800 the default preset just fits at 1)
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = node(robot, "#lww-lost", Label.class).getFont().getSize();
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.25, vm.presentation().zoomProperty().get());
        double after = node(robot, "#lww-lost", Label.class).getFont().getSize();
        assertTrue(after > before, before + " -> " + after);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, vm.presentation().zoomProperty().get());
        robot.clickOn("#presenter");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.presentation().presenterProperty().get());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("presenter.css")));
        assertNotEquals(1.0, vm.presentation().zoomProperty().get());
    }

    /** The operations' chips on the diagram (the diagram's invisible ruler chip, which measures text, not counted). */
    private static int chipCount(FxRobot robot) {
        return onFx(() -> robot.lookup(".chip")
                .match(n -> n.getId() != null && n.getId().startsWith("chip-"))
                .queryAll()
                .size());
    }
}
