package io.conflictexplorer.core.clock;

import java.util.Objects;

/**
 * A last-writer-wins timestamp: a time read from some node's clock, and that node's id.
 *
 * <p>Rule: timestamps are ordered by time, and equal times by node id, so any two distinct
 * timestamps have a deterministic winner on every replica. The unit of {@code time} is the
 * caller's (microseconds since the epoch on the protocol node, ticks in the simulator).
 */
public record Timestamp(long time, String node) implements Comparable<Timestamp> {

    public Timestamp {
        Objects.requireNonNull(node, "node");
    }

    @Override
    public int compareTo(Timestamp o) {
        int c = Long.compare(time, o.time);
        return c != 0 ? c : node.compareTo(o.node);
    }
}
