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
 * <p>A value type with record semantics (equal when every component is equal). Not a record
 * because a store holds one per stored value: the timestamp and the dot are kept as their fields
 * (time, node, sequence number) instead of two more objects, which takes 56 bytes off every
 * stored key; {@link #timestamp()} and {@link #dot()} build them on demand.
 *
 * @param <V> the value type (a string in the simulator, a JSON value in the protocol node)
 */
public final class Sibling<V> {

    private final V value;
    private final VersionVector clock;
    private final String writer;
    // the timestamp's node (a String) when its time is the whole number `time`, else the Timestamp
    // itself: one field for both keeps this object at 48 bytes instead of 56
    private final Object timeNode;
    private final long time;
    private final String dotNode;
    private final long dotCounter;

    public Sibling(V value, VersionVector clock, String writer, Timestamp timestamp, Dot dot) {
        this.value = value;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(dot, "dot");
        this.timeNode = timestamp.whole() ? timestamp.node() : timestamp;
        this.time = timestamp.time();
        this.dotNode = dot.node();
        this.dotCounter = dot.counter();
    }

    public V value() {
        return value;
    }

    public VersionVector clock() {
        return clock;
    }

    public String writer() {
        return writer;
    }

    public Timestamp timestamp() {
        return timeNode instanceof String node ? new Timestamp(time, node) : (Timestamp) timeNode;
    }

    public Dot dot() {
        return new Dot(dotNode, dotCounter);
    }

    /**
     * True when this value's clock strictly descends {@code other}'s: whoever wrote this had seen
     * {@code other}, so {@code other} is obsolete. Equal clocks supersede nothing: they belong to
     * the same write (same dot) or to two concurrent writes that got the same counter.
     */
    public boolean supersedes(Sibling<?> other) {
        return clock.descends(other.clock) && !clock.equals(other.clock);
    }

    /** Same write: the same dot. */
    boolean sameDot(Sibling<?> other) {
        return dotCounter == other.dotCounter && dotNode.equals(other.dotNode);
    }

    /** {@code timestamp().compareTo(other.timestamp())} without building either. */
    int compareTimestamp(Sibling<?> other) {
        if (timeNode instanceof String node && other.timeNode instanceof String otherNode) {
            int c = Long.compare(time, other.time);
            return c != 0 ? c : node.compareTo(otherNode);
        }
        return timestamp().compareTo(other.timestamp());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sibling<?> s
                && Objects.equals(value, s.value)
                && clock.equals(s.clock)
                && writer.equals(s.writer)
                && timestamp().equals(s.timestamp())
                && sameDot(s);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, clock, writer, timestamp(), dot());
    }

    @Override
    public String toString() {
        return "Sibling[value=" + value + ", clock=" + clock + ", writer=" + writer + ", timestamp=" + timestamp()
                + ", dot=" + dot() + "]";
    }
}
