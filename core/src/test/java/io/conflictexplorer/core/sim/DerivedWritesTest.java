package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.store.Mode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A derived write value ({@link WriteValue}) is computed per mode from what its client read or
 * wrote in that mode. Expected values are worked out by hand in the comments.
 */
class DerivedWritesTest {

    /** "Resolving a conflict": c1 and c2 write x blind-ish (nothing read), then c1 reads and merges. */
    static Scenario resolve() {
        return new Scenario(
                "resolve",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "a", false),
                        new Operation.Write("w2", "c2", 2, "x", "b", false),
                        new Operation.Read("r1", "c1", 4, "x"),
                        new Operation.Write("w3", "c1", 6, "x", new WriteValue.MergeRead(), false)));
    }

    /** "The shopping cart": every write adds an item to what its client had; c1 merges at the end. */
    static Scenario cart() {
        return new Scenario(
                "cart",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Read("r1", "c1", 1, "cart"),
                        new Operation.Write("w1", "c1", 3, "cart", new WriteValue.AddItem("milk"), false),
                        new Operation.Read("r2", "c2", 4, "cart"),
                        new Operation.Write("w2", "c2", 6, "cart", new WriteValue.AddItem("eggs"), false),
                        new Operation.Write("w3", "c1", 8, "cart", new WriteValue.AddItem("flour"), false),
                        new Operation.Write("w4", "c2", 10, "cart", new WriteValue.AddItem("ham"), false),
                        new Operation.Read("r3", "c1", 12, "cart"),
                        new Operation.Write("w5", "c1", 14, "cart", new WriteValue.MergeRead(), false)));
    }

    @Test
    void mergeWritesOnlyWhatTheClientReadInEachMode() {
        Simulation sim = Simulator.run(resolve());
        // VV: w1 {c1:1} and w2 {c2:1} are concurrent siblings a, b; r1 returns both, so the merge
        // writes "a b" with clock {c1:2, c2:1}, which supersedes both.
        assertEquals("a b", sim.vv().writeOf("w3").value());
        assertEquals(Map.of("x", List.of("a b")), sim.vv().valuesAt(sim.vv().size() - 1));
        assertEquals(Set.of(), sim.vv().lostWritesUpTo(sim.vv().size() - 1));
        // LWW: w2 overwrites a (lost); r1 returns only b, so the merge writes "b".
        assertEquals("b", sim.lww().writeOf("w3").value());
        assertEquals(Map.of("x", List.of("b")), sim.lww().valuesAt(sim.lww().size() - 1));
        assertEquals(Set.of("w1"), sim.lww().lostWritesUpTo(sim.lww().size() - 1));
    }

    @Test
    void theCartUnderLwwNeverGetsFlourBack() {
        Simulation sim = Simulator.run(cart());
        Trace vv = sim.vv();
        // VV: w1 milk {c1:1}; r2 sees it, w2 "milk eggs" {c1:1,c2:1} supersedes it. w3: c1 last wrote
        // "milk", so "milk flour", context {} from r1, clock {c1:2}: concurrent with w2. w4: c2 last
        // wrote "milk eggs", so "milk eggs ham" {c1:1,c2:2} supersedes w2 only. r3 returns
        // "milk flour" | "milk eggs ham"; w5 merges them in sibling order: "milk flour eggs ham".
        assertEquals("milk flour", vv.writeOf("w3").value());
        assertEquals("milk eggs ham", vv.writeOf("w4").value());
        assertEquals("milk flour eggs ham", vv.writeOf("w5").value());
        assertEquals(Map.of("cart", List.of("milk flour eggs ham")), vv.valuesAt(vv.size() - 1));
        assertEquals(Set.of(), vv.lostWritesUpTo(vv.size() - 1));

        Trace lww = sim.lww();
        // LWW: the same values until w3 ("milk flour" overwrites "milk eggs", which is lost: w3's
        // clock does not descend w2's), then w4 "milk eggs ham" overwrites "milk flour" (lost too).
        // r3 returns only "milk eggs ham", so w5 writes "milk eggs ham": no flour.
        assertEquals("milk flour", lww.writeOf("w3").value());
        assertEquals("milk eggs ham", lww.writeOf("w5").value());
        assertEquals(Map.of("cart", List.of("milk eggs ham")), lww.valuesAt(lww.size() - 1));
        assertEquals(Set.of("w2", "w3"), lww.lostWritesUpTo(lww.size() - 1));
    }

    @Test
    void aClientBuildsOnItsOwnLastWriteUntilItReadsAgain() {
        Scenario s = new Scenario(
                "own writes",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "k", new WriteValue.AddItem("a"), true),
                        new Operation.Write("w2", "c2", 2, "k", "z", false),
                        new Operation.Write("w3", "c1", 3, "k", new WriteValue.AddItem("b"), true),
                        new Operation.Read("r1", "c1", 4, "k"),
                        new Operation.Write("w4", "c1", 5, "k", new WriteValue.AddItem("c"), false)));
        for (Mode mode : Mode.values()) {
            Trace t = Simulator.run(s, mode);
            // blind only drops the context: c1's basis for w3 is its own w1 "a", in both modes
            assertEquals("a b", t.writeOf("w3").value(), mode.name());
        }
        // w4's basis is r1: under VV the siblings "z" and "a b" (c1's blind writes are concurrent
        // with c2's), under LWW only the last value "a b".
        assertEquals("z a b c", Simulator.run(s, Mode.VV).writeOf("w4").value());
        assertEquals("a b c", Simulator.run(s, Mode.LWW).writeOf("w4").value());
    }

    @Test
    void theNarrationSaysWhatTheModeWrote() {
        Simulation sim = Simulator.run(resolve());
        String lww = Narration.of(sim.lww(), sim.lww().writeOf("w3"));
        String vv = Narration.of(sim.vv(), sim.vv().writeOf("w3"));
        assertTrue(lww.startsWith("c1 writes x=b (merges what it read) with LWW ts 6"), lww);
        assertTrue(vv.startsWith("c1 writes x=a b (merges what it read) with clock"), vv);
    }
}
