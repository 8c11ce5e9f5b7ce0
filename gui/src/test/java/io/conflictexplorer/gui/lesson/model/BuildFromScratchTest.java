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
        vm.newScenario();
        vm.newKeyProperty().set("cart");
        vm.selectLane("c2");
        vm.addWrite();
        String w = vm.selectedProperty().get();
        assertEquals("cart", vm.getScenario().operation(w).key());
        assertEquals("c2", vm.getScenario().operation(w).client());
        vm.newKeyProperty().set("not a key"); // spaces: not a key, so the selected chip's key
        vm.addRead();
        assertEquals(
                "cart", vm.getScenario().operation(vm.selectedProperty().get()).key());

        assertTrue(vm.removeClient("c2"));
        assertEquals(List.of("c1"), vm.getScenario().clients());
        assertTrue(vm.getScenario().operations().isEmpty(), "c2's operations went with it");
        assertFalse(vm.removeClient("c1"), "the last lane stays");
        vm.undo();
        assertEquals(List.of("c1", "c2"), vm.getScenario().clients());
        assertEquals(2, vm.getScenario().operations().size());
    }

    @Test
    void removingAReplicaFollowsCoresRuleAndUndoes() {
        vm.loadPreset(preset("Partition, then heal"));
        List<String> before = vm.replicaIds();
        assertEquals(List.of("n1", "n2"), before);
        assertTrue(vm.removeReplica("n2"));
        assertFalse(vm.clusterProperty().get(), "one replica left: the single store");
        assertEquals(
                vm.getScenario().operations().size(), vm.getDiagram().chips().size(), "no chip lost");
        vm.undo();
        assertEquals(before, vm.replicaIds());
        assertTrue(vm.clusterProperty().get());
    }

    @Test
    void titleAndNarrationAreOneUndoableEditAndTheHeaderNoLongerCallsThemOutdated() {
        vm.select("r2");
        vm.nudgeSelected(2);
        assertTrue(vm.narrationOutdatedProperty().get());
        assertTrue(vm.retitle("  My lesson ", "c2 now reads after c1's write."));
        assertEquals("My lesson", vm.titleProperty().get());
        assertEquals(
                "c2 now reads after c1's write.", vm.scenarioNarrationProperty().get());
        assertFalse(vm.narrationOutdatedProperty().get());
        assertFalse(vm.retitle("My lesson", "c2 now reads after c1's write."), "nothing changed");
        vm.undo();
        assertEquals("Two concurrent writers", vm.titleProperty().get());
    }

    @Test
    void playbackSpeedSetsTheTickersRateWithinTheOfferedRange() {
        vm.speedProperty().set(2.0);
        assertEquals(2.0, ticker.rate());
        vm.speedProperty().set(10);
        assertEquals(3.0, vm.speedProperty().get());
        assertEquals(3.0, ticker.rate());
        vm.speedProperty().set(0.1);
        assertEquals(0.5, ticker.rate());
    }
}
