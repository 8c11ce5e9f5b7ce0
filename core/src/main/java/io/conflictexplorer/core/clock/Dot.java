package io.conflictexplorer.core.clock;

import java.util.Objects;

/**
 * The identity of one accepted write: the node that accepted it and that node's sequence number
 * for it. Two siblings with the same dot are the same write, wherever they were copied to.
 */
public record Dot(String node, long counter) {

    public Dot {
        Objects.requireNonNull(node, "node");
        if (counter < 1) {
            throw new IllegalArgumentException("dot counter must be at least 1, was " + counter);
        }
    }

    @Override
    public String toString() {
        return node + ":" + counter;
    }
}
