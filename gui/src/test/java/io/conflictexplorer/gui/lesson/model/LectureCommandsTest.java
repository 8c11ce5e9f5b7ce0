package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the lecture keys and the file commands do to the view model, without a window: first and
 * last step, blanking, New, nudging the selected chip, and the unsaved marker in the window title.
 * The default preset is "Two concurrent writers" (4 steps; c2 reads x at t=2 as r2).
 */
class LectureCommandsTest {

    @TempDir
    Path dir;

    private final ExplorerViewModel vm = viewModel(new ManualTicker());

    @Test
    void homeAndEndGoToBeforeTheFirstAndAfterTheLastStep() {
        vm.setCursor(2);
        vm.firstStep();
        assertEquals(0, vm.cursorProperty().get());
        vm.lastStep();
        assertEquals(4, vm.cursorProperty().get());
    }

    @Test
    void blankTogglesAndComesBack() {
        assertFalse(vm.blankProperty().get());
        vm.toggleBlank();
        assertTrue(vm.blankProperty().get());
        vm.toggleBlank();
        assertFalse(vm.blankProperty().get());
    }

    @Test
    void newIsTwoEmptyClientsAndUndoBringsThePresetBack() {
        vm.newScenario();
        assertEquals(List.of("c1", "c2"), vm.getScenario().clients());
        assertTrue(vm.getScenario().operations().isEmpty());
        assertEquals(
                "New scenario - " + ExplorerViewModel.APP_NAME,
                vm.windowTitleProperty().get());
        vm.undo();
        assertEquals(
                preset("Two concurrent writers"), vm.currentPresetProperty().get());
    }

    @Test
    void nudgeMovesTheSelectedChipOneTickAsOneUndoStepAndNeverBeforeZero() {
        vm.select("r2");
        assertTrue(vm.nudgeSelected(1));
        assertEquals(3, vm.getScenario().operation("r2").time());
        assertTrue(vm.undoCommand().textProperty().get().startsWith("Undo move"));
        vm.undo();
        assertEquals(2, vm.getScenario().operation("r2").time());
        assertTrue(vm.nudgeSelected(-2));
        assertFalse(vm.nudgeSelected(-1), "already at t=0");
        assertEquals(0, vm.getScenario().operation("r2").time());
        vm.select("w1"); // c1: r1 at 1, w1 at 4; onto r1's tick it hops past r1
        vm.nudgeSelected(-3);
        assertEquals(0, vm.getScenario().operation("w1").time(), "one operation per tick: past r1 to t=0");
        vm.select(null);
        assertFalse(vm.nudgeSelected(1), "nothing selected");
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedEditsUntilSaved() {
        assertEquals(
                "Two concurrent writers - Conflict Explorer",
                vm.windowTitleProperty().get());
        assertFalse(vm.unsavedProperty().get(), "a preset as loaded has nothing to lose");
        vm.select("r2");
        vm.nudgeSelected(1);
        assertTrue(vm.unsavedProperty().get());
        assertEquals(
                "Two concurrent writers * - Conflict Explorer",
                vm.windowTitleProperty().get());

        Path file = dir.resolve("lesson.json");
        assertTrue(vm.save(file));
        assertFalse(vm.unsavedProperty().get());
        assertEquals(file, vm.fileProperty().get());
        assertEquals("lesson.json - Conflict Explorer", vm.windowTitleProperty().get());
        assertTrue(
                vm.statusProperty().get().startsWith("Saved lesson.json in "),
                vm.statusProperty().get());

        vm.undo(); // back to the preset as loaded: that differs from the saved file
        assertTrue(vm.unsavedProperty().get());
        vm.redo();
        assertFalse(vm.unsavedProperty().get(), "the saved scenario again");

        vm.loadPreset(preset("Two concurrent writers"));
        vm.newScenario();
        assertNull(vm.fileProperty().get());
        assertFalse(vm.unsavedProperty().get());
    }
}
