package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A write with a given context (a transcript's literal clock) carries exactly that clock in every
 * mode, and is drawn from its client's latest earlier read that returned exactly that clock in that
 * mode, or from no read.
 */
class GivenContextTest {

    private static final VersionVector BOTH =
            VersionVector.builder().put("c1", 1).put("c2", 1).build();

    /** vv-resolve-with-merged-context as a scenario: c1 resolves a and b with the merged context. */
    private static Scenario resolve(VersionVector context) {
        return new Scenario(
                "resolve",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write(
                                "w1", "c1", 3, "x", WriteValue.literal("a"), false, null, VersionVector.empty()),
                        new Operation.Write(
                                "w2", "c2", 4, "x", WriteValue.literal("b"), false, null, VersionVector.empty()),
                        new Operation.Read("r1", "c1", 5, "x"),
                        new Operation.Write("w3", "c1", 6, "x", WriteValue.literal("ab"), false, null, context)));
    }

    private static Step.Write write(Trace trace, String id) {
        return trace.steps().stream()
                .filter(s -> s instanceof Step.Write w && w.operation().id().equals(id))
                .map(Step.Write.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theGivenClockIsSentInBothModesAndDrawnFromTheReadThatReturnedIt() {
        Simulation sim = Simulator.run(resolve(BOTH));
        Step.Write vv = write(sim.vv(), "w3");
        assertEquals(BOTH, vv.context());
        assertEquals("r1", vv.contextRead(), "under VV c1's read returned exactly {c1: 1, c2: 1}");
        assertEquals(
                VersionVector.builder().put("c1", 2).put("c2", 1).build(),
                vv.written().clock());
        assertEquals(1, vv.state().get("x").size(), "ab supersedes both siblings");
        Step.Write lww = write(sim.lww(), "w3");
        assertEquals(BOTH, lww.context(), "the same clock under LWW");
        assertNull(lww.contextRead(), "under LWW the read returned only b {c2: 1}: a literal clock");
    }

    @Test
    void aClockNoReadReturnedIsALiteral() {
        VersionVector stale = VersionVector.of("c1", 1);
        Step.Write w = write(Simulator.run(resolve(stale), Mode.VV), "w3");
        assertEquals(stale, w.context());
        assertNull(w.contextRead());
        assertEquals(2, w.state().get("x").size(), "ab supersedes a only: b stays a sibling");
    }

    @Test
    void aGivenContextIsNeverBlind() {
        Operation.Write w =
                new Operation.Write("w", "c1", 1, "x", WriteValue.literal("a"), false, null, VersionVector.of("c1", 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Operation.Write(
                        "w", "c1", 1, "x", WriteValue.literal("a"), true, null, VersionVector.empty()));
        assertNull(w.withBlind(true).context(), "a blind write sends no context");
        assertEquals(
                VersionVector.of("c1", 1),
                w.withTime(5).withKey("y").withValue("b").context());
    }
}
