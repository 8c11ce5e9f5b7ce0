package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SnapshotMapTest {

    @Test
    void everyVersionEqualsATreeMapBuiltTheSameWayAndEarlierVersionsStayAsTheyWere() {
        SplittableRandom random = new SplittableRandom(7);
        SnapshotMap<Integer> map = SnapshotMap.empty();
        TreeMap<String, Integer> expected = new TreeMap<>();
        List<SnapshotMap<Integer>> versions = new ArrayList<>();
        List<TreeMap<String, Integer>> copies = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String key = "k" + random.nextInt(300);
            map = map.with(key, i);
            expected.put(key, i);
            if (i % 97 == 0) {
                versions.add(map);
                copies.add(new TreeMap<>(expected));
            }
        }
        assertEquals(expected, map);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()), "keys ascending");
        assertEquals(expected.firstKey(), map.firstKey());
        assertEquals(expected.lastKey(), map.lastKey());
        assertEquals(expected.headMap("k5"), map.headMap("k5"));
        for (int v = 0; v < versions.size(); v++) {
            assertEquals(copies.get(v), versions.get(v), "version " + v + " unchanged by later puts");
        }
    }

    @Test
    void getAnswersByKeyAndTheMapCannotBeChangedInPlace() {
        SnapshotMap<String> map = SnapshotMap.<String>empty().with("b", "2").with("a", "1");
        assertEquals("1", map.get("a"));
        assertNull(map.get("c"));
        assertFalse(map.containsKey(3));
        assertEquals(Map.of("a", "1", "b", "2"), map);
        assertThrows(UnsupportedOperationException.class, () -> map.put("c", "3"));
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().clear());
    }
}
