package io.conflictexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random interleavings of writes from several clients to a few keys, each with a context that is
 * usually stale: one of the clocks seen earlier (a write's reply or a read's merged context), empty,
 * or the key's current context.
 */
class StorePropertiesTest {

    /** One write: who, which key, and where its context comes from. */
    record Action(int client, int key, int contextChoice) {}

    @Provide
    Arbitrary<List<Action>> histories() {
        Arbitrary<Action> action = Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(-2, 60))
                .as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(60);
    }

    /** Runs the history; returns every acknowledged write in order. */
    private static List<Acked> run(Store<String> store, List<Action> history) {
        List<VersionVector> seen = new ArrayList<>();
        List<Acked> acked = new ArrayList<>();
        for (Action a : history) {
            String key = "k" + a.key();
            VersionVector context;
            if (a.contextChoice() == -2) {
                context = VersionVector.empty(); // blind
            } else if (a.contextChoice() == -1 || seen.isEmpty()) {
                context = store.read(key).context(); // fresh read
                seen.add(context);
            } else {
                context = seen.get(a.contextChoice() % seen.size()); // stale, maybe another key's
            }
            WriteResult<String> r = store.write(key, "c" + a.client(), "v" + acked.size(), context);
            acked.add(new Acked(key, r.written()));
            seen.add(r.written().clock());
        }
        return acked;
    }

    record Acked(String key, Sibling<String> sibling) {}

    @Property
    void vvNeverLosesAnAcknowledgedWrite(@ForAll("histories") List<Action> history) {
        Store<String> store = new Store<>("n1", Mode.VV, new Counter());
        List<Acked> acked = run(store, history);
        for (Acked w : acked) {
            List<Sibling<String>> stored = store.read(w.key()).siblings();
            boolean kept =
                    stored.stream().anyMatch(s -> s.dot().equals(w.sibling().dot()));
            boolean covered =
                    stored.stream().anyMatch(s -> s.clock().descends(w.sibling().clock()));
            assertTrue(kept || covered, "write " + w + " is neither stored nor descended by a stored sibling");
        }
        assertTrue(store.losses().isEmpty());
    }

    @Property
    void vvStoresNoSiblingThatAnotherDescends(@ForAll("histories") List<Action> history) {
        Store<String> store = new Store<>("n1", Mode.VV, new Counter());
        run(store, history);
        for (String key : store.keys()) {
            List<Sibling<String>> sibs = store.read(key).siblings();
            for (Sibling<String> a : sibs) {
                for (Sibling<String> b : sibs) {
                    if (a != b) {
                        assertFalse(a.clock().descends(b.clock()), key + ": " + a + " descends " + b);
                    }
                }
            }
            assertEquals(sibs.size() > 1, store.read(key).conflict());
        }
    }

    @Property
    void lwwKeepsOneValuePerKeyAndReportsExactlyTheSilentLosses(@ForAll("histories") List<Action> history) {
        Store<String> store = new Store<>("n1", Mode.LWW, new Counter());
        List<Acked> acked = run(store, history);

        // The model: on one node, each write replaces the key's previous write; that one is lost
        // unless the replacing write's clock descends its clock.
        Map<String, Acked> last = new HashMap<>();
        Set<Dot> expectedLost = new HashSet<>();
        for (Acked w : acked) {
            Acked previous = last.put(w.key(), w);
            if (previous != null
                    && !w.sibling().clock().descends(previous.sibling().clock())) {
                expectedLost.add(previous.sibling().dot());
            }
        }
        for (String key : last.keySet()) {
            List<Sibling<String>> stored = store.read(key).siblings();
            assertEquals(1, stored.size());
            assertEquals(last.get(key).sibling().dot(), stored.get(0).dot());
        }
        Set<Dot> reported = new HashSet<>();
        for (Loss<String> l : store.losses()) {
            assertTrue(reported.add(l.lost().dot()), "a write is reported lost once");
            assertFalse(l.by().clock().descends(l.lost().clock()));
        }
        assertEquals(expectedLost, reported);

        // and, said the other way: every acknowledged write is stored, causally superseded, or lost
        for (Acked w : acked) {
            boolean stored = store.read(w.key())
                    .siblings()
                    .get(0)
                    .dot()
                    .equals(w.sibling().dot());
            assertTrue(stored ^ (reported.contains(w.sibling().dot()) || supersededInModel(acked, w)));
        }
    }

    private static boolean supersededInModel(List<Acked> acked, Acked w) {
        boolean after = false;
        for (Acked x : acked) {
            if (x == w) {
                after = true;
            } else if (after && x.key().equals(w.key())) {
                return x.sibling().clock().descends(w.sibling().clock());
            }
        }
        return false;
    }

    /** A clock that ticks once per read. */
    static final class Counter implements TimeSource {
        private long t;

        @Override
        public long now() {
            return ++t;
        }
    }
}
