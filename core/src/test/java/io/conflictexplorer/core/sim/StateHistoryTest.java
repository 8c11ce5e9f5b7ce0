package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A replica's history gives, at every version, exactly the state a full copy taken then would have
 * held; a snapshot made from histories equals an eager copy of the same values (the simulator's
 * snapshot tests check the values themselves step by step).
 */
class StateHistoryTest {

    private static Sibling<String> value(String v, long n) {
        return new Sibling<>(v, VersionVector.of("c1", n), "c1", new Timestamp(n, "n1"), new Dot("n1", n));
    }

    @Test
    void everyVersionIsTheStateAFullCopyWouldHaveHeld() {
        Random r = new Random(3);
        StateHistory h = new StateHistory();
        TreeMap<String, List<Sibling<String>>> model = new TreeMap<>();
        List<SortedMap<String, List<Sibling<String>>>> copies = new ArrayList<>();
        copies.add(new TreeMap<>(model));
        for (int i = 1; i <= 2_000; i++) {
            String key = "k" + r.nextInt(i < 1_000 ? 300 : 20); // many keys, then few
            List<Sibling<String>> now = r.nextInt(10) == 0 ? List.of() : List.of(value("v" + i, i));
            List<Sibling<String>> before = h.set(key, now);
            assertEquals(model.getOrDefault(key, List.of()), before);
            if (now.isEmpty()) {
                model.remove(key);
            } else {
                model.put(key, now);
            }
            copies.add(new TreeMap<>(model));
        }
        assertEquals(2_000, h.version());
        for (int v = 0; v <= 2_000; v += 1 + r.nextInt(7)) {
            assertEquals(copies.get(v), h.state(v), "version " + v);
        }
        assertEquals(copies.get(2_000), h.state(2_000));
        assertEquals(copies.get(17), h.state(17), "back to an early version");
    }

    @Test
    void aSnapshotMadeFromHistoriesEqualsAnEagerCopyOfItsValues() {
        Scenario s = new Scenario(
                "many keys",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "a", false),
                        new Operation.Write("w2", "c2", 2, "x", "b", false),
                        new Operation.Write("w3", "c2", 3, "y", "c", false),
                        new Operation.Read("r1", "c1", 4, "x"),
                        new Operation.Write("w4", "c1", 5, "x", "ab", false)),
                Topology.cluster(2, 2, 1));
        for (Mode mode : Mode.values()) {
            Trace t = Simulator.run(s, mode);
            Map<String, SortedMap<String, List<Sibling<String>>>> last =
                    t.steps().get(t.steps().size() - 1).replicas();
            assertEquals(last.get("n1"), last.get("n2"), mode + ": gossip made both replicas agree");
            Step.Snapshot copy = new Step.Snapshot("n1", last);
            assertEquals(copy, t.steps().get(t.steps().size() - 1).snapshot(), "eager and lazy snapshots are equal");
            assertEquals(
                    copy.hashCode(),
                    t.steps().get(t.steps().size() - 1).snapshot().hashCode());
        }
    }
}
