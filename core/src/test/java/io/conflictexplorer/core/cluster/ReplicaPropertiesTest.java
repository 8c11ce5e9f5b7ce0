package io.conflictexplorer.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Three replicas take writes from four clients (contexts from reads at whatever replica, often
 * stale) while gossip is delayed, duplicated, reordered and dropped; at the end every replica sends
 * its state to every other.
 */
class ReplicaPropertiesTest {

    /** A write (replica, client, key, context source) or, when {@code gossip}, a send from replica to replica. */
    record Action(boolean gossip, int replica, int other, int client, int key, int context) {}

    @Provide
    Arbitrary<List<Action>> schedules() {
        Arbitrary<Action> a = Combinators.combine(
                        Arbitraries.integers().between(0, 9).map(i -> i < 3),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(-2, 40))
                .as(Action::new);
        return a.list().ofMinSize(1).ofMaxSize(50);
    }

    static final class World {
        final List<Replica<String>> replicas = new ArrayList<>();
        final List<Sibling<String>> acked = new ArrayList<>();
        final Map<Dot, String> keyOf = new HashMap<>();
        final List<List<Replicated<String>>> inFlight = new ArrayList<>(); // sent, not yet delivered
        final List<Integer> inFlightTo = new ArrayList<>();
        long t;

        World(Mode mode, ClockScheme scheme) {
            for (int i = 0; i < 3; i++) {
                replicas.add(new Replica<>("n" + i, mode, scheme, () -> ++t, (i - 1) * 5L, String::compareTo));
            }
        }

        void run(List<Action> schedule, long seed) {
            Random rnd = new Random(seed);
            List<VersionVector> seen = new ArrayList<>();
            for (Action a : schedule) {
                if (a.gossip()) {
                    if (a.replica() != a.other()) {
                        inFlight.add(replicas.get(a.replica()).state());
                        inFlightTo.add(a.other());
                    }
                } else {
                    Replica<String> r = replicas.get(a.replica());
                    String key = "k" + a.key();
                    VersionVector ctx;
                    if (a.context() == -2) {
                        ctx = VersionVector.empty();
                    } else if (a.context() == -1 || seen.isEmpty()) {
                        ctx = r.store().read(key).context();
                        seen.add(ctx);
                    } else {
                        ctx = seen.get(a.context() % seen.size());
                    }
                    Sibling<String> w = r.store()
                            .write(key, "c" + a.client(), "v" + acked.size(), ctx)
                            .written();
                    acked.add(w);
                    keyOf.put(w.dot(), key);
                }
                // the network delivers some messages now, in random order, some twice, some never
                while (!inFlight.isEmpty() && rnd.nextInt(3) == 0) {
                    int i = rnd.nextInt(inFlight.size());
                    List<Replicated<String>> msg = inFlight.remove(i);
                    int to = inFlightTo.remove(i);
                    int fate = rnd.nextInt(10);
                    if (fate == 0) {
                        continue; // dropped
                    }
                    replicas.get(to).receive(msg);
                    if (fate == 1) {
                        replicas.get(to).receive(msg); // duplicated
                    }
                }
            }
        }

        /** The network heals: two rounds of everyone-to-everyone gossip. */
        void heal() {
            for (int round = 0; round < 2; round++) {
                for (Replica<String> from : replicas) {
                    for (Replica<String> to : replicas) {
                        if (from != to) {
                            to.receive(from.state());
                        }
                    }
                }
            }
        }

        Map<String, Set<Dot>> dots(Replica<String> r) {
            Map<String, Set<Dot>> out = new TreeMap<>();
            r.store().snapshot().forEach((k, sibs) -> {
                Set<Dot> d = new HashSet<>();
                sibs.forEach(s -> d.add(s.dot()));
                out.put(k, d);
            });
            return out;
        }
    }

