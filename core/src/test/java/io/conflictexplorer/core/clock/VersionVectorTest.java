package io.conflictexplorer.core.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionVectorTest {

    private static VersionVector vv(Object... pairs) {
        VersionVector.Builder b = VersionVector.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return b.build();
    }

    @Test
    void compareGivesAllFourRelations() {
        assertEquals(Causality.EQUAL, vv("a", 1, "b", 2).compare(vv("b", 2, "a", 1)));
        assertEquals(Causality.AFTER, vv("a", 2, "b", 1).compare(vv("a", 1)));
        assertEquals(Causality.BEFORE, vv("a", 1).compare(vv("a", 1, "b", 1)));
        assertEquals(Causality.CONCURRENT, vv("a", 1).compare(vv("b", 1)));
        assertEquals(Causality.CONCURRENT, vv("a", 2, "b", 1).compare(vv("a", 1, "b", 2)));
        assertEquals(Causality.EQUAL, VersionVector.empty().compare(VersionVector.empty()));
        assertEquals(Causality.BEFORE, VersionVector.empty().compare(vv("a", 1)));
    }

    @Test
    void descendsMeansEveryEntryAtLeastTheOthers() {
        assertTrue(vv("a", 2, "b", 1).descends(vv("a", 2)));
        assertTrue(vv("a", 1).descends(VersionVector.empty()));
        assertTrue(vv("a", 1).descends(vv("a", 1)));
        assertFalse(vv("a", 1).descends(vv("a", 1, "b", 1)));
        assertFalse(vv("a", 3).descends(vv("b", 1)));
        assertTrue(vv("a", 1).concurrentWith(vv("b", 1)));
        assertFalse(vv("a", 2).concurrentWith(vv("a", 1)));
    }

    @Test
    void mergeIsPointwiseMaximumInDisplayOrder() {
        VersionVector m = vv("c2", 1, "c1", 3).merge(vv("c1", 2, "c3", 4));
        assertEquals(List.of("c2", "c1", "c3"), List.copyOf(m.toMap().keySet()));
        assertEquals(vv("c1", 3, "c2", 1, "c3", 4), m);
        assertEquals(List.of("c2", "c1", "c3"), List.of(m.actorAt(0), m.actorAt(1), m.actorAt(2)));
        assertEquals("{c1: 3, c2: 1, c3: 4}", m.toString(), "people read the actors in order");
    }

    /** Two clocks side by side read alike, however their entries arrived: c2 before c10. */
    @Test
    void theDisplayFormListsActorsInNaturalOrder() {
        assertEquals("{c1: 1, c2: 1}", vv("c2", 1, "c1", 1).toString());
        assertEquals("{c2: 1, c10: 2, n1: 4}", vv("n1", 4, "c10", 2, "c2", 1).toString());
        assertEquals("{a: 1, a1: 1, a01x: 1}", vv("a01x", 1, "a1", 1, "a", 1).toString());
        assertEquals("{}", VersionVector.empty().toString());
        assertEquals("{c1: 5}", vv("c1", 5).toString());
    }

    @Test
    void mergeReturnsThisWhenNothingIsNew() {
        VersionVector a = vv("a", 3, "b", 2);
        assertSame(a, a.merge(vv("a", 1)));
        assertSame(a, a.merge(VersionVector.empty()));
    }

    @Test
    void equalityAndHashIgnoreOrder() {
        VersionVector a = vv("x", 1, "y", 2);
        VersionVector b = vv("y", 2, "x", 1);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, vv("x", 1, "y", 3));
        assertNotEquals(a, vv("x", 1));
    }

    @Test
    void withAppendsNewActorsAndKeepsPositionOfOldOnes() {
        VersionVector v = vv("c2", 1).with("c1", 1).with("c2", 5);
        assertEquals(List.of("c2", "c1"), List.copyOf(v.toMap().keySet()));
        assertEquals(5, v.get("c2"));
        assertEquals(0, v.get("nobody"));
        assertEquals(6, v.increment("c2").get("c2"));
    }

    @Test
    void rejectsCountersBelowOneAndNullActors() {
        assertThrows(IllegalArgumentException.class, () -> VersionVector.of("a", 0));
        assertThrows(IllegalArgumentException.class, () -> VersionVector.of("a", -4));
        Map<String, Long> withNull = new LinkedHashMap<>();
        withNull.put(null, 1L);
        assertThrows(IllegalArgumentException.class, () -> VersionVector.of(withNull));
    }

    @Test
    void largeVectorsUseTheSortedIndexAndAgreeWithSmallOnes() {
        VersionVector.Builder big = VersionVector.builder();
        VersionVector.Builder bigger = VersionVector.builder();
        for (int i = 30; i > 0; i--) { // inserted in reverse order on purpose
            big.put("n" + i, i);
            bigger.put("n" + i, i + (i == 17 ? 1 : 0));
        }
        VersionVector a = big.build();
        VersionVector b = bigger.build();
        assertEquals(17, a.get("n17"));
        assertEquals(0, a.get("n31"));
        assertEquals(Causality.BEFORE, a.compare(b));
        assertEquals(Causality.AFTER, b.compare(a));
        assertTrue(b.descends(a));
        assertEquals(b, a.merge(b));
        assertEquals(Causality.CONCURRENT, a.with("z", 1).compare(b));
    }
}
