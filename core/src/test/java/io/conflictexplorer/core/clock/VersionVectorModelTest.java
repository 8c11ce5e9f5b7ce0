package io.conflictexplorer.core.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The sorted-array representation against the obvious model, a LinkedHashMap, on random vectors of
 * 0 to 40 actors (so across the one-entry form, the linear lookups and the binary search), for every
 * public operation, display order included.
 */
class VersionVectorModelTest {

    private final Random rnd = new Random(11);

    private Map<String, Long> randomModel() {
        Map<String, Long> m = new LinkedHashMap<>();
        int n = rnd.nextInt(4) == 0 ? rnd.nextInt(2) : rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
            m.put("a" + rnd.nextInt(60), 1L + rnd.nextInt(5));
        }
        return m;
    }

    private static Causality compare(Map<String, Long> a, Map<String, Long> b) {
        boolean greater = false;
        boolean less = false;
        for (Map.Entry<String, Long> e : a.entrySet()) {
            long theirs = b.getOrDefault(e.getKey(), 0L);
            greater |= e.getValue() > theirs;
            less |= e.getValue() < theirs;
        }
        for (Map.Entry<String, Long> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                less = true;
            }
        }
        return greater ? (less ? Causality.CONCURRENT : Causality.AFTER) : (less ? Causality.BEFORE : Causality.EQUAL);
    }

    @Test
    void behavesLikeAnOrderedMap() {
        for (int round = 0; round < 5_000; round++) {
            Map<String, Long> ma = randomModel();
            Map<String, Long> mb = rnd.nextBoolean() ? randomModel() : new LinkedHashMap<>(ma);
            if (rnd.nextBoolean() && !mb.isEmpty()) { // nudge one counter so that near-equal pairs occur
                String k = new ArrayList<>(mb.keySet()).get(rnd.nextInt(mb.size()));
                mb.put(k, mb.get(k) + (rnd.nextBoolean() ? 1 : 0));
            }
            VersionVector a = VersionVector.of(ma);
            VersionVector b = VersionVector.of(mb);
            assertEquals(ma, a.toMap());
            assertEquals(List.copyOf(ma.keySet()), List.copyOf(a.toMap().keySet()), "display order");
            assertEquals(ma.size(), a.size());
            for (int i = 0; i < 60; i++) {
                assertEquals(ma.getOrDefault("a" + i, 0L), a.get("a" + i));
            }
            Causality c = compare(ma, mb);
            assertEquals(c, a.compare(b), ma + " vs " + mb);
            assertEquals(c == Causality.AFTER || c == Causality.EQUAL, a.descends(b), ma + " descends " + mb);
            assertEquals(c == Causality.EQUAL, a.equals(b));
            if (c == Causality.EQUAL) {
                assertEquals(a.hashCode(), b.hashCode());
            }
            Map<String, Long> merged = new LinkedHashMap<>(ma);
            mb.forEach((k, v) -> merged.merge(k, v, Math::max));
            VersionVector m = a.merge(b);
            assertEquals(merged, m.toMap());
            assertEquals(List.copyOf(merged.keySet()), List.copyOf(m.toMap().keySet()), "merge order");
            String actor = "a" + rnd.nextInt(70);
            long counter = 1 + rnd.nextInt(9);
            Map<String, Long> with = new LinkedHashMap<>(ma);
            with.put(actor, counter);
            VersionVector w = a.with(actor, counter);
            assertEquals(with, w.toMap());
            assertEquals(List.copyOf(with.keySet()), List.copyOf(w.toMap().keySet()), "with order");
            // the display form: the model's entries in natural actor order (a2 before a10)
            Map<String, Long> shown = new TreeMap<>(ActorOrder::compare);
            shown.putAll(with);
            assertEquals(w.toString(), shown.toString().replace("=", ": "));
        }
    }
}
