package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.files.ScenarioFiles;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cluster presets in assets/presets tell the story their narration promises. */
class ClusterPresetsTest {

    private static Scenario preset(String name) throws Exception {
        Path p = Paths.get("..", "assets", "presets", name);
        return ScenarioFiles.read(p);
    }

    private static List<String> values(Trace t, String replica, String key) {
        return t.replicaStateAt(t.size() - 1, replica).getOrDefault(key, List.of()).stream()
                .map(Sibling::value)
                .toList();
    }

    @Test
    void partitionHealLosesOneSideUnderLwwOnly() throws Exception {
        Simulation sim = Simulator.run(preset("06-partition-heal.json"));
        assertEquals(Set.of("w1"), sim.lww().lostWritesUpTo(sim.lww().size() - 1));
        assertEquals(List.of("b"), values(sim.lww(), "n1", "x"));
        assertEquals(List.of("b"), values(sim.lww(), "n2", "x"));
        assertEquals(0, sim.vv().finalCounters().lost());
        assertEquals(List.of("a", "b"), values(sim.vv(), "n1", "x"));
        assertEquals(2, sim.vv().readOf("r1").read().siblings().size());
    }

    @Test
    void clockSkewLosesTheCausallyLaterWriteUnderLww() throws Exception {
        Scenario s = preset("07-clock-skew.json");
        Simulation sim = Simulator.run(s);
        assertEquals(Set.of("w2"), sim.lww().lostWritesUpTo(sim.lww().size() - 1));
        assertEquals(List.of("old"), values(sim.lww(), "n1", "x"));
        assertEquals(List.of("new"), values(sim.vv(), "n2", "x"));
        assertEquals(
                0,
                Simulator.run(s.withTopology(s.topology().withSkew("n1", 0)), Mode.LWW)
                        .finalCounters()
                        .lost());
    }

    @Test
    void naiveCountersLoseAndDotsKeep() throws Exception {
        Scenario s = preset("08-naive-counters.json");
        Trace naive = Simulator.run(s, Mode.VV);
        assertEquals(2, naive.finalCounters().lost());
        assertEquals(List.of("milk"), values(naive, "n1", "cart"));
        assertEquals(List.of("eggs"), values(naive, "n2", "cart"));
        Trace dotted = Simulator.run(s.withTopology(s.topology().withScheme(ClockScheme.DOTTED)), Mode.VV);
        assertEquals(0, dotted.finalCounters().lost());
        assertEquals(List.of("milk", "eggs"), values(dotted, "n1", "cart"));
    }

    @Test
    void oneCursorShowsBothTracesAtTheSameOperation() throws Exception {
        Simulation sim = Simulator.run(preset("06-partition-heal.json"));
        int[] lwwAt = sim.lwwStepsApplied();
        assertEquals(sim.vv().size() + 1, lwwAt.length);
        assertEquals(0, lwwAt[0]);
        assertEquals(sim.lww().size(), lwwAt[sim.vv().size()]);
        for (int i = 1; i <= sim.vv().size(); i++) {
            assertTrue(lwwAt[i] >= lwwAt[i - 1], "never moves back");
            Step vvStep = sim.vv().steps().get(i - 1);
            if (vvStep instanceof Step.OfOperation vvOp) {
                // after a client operation in VV, the same operation has been applied in LWW, and nothing later
                Step lwwStep = sim.lww().steps().get(lwwAt[i] - 1);
                assertEquals(
                        vvOp.operation().id(),
                        lwwStep instanceof Step.OfOperation lwwOp
                                ? lwwOp.operation().id()
                                : null);
            }
        }
    }
}
