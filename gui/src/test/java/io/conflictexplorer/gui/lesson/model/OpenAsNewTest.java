package io.conflictexplorer.gui.lesson.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario the node search found opens as a new, unsaved one; undo brings back what was shown. */
class OpenAsNewTest {

    @Test
    void aFoundScenarioOpensUnsavedAndUndoBringsBackThePreset() {
        ExplorerViewModel vm = Models.viewModel();
        Scenario before = vm.getScenario();
        int opened = vm.document().opened().openedProperty().get();
        Scenario found = new Scenario(
                "Breaks my node (seed 1)",
                "In the lww run: ...",
                List.of("c1", "c2"),
                List.of(new Operation.Write("w1", "c1", 1, "x", "a", true), new Operation.Read("r1", "c2", 2, "x")));

        vm.document().openAsNew(found, "open the scenario the search found");
        assertEquals(found, vm.getScenario());
        assertTrue(vm.document().unsavedProperty().get(), "unsaved: closing the window asks");
        assertNull(vm.document().fileProperty().get());
        assertEquals(opened + 1, vm.document().opened().openedProperty().get(), "another scenario, not an edit");
        assertEquals(
                "Undo open the scenario the search found",
                vm.editing().undoCommand().textProperty().get());

        vm.editing().undo();
        assertEquals(before, vm.getScenario());
    }
}
