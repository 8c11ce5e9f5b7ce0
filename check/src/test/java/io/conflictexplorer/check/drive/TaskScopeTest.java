package io.conflictexplorer.check.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import io.conflictexplorer.files.PresetFile;
import io.conflictexplorer.files.Presets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the task's messages express of each preset, feature by feature, in the words the user reads. */
class TaskScopeTest {

    private static TaskScope preset(int n) {
        return TaskScope.of(Presets.numbered(n).scenario());
    }

    @Test
    void theSingleStorePresetsAreExpressedWhole() {
        List<Integer> whole = new ArrayList<>();
        List<PresetFile> all = Presets.numbered();
        for (int n = 1; n <= all.size(); n++) {
            if (preset(n).expressible()) {
                whole.add(n);
            }
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 9, 10, 11, 13), whole);
        assertEquals(List.of(), preset(1).notes());
        assertEquals(
                List.of("derived values (+item, merge) are sent as the value each client computed from what your node"
                        + " answered it"),
                preset(5).notes());
        Scenario opened = new Scenario(
                "",
                "",
                List.of("c1"),
                List.of(new Operation.Write(
                        "w1", "c1", 1, "x", WriteValue.literal("a"), false, null, VersionVector.of("c2", 3))));
        TaskScope given = TaskScope.of(opened);
        assertEquals(true, given.expressible());
        assertEquals(
                List.of("a write with a given context (from an opened run) sends exactly that clock, whatever its"
                        + " client read"),
                given.notes());
    }

    @Test
    void eachFeatureTheTaskCannotExpressIsSaid() {
        String replicas = "which of 2 replicas (n1, n2) served an operation, gossip between them and convergence: your"
                + " node was run as one store, as the task sets it, every operation sent to it in time order and"
                + " compared with one store's rules";
        assertEquals(
                List.of(replicas, "a partition (one store has no network)"),
                preset(6).notTested());
        assertEquals(
                List.of(replicas, "clock skew (n1 +50 ticks; one store has one clock)"),
                preset(7).notTested());
        assertEquals(
                List.of(
                        replicas,
                        "a partition (one store has no network)",
                        "the client-counters clock scheme (it decides only merges between replicas)"),
                preset(8).notTested());
        assertEquals(
                List.of(
                        replicas,
                        "3 gossip messages (one store has no network)",
                        "clock pruning (dynamo 10; the task's clocks are never pruned)"),
                preset(14).notTested());
        assertEquals(
                List.of(replicas, "3 gossip messages, a data loss (one store has no network)"),
                preset(15).notTested());
    }
}
