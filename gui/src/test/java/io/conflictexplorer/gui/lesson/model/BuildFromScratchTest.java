package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lesson built from scratch without a window: New, a chosen key for new operations, removing a
 * client or a replica (each one undo step), the title and narration, and the playback speed.
 */
class BuildFromScratchTest {

    private final ManualTicker ticker = new ManualTicker();
    private final ExplorerViewModel vm = viewModel(ticker);

    @Test
    void newThenAddWithAChosenKeyAndRemoveAClientAsOneUndoStep() {
        vm.document().newScenario();
        vm.editing().newKeyProperty().set("cart");
        vm.selection().selectLane("c2");
        vm.editing().addWrite();
        String w = vm.selection().selectedProperty().get();
        assertEquals("cart", vm.getScenario().operation(w).key());
        assertEquals("c2", vm.getScenario().operation(w).client());
        vm.editing().newKeyProperty().set("not a key"); // spaces: not a key, so the selected chip's key
        vm.editing().addRead();
        assertEquals(
                "cart",
                vm.getScenario()
                        .operation(vm.selection().selectedProperty().get())
                        .key());

        assertTrue(vm.editing().removeClient("c2"));
        assertEquals(List.of("c1"), vm.getScenario().clients());
        assertTrue(vm.getScenario().operations().isEmpty(), "c2's operations went with it");
        assertFalse(vm.editing().removeClient("c1"), "the last lane stays");
        vm.editing().undo();
        assertEquals(List.of("c1", "c2"), vm.getScenario().clients());
        assertEquals(2, vm.getScenario().operations().size());
    }

    @Test
    void removingAReplicaFollowsCoresRuleAndUndoes() {
        vm.document().loadPreset(preset("Partition, then heal"));
        List<String> before = vm.projected().replicaIds();
        assertEquals(List.of("n1", "n2"), before);
        assertTrue(vm.cluster().removeReplica("n2"));
        assertFalse(vm.projected().clusterProperty().get(), "one replica left: the single store");
        assertEquals(
                vm.getScenario().operations().size(),
                vm.projected().getDiagram().chips().size(),
                "no chip lost");
        vm.editing().undo();
        assertEquals(before, vm.projected().replicaIds());
        assertTrue(vm.projected().clusterProperty().get());
    }

    @Test
    void titleAndNarrationAreOneUndoableEditAndTheHeaderNoLongerCallsThemOutdated() {
        vm.selection().select("r2");
        vm.editing().nudgeSelected(2);
        assertTrue(vm.document().narrationOutdatedProperty().get());
        assertTrue(vm.editing().retitle("  My lesson ", "c2 now reads after c1's write."));
        assertEquals("My lesson", vm.document().titleProperty().get());
        assertEquals(
                "c2 now reads after c1's write.",
                vm.document().scenarioNarrationProperty().get());
        assertFalse(vm.document().narrationOutdatedProperty().get());
        assertFalse(vm.editing().retitle("My lesson", "c2 now reads after c1's write."), "nothing changed");
        vm.editing().undo();
        assertEquals("Two concurrent writers", vm.document().titleProperty().get());
    }

    @Test
    void playbackSpeedSetsTheTickersRateWithinTheOfferedRange() {
        vm.presentation().speedProperty().set(2.0);
        assertEquals(2.0, ticker.rate());
        vm.presentation().speedProperty().set(10);
        assertEquals(3.0, vm.presentation().speedProperty().get());
        assertEquals(3.0, ticker.rate());
        vm.presentation().speedProperty().set(0.1);
        assertEquals(0.5, ticker.rate());
    }
}
