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
        vm.playback().setCursor(2);
        vm.playback().first();
        assertEquals(0, vm.playback().cursorProperty().get());
        vm.playback().last();
        assertEquals(4, vm.playback().cursorProperty().get());
    }

    @Test
    void blankTogglesAndComesBack() {
        assertFalse(vm.presentation().blankProperty().get());
        vm.presentation().toggleBlank();
        assertTrue(vm.presentation().blankProperty().get());
        vm.presentation().toggleBlank();
        assertFalse(vm.presentation().blankProperty().get());
    }

    @Test
    void newIsTwoEmptyClientsAndUndoBringsThePresetBack() {
        vm.document().newScenario();
        assertEquals(List.of("c1", "c2"), vm.getScenario().clients());
        assertTrue(vm.getScenario().operations().isEmpty());
        assertEquals(
                "New scenario - " + Document.APP_NAME,
                vm.document().windowTitleProperty().get());
        vm.editing().undo();
        assertEquals(
                preset("Two concurrent writers"),
                vm.document().currentPresetProperty().get());
    }

    @Test
    void nudgeMovesTheSelectedChipOneTickAsOneUndoStepAndNeverBeforeZero() {
        vm.selection().select("r2");
        assertTrue(vm.editing().nudgeSelected(1));
        assertEquals(3, vm.getScenario().operation("r2").time());
        assertTrue(vm.editing().undoCommand().textProperty().get().startsWith("Undo move"));
        vm.editing().undo();
        assertEquals(2, vm.getScenario().operation("r2").time());
        assertTrue(vm.editing().nudgeSelected(-2));
        assertFalse(vm.editing().nudgeSelected(-1), "already at t=0");
        assertEquals(0, vm.getScenario().operation("r2").time());
        vm.selection().select("w1"); // c1: r1 at 1, w1 at 4; onto r1's tick it hops past r1
        vm.editing().nudgeSelected(-3);
        assertEquals(0, vm.getScenario().operation("w1").time(), "one operation per tick: past r1 to t=0");
        vm.selection().select(null);
        assertFalse(vm.editing().nudgeSelected(1), "nothing selected");
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedEditsUntilSaved() {
        assertEquals(
                "Two concurrent writers - Conflict Explorer",
                vm.document().windowTitleProperty().get());
        assertFalse(vm.document().unsavedProperty().get(), "a preset as loaded has nothing to lose");
        vm.selection().select("r2");
        vm.editing().nudgeSelected(1);
        assertTrue(vm.document().unsavedProperty().get());
        assertEquals(
                "Two concurrent writers * - Conflict Explorer",
                vm.document().windowTitleProperty().get());

        Path file = dir.resolve("lesson.json");
        assertTrue(vm.document().save(file));
        assertFalse(vm.document().unsavedProperty().get());
        assertEquals(file, vm.document().fileProperty().get());
        assertEquals(
                "lesson.json - Conflict Explorer",
                vm.document().windowTitleProperty().get());
        assertTrue(
                vm.document().statusProperty().get().startsWith("Saved lesson.json in "),
                vm.document().statusProperty().get());

        vm.editing().undo(); // back to the preset as loaded: that differs from the saved file
        assertTrue(vm.document().unsavedProperty().get());
        vm.editing().redo();
        assertFalse(vm.document().unsavedProperty().get(), "the saved scenario again");

        vm.document().loadPreset(preset("Two concurrent writers"));
        vm.document().newScenario();
        assertNull(vm.document().fileProperty().get());
        assertFalse(vm.document().unsavedProperty().get());
    }
}
