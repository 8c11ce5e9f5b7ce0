package io.conflictexplorer.core.store;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import java.util.Objects;

/**
 * One stored value of a key, with everything needed to decide its fate: the version vector the
 * store gave the write ({@code clock}), the client that wrote it, its last-writer-wins
 * {@code timestamp}, and the {@code dot} that identifies the write across replicas.
 *
 * @param <V> the value type (a string in the simulator, a JSON value in the protocol node)
 */
public record Sibling<V>(V value, VersionVector clock, String writer, Timestamp timestamp, Dot dot) {

    public Sibling {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(dot, "dot");
    }

    /**
     * True when this value's clock strictly descends {@code other}'s: whoever wrote this had seen
     * {@code other}, so {@code other} is obsolete. Equal clocks supersede nothing: they belong to
     * the same write (same dot) or to two concurrent writes that got the same counter.
     */
    public boolean supersedes(Sibling<?> other) {
        return clock.descends(other.clock) && !clock.equals(other.clock);
    }
}
