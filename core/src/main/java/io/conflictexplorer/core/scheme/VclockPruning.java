package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a store bounds its version vectors by dropping old entries, as Riak's {@code vclock:prune/3}
 * with the bucket properties {@code small_vclock}, {@code big_vclock}, {@code young_vclock} and
 * {@code old_vclock} (times here in ticks), and Dynamo's "when the number of (node, counter) pairs
 * reaches a threshold (say 10), the oldest pair is removed" ({@link #dynamo}).
 *
 * <p>Rule ({@link #prune}): entries are taken oldest first (by the time their counter was issued,
 * then by actor). A clock of at most {@code small} entries is kept whole; so is one whose oldest
 * entry is younger than {@code young}. Otherwise its oldest entry goes while the clock has more than
 * {@code big} entries or that entry is older than {@code old}, and the rule is applied again.
 *
 * <p>What it breaks: a pruned clock has forgotten events, so it no longer descends a value it did
 * see (a false sibling), and a counter it forgot can be issued again to a later write, whose clock
 * then seems to descend a value it never saw (a lost write).
 */
public record VclockPruning(int small, int big, long young, long old) {

    public VclockPruning {
        if (small < 1 || big < small) {
            throw new IllegalArgumentException("pruning needs 1 <= small <= big, was small " + small + ", big " + big);
        }
        if (young < 0 || old < young) {
            throw new IllegalArgumentException("pruning needs 0 <= young <= old, was young " + young + ", old " + old);
        }
    }

    /** Dynamo's rule: at most {@code threshold} entries, the oldest going first, whatever their age. */
    public static VclockPruning dynamo(int threshold) {
        return new VclockPruning(threshold, threshold, 0, Long.MAX_VALUE);
    }

    /** When each entry's counter was issued. */
    @FunctionalInterface
    public interface EntryTimes {
        long time(String actor, long counter);
    }

    /** {@code clock} pruned at time {@code now}; the same clock when nothing goes. */
    public VersionVector prune(VersionVector clock, EntryTimes times, long now) {
        if (clock.size() <= small) {
            return clock;
        }
        List<Map.Entry<String, Long>> oldestFirst =
                new ArrayList<>(clock.toMap().entrySet());
        oldestFirst.sort(Comparator.comparingLong((Map.Entry<String, Long> e) -> times.time(e.getKey(), e.getValue()))
                .thenComparing(Map.Entry::getKey));
        int drop = 0;
        while (oldestFirst.size() - drop > small) {
            Map.Entry<String, Long> head = oldestFirst.get(drop);
            long age = now - times.time(head.getKey(), head.getValue());
            if (age < young || !(oldestFirst.size() - drop > big || age > old)) {
                break;
            }
            drop++;
        }
        if (drop == 0) {
            return clock;
        }
        VersionVector.Builder b = VersionVector.builder();
        for (int i = 0; i < clock.size(); i++) { // keep the display order of what stays
            String actor = clock.actorAt(i);
            boolean dropped = false;
            for (int d = 0; d < drop; d++) {
                dropped |= oldestFirst.get(d).getKey().equals(actor);
            }
            if (!dropped) {
                b.put(actor, clock.counterAt(i));
            }
        }
        return b.build();
    }

    /** {@code small 10, big 10, young 0, old 86400}; Dynamo's as {@code dynamo 10}. */
    @Override
    public String toString() {
        if (young == 0 && old == Long.MAX_VALUE && small == big) {
            return "dynamo " + small;
        }
        return "small " + small + ", big " + big + ", young " + young + ", old " + old;
    }
}
