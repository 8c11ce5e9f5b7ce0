package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The edit commands on "Two concurrent writers" (c1: r1, w1; c2: r2, w2): their enabled states
 * follow the selection and the history, and each edit leaves the selection where the teacher expects.
 */
class EditingTest {

    private final ExplorerViewModel vm = viewModel();
    private final Editing editing = vm.editing();
    private final Selection selection = vm.selection();

    @Test
    void deleteAndBlindAreEnabledByWhatIsSelected() {
        assertFalse(editing.deleteCommand().enabledProperty().get());
        assertFalse(editing.blindCommand().enabledProperty().get());
        selection.select("r1");
        assertTrue(editing.deleteCommand().enabledProperty().get());
        assertFalse(editing.blindCommand().enabledProperty().get(), "a read cannot be blind");
        selection.select("w1");
        assertTrue(editing.blindCommand().enabledProperty().get());
        editing.blindCommand().execute();
        assertTrue(selection.selectedIsBlindProperty().get());
        editing.deleteCommand().execute();
        assertNull(selection.selectedProperty().get());
        assertNull(vm.getScenario().operation("w1"));
    }

    @Test
    void undoAndRedoNameTheEditAndAreEnabledByTheHistory() {
        assertFalse(editing.undoCommand().enabledProperty().get());
        selection.select("w2");
        assertTrue(editing.nudgeSelected(1));
        assertTrue(editing.undoCommand().enabledProperty().get());
        assertTrue(editing.undoCommand().textProperty().get().startsWith("Undo"));
        assertFalse(editing.redoCommand().enabledProperty().get());
        editing.undoCommand().execute();
        assertTrue(editing.redoCommand().enabledProperty().get());
        assertFalse(editing.undoCommand().enabledProperty().get());
    }

    @Test
    void aNewOperationGoesOnTheActiveLaneWithTheChosenKeyAndIsSelected() {
        selection.selectLane("c2");
        editing.newKeyProperty().set(" y ");
        editing.addWrite();
        String id = selection.selectedProperty().get();
        assertEquals("c2", vm.getScenario().operation(id).client());
        assertEquals("y", vm.getScenario().operation(id).key());
        editing.newKeyProperty().set("not a key");
        editing.addRead();
        String read = selection.selectedProperty().get();
        assertEquals("y", vm.getScenario().operation(read).key(), "an unusable key: the selected operation's");
    }

    @Test
    void nothingSelectedIsNothingToNudgeOrDelete() {
        assertFalse(editing.nudgeSelected(1));
        editing.deleteSelected();
        editing.toggleBlindOfSelected();
        assertFalse(editing.undoCommand().enabledProperty().get(), "no edit was made");
    }

    @Test
    void anAddedClientBecomesTheActiveLaneAndCanBeRemovedAgain() {
        editing.addClient();
        String added = selection.activeClientProperty().get();
        assertTrue(vm.getScenario().clients().contains(added));
        assertTrue(editing.removeActiveClient());
        assertFalse(vm.getScenario().clients().contains(added));
        assertEquals("c1", selection.activeClientProperty().get(), "the lane falls back to the first");
    }
}
