package io.conflictexplorer.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of {@code dvvset.erl}'s EUnit tests (github.com/ricardobcl/Dotted-Version-Vectors,
 * src/dvvset.erl: join_test, update_test, sync_test, sync_update_test, less_test, equal_test,
 * size_test, ids_values_test), each assertion as there, and the README's figures.
 */
class DvvSetTest {

    /** {@code {I, N, [values]}}. */
    private static DvvSet.Entry<String> e(String id, long n, String... values) {
        return new DvvSet.Entry<>(id, n, List.of(values));
    }

    @SafeVarargs
    private static DvvSet<String> set(List<String> anonymous, DvvSet.Entry<String>... entries) {
        return new DvvSet<>(List.of(entries), anonymous);
    }

    private static VersionVector vv(Object... pairs) {
        VersionVector.Builder b = VersionVector.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return b.build();
    }

    /** {@code new_list(VV, [V])}. */
    private static DvvSet<String> fresh(VersionVector context, String v) {
        return DvvSet.of(context, v);
    }

    @Test
    void joinTest() {
        DvvSet<String> a = DvvSet.of("v1");
        DvvSet<String> a1 = a.update("a");
        DvvSet<String> b = fresh(a1.join(), "v2");
        DvvSet<String> b1 = b.update(a1, "b");
        assertEquals(VersionVector.empty(), a.join());
        assertEquals(vv("a", 1), a1.join());
        assertEquals(vv("a", 1, "b", 1), b1.join());
    }

    @Test
    void updateTest() {
        DvvSet<String> a0 = DvvSet.of("v1").update("a");
        DvvSet<String> a1 = fresh(a0.join(), "v2").update(a0, "a");
        DvvSet<String> a2 = fresh(a1.join(), "v3").update(a1, "b");
        DvvSet<String> a3 = fresh(a0.join(), "v4").update(a1, "b");
        DvvSet<String> a4 = fresh(a0.join(), "v5").update(a1, "a");
        assertEquals(set(List.of(), e("a", 1, "v1")), a0);
        assertEquals(set(List.of(), e("a", 2, "v2")), a1);
        assertEquals(set(List.of(), e("a", 2), e("b", 1, "v3")), a2);
        assertEquals(set(List.of(), e("a", 2, "v2"), e("b", 1, "v4")), a3);
        assertEquals(set(List.of(), e("a", 3, "v5", "v2")), a4);
    }

    @Test
    void syncTest() {
        DvvSet<String> x = set(List.of(), e("x", 1));
        DvvSet<String> a = DvvSet.of("v1").update("a");
        DvvSet<String> y = DvvSet.of("v2").update("b");
        DvvSet<String> a1 = fresh(a.join(), "v2").update("a");
        DvvSet<String> a3 = fresh(a1.join(), "v3").update("b");
        DvvSet<String> a4 = fresh(a1.join(), "v3").update("c");
        DvvSet<String> w = set(List.of(), e("a", 1));
        DvvSet<String> z = set(List.of(), e("a", 2, "v2", "v1"));
        assertEquals(set(List.of(), e("a", 2, "v2")), DvvSet.sync(w, z));
        assertEquals(DvvSet.sync(w, z), DvvSet.sync(z, w));
        assertEquals(DvvSet.sync(a, a1), DvvSet.sync(a1, a));
        assertEquals(DvvSet.sync(a4, a3), DvvSet.sync(a3, a4));
        assertEquals(set(List.of(), e("a", 2), e("b", 1, "v3"), e("c", 1, "v3")), DvvSet.sync(a4, a3));
        assertEquals(set(List.of(), e("a", 1, "v1"), e("x", 1)), DvvSet.sync(x, a));
        assertEquals(DvvSet.sync(x, a), DvvSet.sync(a, x));
        assertEquals(set(List.of(), e("a", 1, "v1"), e("b", 1, "v2")), DvvSet.sync(a, y));
        assertEquals(DvvSet.sync(y, a), DvvSet.sync(a, y));
    }

