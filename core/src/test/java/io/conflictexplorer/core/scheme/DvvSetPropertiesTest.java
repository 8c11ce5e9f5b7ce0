package io.conflictexplorer.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * DVVSets against a model of dots: a replica knows a set of events per replica (its version
 * vector) and holds some values, each the value of one event (its dot). A write with context
 * {@code C} at replica {@code r} drops exactly the values whose dots {@code C} knows and adds one
 * value at the next event of {@code r}; a sync keeps every event either side knows and every value
 * that the other side holds or has not seen. Random histories of writes (with contexts read at any
 * replica, at any earlier time) and syncs over three replicas; the sets must equal the model at
 * every step, and the syncs of any two or three states reached must be commutative, associative
 * and idempotent.
 */
class DvvSetPropertiesTest {

    private static final String[] IDS = {"a", "b", "c"};

    /** kind 0: write at {@code at} with the context of read {@code read} (or none); 1: sync {@code from} into {@code at}. */
    record Action(int kind, int at, int from, int read) {}

    @Provide
    Arbitrary<List<Action>> histories() {
        Arbitrary<Action> a = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(-1, 40))
                .as((k, at, from, read) -> new Action(k == 2 ? 0 : k, at, from, read));
        return a.list().ofMinSize(1).ofMaxSize(40);
    }

    /** The model of one replica: what it knows, and the values it holds by dot. */
    record Model(VersionVector known, Map<Dot, String> values) {
        Model write(VersionVector context, String id, String value) {
            VersionVector k = known.merge(context);
            long n = k.get(id) + 1;
            Map<Dot, String> v = new HashMap<>();
            values.forEach((d, x) -> {
                if (d.counter() > context.get(d.node())) {
                    v.put(d, x);
                }
            });
            v.put(new Dot(id, n), value);
            return new Model(k.with(id, n), v);
        }

        Model sync(Model o) {
            Map<Dot, String> v = new HashMap<>();
            values.forEach((d, x) -> {
                if (o.values.containsKey(d) || d.counter() > o.known.get(d.node())) {
                    v.put(d, x);
                }
            });
            o.values.forEach((d, x) -> {
                if (values.containsKey(d) || d.counter() > known.get(d.node())) {
                    v.put(d, x);
                }
            });
            return new Model(known.merge(o.known), v);
        }
    }

    /** The values of a set by their dots: the value at position i of entry (I, N) is the event (I, N - i). */
    static Map<Dot, String> dots(DvvSet<String> s) {
        Map<Dot, String> out = new HashMap<>();
        for (DvvSet.Entry<String> e : s.entries()) {
            for (int i = 0; i < e.values().size(); i++) {
                out.put(new Dot(e.id(), e.counter() - i), e.values().get(i));
            }
        }
        assertTrue(s.anonymous().isEmpty(), "no value stays without a dot");
        return out;
    }

    /** Every state each replica went through, in order. */
    private static List<DvvSet<String>> run(List<Action> history, boolean checkModel) {
        List<DvvSet<String>> sets = new ArrayList<>(List.of(DvvSet.empty(), DvvSet.empty(), DvvSet.empty()));
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            models.add(new Model(VersionVector.empty(), Map.of()));
        }
        List<DvvSet<String>> seen = new ArrayList<>();
        int written = 0;
        for (Action a : history) {
            if (a.kind() == 0) {
                VersionVector context = a.read() < 0 || seen.isEmpty()
                        ? VersionVector.empty()
                        : seen.get(a.read() % seen.size()).join();
                String value = "v" + ++written;
                DvvSet<String> before = sets.get(a.at());
                DvvSet<String> after = DvvSet.of(context, value).update(before, IDS[a.at()]);
                // update with a read's context supersedes exactly what that read saw, and nothing else
                Map<Dot, String> kept = dots(after);
                dots(before)
                        .forEach((d, v) -> assertEquals(
                                d.counter() > context.get(d.node()), kept.containsKey(d), "value " + v + " at " + d));
                assertTrue(after.join().descends(before.join()) && after.join().descends(context));
                sets.set(a.at(), after);
                models.set(a.at(), models.get(a.at()).write(context, IDS[a.at()], value));
            } else {
                sets.set(a.at(), DvvSet.sync(sets.get(a.at()), sets.get(a.from())));
                models.set(a.at(), models.get(a.at()).sync(models.get(a.from())));
            }
            seen.add(sets.get(a.at()));
            if (checkModel) {
                for (int r = 0; r < 3; r++) {
                    assertEquals(models.get(r).known(), sets.get(r).join(), "replica " + IDS[r] + " knows");
                    assertEquals(models.get(r).values(), dots(sets.get(r)), "replica " + IDS[r] + " holds");
                }
            }
        }
        return seen;
    }

    @Property(tries = 300)
    void everyStepEqualsTheModelOfDots(@ForAll("histories") List<Action> history) {
        run(history, true);
    }

    @Property(tries = 300)
    void syncIsCommutativeAssociativeAndIdempotent(
            @ForAll("histories") List<Action> history,
            @ForAll("picks") int x,
            @ForAll("picks") int y,
            @ForAll("picks") int z) {
        List<DvvSet<String>> seen = run(history, false);
        DvvSet<String> a = seen.get(x % seen.size());
        DvvSet<String> b = seen.get(y % seen.size());
        DvvSet<String> c = seen.get(z % seen.size());
        assertEquals(DvvSet.sync(a, b), DvvSet.sync(b, a));
        assertEquals(DvvSet.sync(a, DvvSet.sync(b, c)), DvvSet.sync(DvvSet.sync(a, b), c));
        assertEquals(a, DvvSet.sync(a, a));
        assertEquals(a, DvvSet.sync(a, DvvSet.empty()));
    }

    @Property(tries = 200)
    void lessIsTheStrictOrderOfJoins(
            @ForAll("histories") List<Action> history, @ForAll("picks") int x, @ForAll("picks") int y) {
        List<DvvSet<String>> seen = run(history, false);
        DvvSet<String> a = seen.get(x % seen.size());
        DvvSet<String> b = seen.get(y % seen.size());
        assertEquals(b.join().descends(a.join()) && !a.join().equals(b.join()), a.less(b));
        assertFalse(a.less(a));
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }
}
