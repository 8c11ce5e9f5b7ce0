package io.conflictexplorer.core.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Riak's pruning rule as {@code vclock.erl}'s EUnit tests state it (basho/riak_core, src/vclock.erl:
 * prune_small_test, prune_young_test, prune_big_test, prune_old_test, prune_order_test), and
 * Dynamo's threshold (DeCandia et al. 2007, section 4.4: "when the number of (node, counter) pairs
 * in the vector clock reaches a threshold (say 10), the oldest pair is removed from the clock").
 */
class VclockPruningTest {

    private static final long NOW = 1_000_000;

    private static VersionVector vc(long c1, long c2, long c3) {
        return VersionVector.builder().put("1", c1).put("2", c2).put("3", c3).build();
    }

    /** Entry times: actor "1" at t1, the others at t23. */
    private static VclockPruning.EntryTimes times(long t1, long t23) {
        return (actor, counter) -> actor.equals("1") ? t1 : t23;
    }

    @Test
    void aClockNoLargerThanSmallIsUntouched() { // prune_small_test
        long old = NOW - 32_000_000;
        assertEquals(vc(1, 2, 3), new VclockPruning(4, 4, 0, Long.MAX_VALUE).prune(vc(1, 2, 3), times(old, old), NOW));
    }

    @Test
    void aClockWhoseEntriesAreAllYoungIsUntouched() { // prune_young_test
        long fresh = NOW - 1;
        assertEquals(vc(1, 2, 3), new VclockPruning(1, 1, 1000, 1000).prune(vc(1, 2, 3), times(fresh, fresh), NOW));
    }

    @Test
    void aClockIsPrunedDownToBig() { // prune_big_test
        long t = NOW - 1000;
        assertEquals(
                2,
                new VclockPruning(1, 2, 1, 100_000)
                        .prune(vc(1, 2, 3), times(t, t), NOW)
                        .size());
    }

    @Test
    void entriesOlderThanOldGoEvenBelowBig() { // prune_old_test
        VersionVector pruned =
                new VclockPruning(1, 2, 1, 10_000).prune(vc(1, 2, 3), times(NOW - 1000, NOW - 100_000), NOW);
        assertEquals(Map.of("1", 1L), pruned.toMap());
    }

    @Test
    void equalTimesPruneByActorWhateverTheOrder() { // prune_order_test
        VersionVector a = VersionVector.builder().put("1", 1).put("2", 2).build();
        VersionVector b = VersionVector.builder().put("2", 2).put("1", 1).build();
        VclockPruning p = new VclockPruning(1, 2, 1, 10_000);
        VclockPruning.EntryTimes old = (actor, counter) -> NOW - 100_000;
        assertEquals(p.prune(a, old, NOW), p.prune(b, old, NOW));
        assertEquals(Map.of("2", 2L), p.prune(a, old, NOW).toMap());
    }

    @Test
    void dynamoDropsTheOldestPairPastItsThreshold() {
        VersionVector.Builder b = VersionVector.builder();
        for (int i = 1; i <= 11; i++) {
            b.put("c" + i, 1);
        }
        VclockPruning.EntryTimes issued = (actor, counter) -> Long.parseLong(actor.substring(1));
        VersionVector pruned = VclockPruning.dynamo(10).prune(b.build(), issued, 100);
        assertEquals(10, pruned.size());
        assertEquals(0, pruned.get("c1"), "the oldest pair goes");
        assertEquals("dynamo 10", VclockPruning.dynamo(10).toString());
    }

    @Test
    void refusesSettingsThatCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> new VclockPruning(0, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new VclockPruning(3, 2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new VclockPruning(1, 1, 5, 4));
    }
}