    @Test
    void syncUpdateTest() {
        DvvSet<String> a0 = DvvSet.of("v1").update("a"); // Mary writes v1 w/o VV
        VersionVector vv1 = a0.join(); // Peter reads v1 with version vector (VV)
        DvvSet<String> a1 = DvvSet.of("v2").update(a0, "a"); // Mary writes v2 w/o VV
        DvvSet<String> a2 = fresh(vv1, "v3").update(a1, "a"); // Peter writes v3 with VV from v1
        assertEquals(vv("a", 1), vv1);
        assertEquals(set(List.of(), e("a", 1, "v1")), a0);
        assertEquals(set(List.of(), e("a", 2, "v2", "v1")), a1);
        // now A2 should only have v2 and v3, since v3 was causally newer than v1
        assertEquals(set(List.of(), e("a", 3, "v3", "v2")), a2);
    }

    @Test
    void lessTest() {
        DvvSet<String> a = DvvSet.of("v1").update("a");
        DvvSet<String> b = fresh(a.join(), "v2").update("a");
        DvvSet<String> b2 = fresh(a.join(), "v2").update("b");
        DvvSet<String> b3 = fresh(a.join(), "v2").update("z");
        DvvSet<String> c = fresh(b.join(), "v3").update(a, "c");
        DvvSet<String> d = fresh(c.join(), "v4").update(b2, "d");
        assertTrue(a.less(b));
        assertTrue(a.less(c));
        assertTrue(b.less(c));
        assertTrue(b.less(d));
        assertTrue(b2.less(d));
        assertTrue(a.less(d));
        assertFalse(b2.less(c));
        assertFalse(b.less(b2));
        assertFalse(b2.less(b));
        assertFalse(a.less(a));
        assertFalse(c.less(c));
        assertFalse(d.less(b2));
        assertFalse(b3.less(d));
    }

    @Test
    void equalTest() {
        DvvSet<String> a = set(List.of("v0"), e("a", 4, "v5", "v0"), e("b", 0), e("c", 1, "v3"));
        DvvSet<String> b = set(List.of(), e("a", 4, "v555", "v0"), e("b", 0), e("c", 1, "v3"));
        DvvSet<String> c = set(List.of("v6", "v1"), e("a", 4, "v5", "v0"), e("b", 0));
        // compare only the causal history
        assertTrue(a.equalHistory(b));
        assertTrue(b.equalHistory(a));
        assertFalse(a.equalHistory(c));
        assertFalse(b.equalHistory(c));
    }

    @Test
    void sizeAndIdsValuesTest() {
        assertEquals(1, DvvSet.of("v1").size());
        assertEquals(
                5,
                set(List.of("v4", "v1"), e("a", 4, "v5", "v0"), e("b", 0), e("c", 1, "v3"))
                        .size());
        DvvSet<String> a = set(List.of("v1"), e("a", 4, "v0", "v5"), e("b", 0), e("c", 1, "v3"));
        DvvSet<String> c = set(List.of("v1", "v6"), e("a", 4), e("b", 0));
        assertEquals(List.of("a", "b", "c"), a.ids());
        assertEquals(List.of("a", "b"), c.ids());
        assertEquals(
                List.of("v0", "v1", "v3", "v5"), a.values().stream().sorted().toList());
        assertEquals(List.of("v1", "v6"), c.values().stream().sorted().toList());
    }

    /**
     * The README's figures DVVSet1 (false conflict) and DVVSet3 (scenario 2, the first five writes):
     * {@code (A,1,v1)}, {@code (A,2,[v2,v1])}, {@code (A,3,[v3,v2])}, {@code (A,4,[v4,v3])},
     * {@code (A,5,[v5,v4])}; each client writes with the context of its own last read.
     */
    @Test
    void readmeFiguresStepByStep() {
        DvvSet<String> s = DvvSet.of(VersionVector.empty(), "v1").update(DvvSet.empty(), "A");
        assertEquals("(A,1,[v1])", s.toString());
        VersionVector c1 = s.join(); // C1 reads (A,1)
        s = DvvSet.of(VersionVector.empty(), "v2").update(s, "A");
        assertEquals("(A,2,[v2,v1])", s.toString());
        VersionVector c2 = s.join(); // C2 reads {v1,v2} (A,2)
        s = DvvSet.of(c1, "v3").update(s, "A");
        assertEquals("(A,3,[v3,v2])", s.toString());
        c1 = s.join();
        s = DvvSet.of(c2, "v4").update(s, "A");
        assertEquals("(A,4,[v4,v3])", s.toString());
        s = DvvSet.of(c1, "v5").update(s, "A");
        assertEquals("(A,5,[v5,v4])", s.toString());
        assertEquals(Map.of("A", 5L), s.join().toMap());
    }
}
