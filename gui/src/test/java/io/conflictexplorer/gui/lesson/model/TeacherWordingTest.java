package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.PRESETS;
import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.CounterCaptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words a projected window shows around the lesson: counters in the right number, presets
 * numbered as the README counts them, operations named as the window shows them (not by internal
 * id), and an edited scenario's header saying its narration describes it as loaded.
 */
class TeacherWordingTest {

    @TempDir
    Path dir;

    private final ExplorerViewModel vm = viewModel(new ManualTicker());

    @Test
    void countersAgreeInNumberWithWhatTheyCount() {
        assertEquals("write\nlost", CounterCaptions.lost(1));
        assertEquals("writes\nlost", CounterCaptions.lost(0));
        assertEquals("writes\nlost", CounterCaptions.lost(2));
        assertEquals("value\nvisible now", CounterCaptions.visible(1));
        assertEquals("values\nvisible now", CounterCaptions.visible(2));
        assertEquals("write\nacknowledged", CounterCaptions.acknowledged(1));
    }

    @Test
    void presetsAreNumberedFromOneInTheOrderOfTheList() {
        assertEquals("1. Two concurrent writers", vm.document().presetLabel(PRESETS.get(0)));
        Preset eighth = PRESETS.get(7);
        assertEquals("8. " + eighth.title(), vm.document().presetLabel(eighth));
    }

    @Test
    void undoTextsNameOperationsByClientAndKeyNeverById() {
        vm.editing().addWrite("c2", 9);
        assertEquals(
                "Undo add c2's write of x at t=9",
                vm.editing().undoCommand().textProperty().get());
        vm.selection().select("w1");
        vm.editing().deleteSelected();
        assertEquals(
                "Undo delete c1's write of x at t=4",
                vm.editing().undoCommand().textProperty().get());
        vm.selection().select("r2");
        vm.editing().nudgeSelected(1);
        assertEquals(
                "Undo move c2's read of x to t=3",
                vm.editing().undoCommand().textProperty().get());
        assertFalse(vm.editing().undoCommand().textProperty().get().matches(".*\\b[rw]\\d+\\b.*"));
    }

    @Test
    void anEditedPresetSaysItsNarrationDescribesItAsLoadedEvenAfterSaving() {
        assertFalse(vm.document().narrationOutdatedProperty().get());
        vm.selection().select("r2");
        vm.editing().nudgeSelected(3);
        assertTrue(vm.document().narrationOutdatedProperty().get());
        assertTrue(vm.document().save(dir.resolve("edited.json")));
        assertTrue(vm.document().narrationOutdatedProperty().get(), "saving does not make the narration true");
        vm.editing().undo();
        assertFalse(vm.document().narrationOutdatedProperty().get(), "the preset as loaded again");
        vm.document().loadPreset(preset("Two concurrent writers"));
        assertFalse(vm.document().narrationOutdatedProperty().get());
    }
}
