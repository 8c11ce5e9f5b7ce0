package io.conflictexplorer.core.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The algebra the store and gossip rely on: merge is a join, compare is consistent with descends. */
class VersionVectorPropertiesTest {

    @Provide
    Arbitrary<VersionVector> vectors() {
        // a small actor alphabet makes shared actors (and so every relation) common; up to 14
        // actors also exercises the sorted index used above 8
        Arbitrary<String> actors =
                Arbitraries.of(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"));
        Arbitrary<Long> counters = Arbitraries.longs().between(1, 4);
        return Arbitraries.maps(actors, counters).ofMaxSize(14).map(VersionVector::of);
    }

    @Property
    void mergeIsCommutative(@ForAll("vectors") VersionVector a, @ForAll("vectors") VersionVector b) {
        assertEquals(a.merge(b), b.merge(a));
    }

    @Property
    void mergeIsAssociative(
            @ForAll("vectors") VersionVector a,
            @ForAll("vectors") VersionVector b,
            @ForAll("vectors") VersionVector c) {
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
    }

    @Property
    void mergeIsIdempotent(@ForAll("vectors") VersionVector a, @ForAll("vectors") VersionVector b) {
        assertEquals(a, a.merge(a));
        assertEquals(a.merge(b), a.merge(b).merge(b));
    }

    @Property
    void mergeIsTheLeastUpperBound(@ForAll("vectors") VersionVector a, @ForAll("vectors") VersionVector b) {
        VersionVector m = a.merge(b);
        assertTrue(m.descends(a) && m.descends(b));
        for (Map.Entry<String, Long> e : m.toMap().entrySet()) {
            assertEquals(Math.max(a.get(e.getKey()), b.get(e.getKey())), e.getValue());
        }
    }

    @Property
    void compareAgreesWithDescends(@ForAll("vectors") VersionVector a, @ForAll("vectors") VersionVector b) {
        Causality c = a.compare(b);
        boolean ab = a.descends(b);
        boolean ba = b.descends(a);
        Causality expected =
                ab && ba ? Causality.EQUAL : ab ? Causality.AFTER : ba ? Causality.BEFORE : Causality.CONCURRENT;
        assertEquals(expected, c);
        assertEquals(c == Causality.EQUAL, a.equals(b));
        assertEquals(mirror(c), b.compare(a));
    }

    private static Causality mirror(Causality c) {
        return switch (c) {
            case BEFORE -> Causality.AFTER;
            case AFTER -> Causality.BEFORE;
            default -> c;
        };
    }
}
