package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every preset's final stored values and silently lost values, per mode, worked out by hand from the
 * rules (README "The rules") and explained in each test: the lesson a preset tells must be true in
 * both panels. A derived write (add an item, merge) is computed from what its client read in that
 * mode, so LWW never shows a value only VV's siblings could have produced.
 */
class PresetFinalValuesTest {

    /** What one mode ends with: each replica's values of the key (in store order) and the lost values. */
    record Outcome(Map<String, List<String>> stored, Set<String> lost) {}

    private static Simulation run(String file) {
        Preset p = Assets.presets().stream()
                .filter(x -> x.file().equals(file))
                .findFirst()
                .orElseThrow();
        return Simulator.run(p.scenario());
    }

    private static Outcome outcome(Trace t, String key) {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        int last = t.size() - 1;
        for (String r : t.replicaIds()) {
            stored.put(
                    r,
                    t.replicaStateAt(last, r).getOrDefault(key, List.of()).stream()
                            .map(Sibling::value)
                            .toList());
        }
        Set<String> lost = new TreeSet<>();
        for (Loss<String> l : t.losses()) {
            lost.add(l.lost().value());
        }
        return new Outcome(stored, lost);
    }

    private static Outcome single(List<String> stored, String... lost) {
        return new Outcome(Map.of("store", stored), new TreeSet<>(List.of(lost)));
    }

    @Test
    void twoConcurrentWriters() {
        // Both clients read x empty (context {}): w1 gets {c1:1}, w2 {c2:1}, concurrent. VV keeps
        // both in arrival order; LWW keeps b (the later timestamp) and silently loses a.
        Simulation s = run("01-two-writers.json");
        assertEquals(single(List.of("a", "b")), outcome(s.vv(), "x"));
        assertEquals(single(List.of("b"), "a"), outcome(s.lww(), "x"));
    }

    @Test
    void aStaleContext() {
        // c2 read a ({c1:1}); c1 replaced it by b ({c1:2}); c2 writes c with {c1:1, c2:1}, which
        // does not descend b's clock: VV keeps b and c; LWW keeps c and silently loses b.
        Simulation s = run("02-stale-context.json");
        assertEquals(single(List.of("b", "c")), outcome(s.vv(), "x"));
        assertEquals(single(List.of("c"), "b"), outcome(s.lww(), "x"));
    }

    @Test
    void resolvingAConflict() {
        // VV: a {c1:1} and b {c2:1} are siblings; c1 reads both and merges: "a b" {c1:2, c2:1}
        // supersedes both. LWW: b overwrote a (lost), c1's read returns only b, so its merge
        // writes "b", never "a b".
        Simulation s = run("03-resolve-conflict.json");
        assertEquals(single(List.of("a b")), outcome(s.vv(), "x"));
        assertEquals(single(List.of("b"), "a"), outcome(s.lww(), "x"));
    }

    @Test
    void threeClientsAtOnce() {
        // Nobody read before writing: {c1:1}, {c2:1}, {c3:1} are pairwise concurrent. VV keeps
        // three siblings; LWW keeps c, the last, and silently loses a and b.
        Simulation s = run("04-three-clients.json");
        assertEquals(single(List.of("a", "b", "c")), outcome(s.vv(), "x"));
        assertEquals(single(List.of("c"), "a", "b"), outcome(s.lww(), "x"));
    }

    @Test
    void theShoppingCart() {
        // w1 milk; c2 reads it and adds eggs: "milk eggs" supersedes milk in both modes. c1 adds
        // flour to its own last write: "milk flour", clock {c1:2}, concurrent with "milk eggs"
        // {c1:1, c2:1}. c2 adds ham to its own last write: "milk eggs ham" {c1:1, c2:2}.
        // VV: siblings "milk flour" and "milk eggs ham"; c1 reads both and merges them in sibling
        // order: "milk flour eggs ham", which supersedes both. Nothing lost.
        // LWW: "milk flour" overwrites "milk eggs" (lost), "milk eggs ham" overwrites "milk flour"
        // (lost); c1 reads only "milk eggs ham" and its merge writes just that: the flour is gone.
        Simulation s = run("05-shopping-cart.json");
        assertEquals(single(List.of("milk flour eggs ham")), outcome(s.vv(), "cart"));
        assertEquals(single(List.of("milk eggs ham"), "milk eggs", "milk flour"), outcome(s.lww(), "cart"));
    }

    @Test
    void partitionThenHeal() {
        // a on n1 (t=5) and b on n2 (t=8) during the cut; after the heal gossip brings each side the
        // other's write. VV: concurrent clocks, both kept, each replica in its own arrival order.
        // LWW: b has the greater timestamp (8 > 5) on both replicas; a is silently lost.
        Simulation s = run("06-partition-heal.json");
        assertEquals(
                new Outcome(Map.of("n1", List.of("a", "b"), "n2", List.of("b", "a")), Set.of()), outcome(s.vv(), "x"));
        assertEquals(new Outcome(Map.of("n1", List.of("b"), "n2", List.of("b")), Set.of("a")), outcome(s.lww(), "x"));
    }

    @Test
    void aFastClockBeatsALaterWrite() {
        // n1 runs 50 ticks ahead: old is stamped 52. c2 read old on n2 and wrote new (stamped 9)
        // with old's clock in its context. VV: new descends old, so new everywhere. LWW: 52 > 9,
        // old everywhere, and the acknowledged new is silently lost.
        Simulation s = run("07-clock-skew.json");
        assertEquals(new Outcome(Map.of("n1", List.of("new"), "n2", List.of("new")), Set.of()), outcome(s.vv(), "x"));
        assertEquals(
                new Outcome(Map.of("n1", List.of("old"), "n2", List.of("old")), Set.of("new")), outcome(s.lww(), "x"));
    }

    @Test
    void perReplicaCountersLoseAWrite() {
        // Cut off from each other, n1 and n2 both give c1's blind write the clock {c1:1}. Naive
        // counters take an equal clock for a known write: at the heal n1 drops eggs, n2 drops milk,
        // and they never agree (both lost). LWW: eggs (t=4) beats milk (t=2) on both; milk lost.
        Simulation s = run("08-naive-counters.json");
        assertEquals(
                new Outcome(Map.of("n1", List.of("milk"), "n2", List.of("eggs")), Set.of("milk", "eggs")),
                outcome(s.vv(), "cart"));
        assertEquals(
                new Outcome(Map.of("n1", List.of("eggs"), "n2", List.of("eggs")), Set.of("milk")),
                outcome(s.lww(), "cart"));
    }
}
