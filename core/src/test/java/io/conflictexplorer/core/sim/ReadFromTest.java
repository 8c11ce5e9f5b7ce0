package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which writes a read observed ({@link Trace#observedWrites}), worked by hand on one store: c1 and
 * c2 each read x while it is empty (r1 at 1, r2 at 2), c1 writes a at 3, c2 writes b at 4 (neither
 * saw the other: concurrent), then c1 reads at 6 and c2 writes c at 8 with the context of its read
 * at 2 (it saw nothing), and c1 reads again at 9.
 */
class ReadFromTest {

    private static final Simulation SIM = Simulator.run(new Scenario(
            "read-from",
            "",
            List.of("c1", "c2"),
            List.of(
                    new Operation.Read("r1", "c1", 1, "x"),
                    new Operation.Read("r2", "c2", 2, "x"),
                    new Operation.Write("w1", "c1", 3, "x", "a", false),
                    new Operation.Write("w2", "c2", 4, "x", "b", false),
                    new Operation.Read("r3", "c1", 6, "x"),
                    new Operation.Write("w3", "c2", 8, "x", "c", false),
                    new Operation.Read("r4", "c1", 9, "x"))));

    @Test
    void aReadOfNothingObservedNoWrite() {
        assertEquals(List.of(), SIM.vv().observedWrites("r1"));
        assertEquals(List.of(), SIM.lww().observedWrites("r2"));
    }

    @Test
    void underVvAReadObservesEverySiblingsWriterUnderLwwOnlyTheWinner() {
        // VV keeps a and b as siblings (concurrent); LWW kept only b, the later timestamp
        assertEquals(List.of("w1", "w2"), SIM.vv().observedWrites("r3"));
        assertEquals(List.of("w2"), SIM.lww().observedWrites("r3"));
    }

    @Test
    void aLaterWriteReplacesItsClientsOwnSiblingButNotTheOneItNeverSaw() {
        // w3 carried r2's empty context, so its clock is {c2: 2}: it descends b's {c2: 1} (c2's own
        // earlier write) but not a's {c1: 1}, so VV keeps a and c; LWW keeps c, the latest
        assertEquals(List.of("w1", "w3"), SIM.vv().observedWrites("r4"));
        assertEquals(List.of("w3"), SIM.lww().observedWrites("r4"));
    }

    @Test
    void aWriteObservesNothing() {
        assertEquals(List.of(), SIM.vv().observedWrites("w1"));
    }

    @Test
    void freeTimeKeepsAClientsOperationsOnDistinctTicks() {
        Scenario s = SIM.scenario();
        // c2 has r2 at 2, w2 at 4, w3 at 8
        assertEquals(6, s.freeTime("c2", 6, "r2", 2), "a free tick is taken as it is");
        assertEquals(3, s.freeTime("c2", 4, "r2", 2), "dragged right onto w2: it stops in front of it");
        assertEquals(5, s.freeTime("c2", 4, "w3", 8), "dragged left onto w2: it stops behind it");
        assertEquals(4, s.freeTime("c2", 4, "w2", 4), "its own tick is free for the one moving");
        assertEquals(2, s.freeTime("c1", 1, null, 1), "c1 has r1 at 1: a new operation goes just after it");
        assertEquals(0, s.freeTime("c1", 0, null, 0));
        assertEquals(3, s.freeTime("c2", 2, null, 9), "from the right onto r2 at 2: just after it");
        assertEquals(1, s.freeTime("c2", 2, "w3", 0), "from the left onto r2: just before it");
    }
}
