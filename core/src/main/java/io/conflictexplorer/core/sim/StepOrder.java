package io.conflictexplorer.core.sim;

/**
 * Where a {@link Step} stands in the simulator's order: by {@code time}; at equal times gossip
 * arrivals first, in the order they arrived ({@code rank} 0, 1, ...), then client operations in
 * scenario order ({@code rank} is the operation's index in the scenario).
 *
 * <p>The simulator stamps it on each step as it applies it, so this is the one statement of the
 * order outside the simulator's queue. A client operation has the same key in both modes; an
 * arrival's key counts arrivals at its time, so the two traces (which may gossip differently) can
 * be lined up by comparing keys.
 */
public record StepOrder(long time, boolean arrival, int rank) implements Comparable<StepOrder> {

    @Override
    public int compareTo(StepOrder o) {
        if (time != o.time) {
            return Long.compare(time, o.time);
        }
        if (arrival != o.arrival) {
            return arrival ? -1 : 1;
        }
        return Integer.compare(rank, o.rank);
    }
}
