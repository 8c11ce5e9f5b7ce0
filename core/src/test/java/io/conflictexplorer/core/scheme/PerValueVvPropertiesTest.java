package io.conflictexplorer.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Per-value version vectors ({@code server-vv}) against a model: after any sequence of writes at
 * one replica, the values kept are exactly the writes whose clock no other write's clock strictly
 * descends (a later one retires it; an earlier one still stored makes it be dropped at once); and {@link PerValueVv#sync} of states reached by writes at several replicas is
 * commutative (as sets), associative and idempotent. The worked example is the DVVSet README's
 * "Server IDs #1" figure (VV2.png).
 */
class PerValueVvPropertiesTest {

    /** A write at replica {@code at} with the context of an earlier state {@code read} (-1: none). */
    record Write(int at, int read) {}

    @Provide
    Arbitrary<List<Write>> histories() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(-1, 30))
                .as(Write::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }

    @Property(tries = 300)
    void aReplicaKeepsExactlyTheWritesNoOtherClockStrictlyDescends(@ForAll("histories") List<Write> history) {
        PerValueVv<String> s = PerValueVv.empty();
        List<PerValueVv.Versioned<String>> all = new ArrayList<>();
        List<VersionVector> seen = new ArrayList<>();
        for (Write w : history) {
            VersionVector ctx =
                    w.read() < 0 || seen.isEmpty() ? VersionVector.empty() : seen.get(w.read() % seen.size());
            VersionVector clock = PerValueVv.serverClock(ctx, "r" + w.at());
            String value = "v" + all.size();
            s = s.update(value, clock);
            all.add(new PerValueVv.Versioned<>(value, clock));
            seen.add(s.context());
        }
        List<String> model = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean superseded = false;
            for (int j = 0; j < all.size(); j++) {
                superseded |= PerValueVv.strictlyDescends(
                        all.get(j).clock(), all.get(i).clock());
            }
            if (!superseded) {
                model.add(all.get(i).value());
            }
        }
        assertEquals(model, s.valueList());
    }

    @Property(tries = 300)
    void syncIsCommutativeAssociativeAndIdempotent(@ForAll("histories") List<Write> history) {
        List<PerValueVv<String>> replicas =
                new ArrayList<>(List.of(PerValueVv.empty(), PerValueVv.empty(), PerValueVv.empty()));
        List<VersionVector> seen = new ArrayList<>();
        int n = 0;
        for (Write w : history) {
            VersionVector ctx =
                    w.read() < 0 || seen.isEmpty() ? VersionVector.empty() : seen.get(w.read() % seen.size());
            PerValueVv<String> r = replicas.get(w.at());
            r = r.update("v" + n++, PerValueVv.serverClock(ctx, "r" + w.at()));
            if (w.read() % 3 == 0) { // now and then, learn another replica's values
                r = PerValueVv.sync(r, replicas.get((w.at() + 1) % 3));
            }
            replicas.set(w.at(), r);
            seen.add(r.context());
        }
        PerValueVv<String> a = replicas.get(0);
        PerValueVv<String> b = replicas.get(1);
        PerValueVv<String> c = replicas.get(2);
        assertEquals(set(PerValueVv.sync(a, b)), set(PerValueVv.sync(b, a)));
        assertEquals(set(PerValueVv.sync(a, PerValueVv.sync(b, c))), set(PerValueVv.sync(PerValueVv.sync(a, b), c)));
        assertEquals(a, PerValueVv.sync(a, a));
    }

    private static Set<PerValueVv.Versioned<String>> set(PerValueVv<String> s) {
        return new HashSet<>(s.values());
    }

    /** VV2.png: v1 ~ (A,1); blind v2 ~ (A,1) too, both kept; v3 with v1's context (A,1) replaces both. */
    @Test
    void equalClocksMakeALaterWriteReplaceAWriteItNeverSaw() {
        PerValueVv<String> s = PerValueVv.empty();
        s = s.update("v1", PerValueVv.serverClock(VersionVector.empty(), "A"));
        VersionVector read = s.context();
        s = s.update("v2", PerValueVv.serverClock(VersionVector.empty(), "A"));
        assertEquals("v1 {A: 1}, v2 {A: 1}", s.toString());
        s = s.update("v3", PerValueVv.serverClock(read, "A"));
        assertEquals("v3 {A: 2}", s.toString(), "v2 is gone although v3's writer never saw it");
        assertEquals(1, s.clockEntries());
    }

    @Test
    void clientClockCountsOnFromTheStoredClocks() {
        PerValueVv<String> s = PerValueVv.<String>empty().update("a", VersionVector.of("c1", 1));
        assertEquals(VersionVector.of("c1", 2), s.clientClock(VersionVector.empty(), "c1"));
        assertEquals(
                VersionVector.of("c2", 1).with("c1", 1),
                s.clientClock(VersionVector.of("c1", 1), "c2").with("c1", 1));
    }
}