    @Property
    void dottedVvConvergesAndLosesNothing(@ForAll("schedules") List<Action> schedule, @ForAll long seed) {
        World w = new World(Mode.VV, ClockScheme.DOTTED);
        w.run(schedule, seed);
        w.heal();
        Map<String, Set<Dot>> first = w.dots(w.replicas.get(0));
        for (Replica<String> r : w.replicas) {
            assertEquals(first, w.dots(r), "replica " + r.id() + " converged");
            assertTrue(r.store().losses().isEmpty());
        }
        for (Sibling<String> a : w.acked) {
            List<Sibling<String>> stored =
                    w.replicas.get(0).store().read(w.keyOf.get(a.dot())).siblings();
            boolean kept = stored.stream().anyMatch(s -> s.dot().equals(a.dot()));
            boolean superseded = stored.stream().anyMatch(s -> s.supersedes(a));
            assertTrue(kept || superseded, "acknowledged write " + a + " vanished");
        }
    }

    @Property
    void lwwConvergesOnTheGreatestTimestamp(@ForAll("schedules") List<Action> schedule, @ForAll long seed) {
        World w = new World(Mode.LWW, ClockScheme.DOTTED);
        w.run(schedule, seed);
        w.heal();
        Map<String, Set<Dot>> first = w.dots(w.replicas.get(0));
        for (Replica<String> r : w.replicas) {
            assertEquals(first, w.dots(r));
        }
        Map<String, Sibling<String>> winner = new HashMap<>();
        for (Sibling<String> a : w.acked) {
            winner.merge(w.keyOf.get(a.dot()), a, (x, y) -> x.timestamp().compareTo(y.timestamp()) >= 0 ? x : y);
        }
        winner.forEach((k, s) -> assertEquals(Set.of(s.dot()), first.get(k)));
    }

    @Property
    void gossipOrderDoesNotMatter(@ForAll("schedules") List<Action> schedule) {
        World w = new World(Mode.VV, ClockScheme.DOTTED);
        w.run(schedule.stream().filter(a -> !a.gossip()).toList(), 1); // writes only, no gossip yet
        List<Replicated<String>> a = w.replicas.get(0).state();
        List<Replicated<String>> b = w.replicas.get(1).state();
        Replica<String> ab = new Replica<>("x", Mode.VV, ClockScheme.DOTTED, () -> 0, 0, String::compareTo);
        Replica<String> ba = new Replica<>("y", Mode.VV, ClockScheme.DOTTED, () -> 0, 0, String::compareTo);
        ab.receive(a);
        ab.receive(b);
        ba.receive(b);
        ba.receive(a);
        ba.receive(a); // and again: idempotent
        assertEquals(w.dots(ab), w.dots(ba));
    }

    @Test
    void naiveClientCountersLoseAWriteThatDotsKeep() {
        for (ClockScheme scheme : ClockScheme.values()) {
            long[] t = {0};
            Replica<String> n1 = new Replica<>("n1", Mode.VV, scheme, () -> ++t[0], 0, String::compareTo);
            Replica<String> n2 = new Replica<>("n2", Mode.VV, scheme, () -> ++t[0], 0, String::compareTo);
            // c1's cart lands on n1, then (n1 unreachable) its next write on n2: both get {c1: 1}
            Sibling<String> a = n1.store()
                    .write("cart", "c1", "milk", VersionVector.empty())
                    .written();
            Sibling<String> b = n2.store()
                    .write("cart", "c1", "eggs", VersionVector.empty())
                    .written();
            assertEquals(a.clock(), b.clock());
            n1.receive(n2.state());
            n2.receive(n1.state());
            List<String> v1 = n1.store().read("cart").siblings().stream()
                    .map(Sibling::value)
                    .toList();
            List<String> v2 = n2.store().read("cart").siblings().stream()
                    .map(Sibling::value)
                    .toList();
            if (scheme == ClockScheme.DOTTED) {
                assertEquals(List.of("milk", "eggs"), v1);
                assertEquals(List.of("eggs", "milk"), v2);
                assertTrue(n1.store().losses().isEmpty());
            } else {
                assertEquals(List.of("milk"), v1, "eggs silently dropped on n1");
                assertEquals(List.of("eggs"), v2, "milk silently dropped on n2: the replicas even disagree");
                assertEquals("eggs", n1.store().losses().get(0).lost().value());
                assertFalse(n2.store().losses().isEmpty());
            }
        }
    }
}
