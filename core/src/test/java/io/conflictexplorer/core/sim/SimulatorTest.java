package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Mode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    /** c1 and c2 each read x, then write it: the task's two concurrent writers. */
    private static Scenario twoWriters(long c1ReadTime) {
        return new Scenario(
                "two writers",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Read("r1", "c1", c1ReadTime, "x"),
                        new Operation.Read("r2", "c2", 1, "x"),
                        new Operation.Write("w1", "c1", 4, "x", "a", false),
                        new Operation.Write("w2", "c2", 2, "x", "b", false)));
    }

    @Test
    void concurrentWritersLoseOneUnderLwwAndKeepBothUnderVv() {
        Simulation sim = Simulator.run(twoWriters(0));
        assertEquals(Map.of("x", List.of("a")), sim.lww().valuesAt(3));
        assertEquals(new Counters(2, 1, 1), sim.lww().finalCounters());
        assertEquals(Set.of("w2"), sim.lww().lostWritesUpTo(3));
        assertEquals(
                "c2's write b was acknowledged, then overwritten by c1's write a, which never saw it",
                sim.lww().losses().get(0).explain());

        assertEquals(Map.of("x", List.of("b", "a")), sim.vv().valuesAt(3));
        assertEquals(new Counters(2, 2, 0), sim.vv().finalCounters());
    }

    @Test
    void movingAReadAfterTheOtherWriteMakesTheWritesSequential() {
        // c1 now reads at t=3, after c2's write at t=2: its write carries c2's clock
        Simulation sim = Simulator.run(twoWriters(3));
        assertEquals(Map.of("x", List.of("a")), sim.vv().valuesAt(3));
        assertEquals(new Counters(2, 1, 0), sim.lww().finalCounters());
        Step.Write w1 = sim.vv().writeOf("w1");
        assertEquals("r1", w1.contextRead());
        assertEquals(VersionVector.of("c2", 1), w1.context());
        assertEquals(
                VersionVector.builder().put("c2", 1).put("c1", 1).build(),
                w1.written().clock());
    }

    @Test
    void operationsApplyInTimeOrderWithTiesInScenarioOrder() {
        Scenario s = new Scenario(
                "",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("late", "c1", 9, "x", "1", false),
                        new Operation.Write("tieA", "c1", 5, "x", "2", false),
                        new Operation.Write("tieB", "c2", 5, "x", "3", false)));
        List<String> order = Simulator.run(s, Mode.VV).steps().stream()
                .map(st -> ((Step.OfOperation) st).operation().id())
                .toList();
        assertEquals(List.of("tieA", "tieB", "late"), order);
    }

    @Test
    void blindWriteCarriesNoContext() {
        Scenario s = new Scenario(
                "",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "a", false),
                        new Operation.Read("r2", "c2", 2, "x"),
                        new Operation.Write("w2", "c2", 3, "x", "b", true)));
        Trace vv = Simulator.run(s, Mode.VV);
        Step.Write w2 = vv.writeOf("w2");
        assertEquals(VersionVector.empty(), w2.context());
        assertNull(w2.contextRead());
        assertEquals(List.of("a", "b"), vv.valuesAt(2).get("x"));
        assertEquals(1, Simulator.run(s, Mode.LWW).finalCounters().lost());
    }

    @Test
    void stateBeforeTheFirstStepIsEmpty() {
        Trace t = Simulator.run(twoWriters(0), Mode.VV);
        assertTrue(t.stateAt(-1).isEmpty());
        assertEquals(Counters.ZERO, t.countersAt(-1));
        assertEquals(0, t.lossesUpTo(-1).size());
    }

    @Test
    void causalityFollowsReadsAndClocks() {
        Scenario s = new Scenario(
                "",
                "",
                List.of("c1", "c2", "c3"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "a", false),
                        new Operation.Read("r2", "c2", 2, "x"),
                        new Operation.Write("w2", "c2", 3, "x", "b", false), // saw w1
                        new Operation.Write("w3", "c3", 4, "x", "c", false), // saw nothing
                        new Operation.Write("other", "c3", 5, "y", "z", false)));
        Trace vv = Simulator.run(s, Mode.VV);
        CausalView w2 = vv.causality("w2");
        assertEquals(Set.of("w1", "r2"), w2.past());
        assertTrue(w2.future().isEmpty());
        assertEquals(Set.of("w3"), w2.concurrent());

        CausalView w1 = vv.causality("w1");
        assertEquals(Set.of("r2", "w2"), w1.future());
        assertEquals(Set.of("w3"), w1.concurrent());
        assertFalse(w1.concurrent().contains("other"), "a write of another key is unrelated");

        CausalView r2 = vv.causality("r2");
        assertEquals(Set.of("w1"), r2.past());
        assertEquals(Set.of("w2"), r2.future());
    }

    @Test
    void narrationSaysWhatHappened() {
        Simulation sim = Simulator.run(twoWriters(0));
        String lww = Narration.of(sim.lww(), sim.lww().steps().get(3));
        assertTrue(lww.contains("c1 writes x=a"), lww);
        assertTrue(lww.contains("LOST: c2's write b was acknowledged"), lww);
        String vv = Narration.of(sim.vv(), sim.vv().steps().get(3));
        assertTrue(vv.contains("Conflict on x: 2 siblings kept (b, a)"), vv);
        Simulation after = Simulator.run(twoWriters(0).withOperation(new Operation.Read("r3", "c1", 9, "x")));
        assertEquals(
                "c1 reads x and gets a (LWW ts 4).",
                Narration.of(after.lww(), after.lww().stepOf("r3")));
        assertEquals(
                "c1 reads x and gets 2 siblings (b, a): a conflict; its context is now {c1: 1, c2: 1}.",
                Narration.of(after.vv(), after.vv().stepOf("r3")));
    }

    @Test
    void sameScenarioSameTrace() {
        Scenario s = twoWriters(0);
        Trace a = Simulator.run(s, Mode.VV);
        Trace b = Simulator.run(s, Mode.VV);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(
                    Narration.of(a, a.steps().get(i)), Narration.of(b, b.steps().get(i)));
            assertEquals(a.valuesAt(i), b.valuesAt(i));
        }
    }

    @Test
    void scenarioRejectsUnknownClientsAndDuplicateIds() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Scenario("", "", List.of("c1"), List.of(new Operation.Read("r", "ghost", 0, "x"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Scenario(
                        "",
                        "",
                        List.of("c1"),
                        List.of(new Operation.Read("r", "c1", 0, "x"), new Operation.Read("r", "c1", 1, "x"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Scenario("", "", List.of("c1"), List.of(new Operation.Read("r", "c1", -1, "x"))));
    }
}
