package io.conflictexplorer.core.store;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.List;

/**
 * What an operation on a {@link Store} did, one fact at a time, in the order it happened. A write
 * yields {@link WriteAccepted}, then one {@link Superseded} or {@link Lost} per value it removed,
 * then {@link SiblingAdded} if its value is kept (or {@link Lost} for itself if a value with a later
 * timestamp beats it), then {@link ConflictDetected} if more than one value remains.
 */
public sealed interface StoreEvent<V> {

    /** The key the event is about. */
    String key();

    /**
     * True for the events that change what a replica stores: a value joined ({@link SiblingAdded}),
     * was superseded, or was lost. A replica whose step had none of them sends no new gossip.
     */
    default boolean changesStore() {
        return this instanceof SiblingAdded || this instanceof Superseded || this instanceof Lost;
    }

    /** The store acknowledged a write; {@code context} is the clock the client sent with it. */
    record WriteAccepted<V>(String key, Sibling<V> sibling, VersionVector context) implements StoreEvent<V> {}

    /** A value joined the key's stored values; {@code siblingCount} is how many there are now. */
    record SiblingAdded<V>(String key, Sibling<V> sibling, int siblingCount) implements StoreEvent<V> {}

    /** A value was removed because {@code by}'s clock descends its clock: nothing was lost. */
    record Superseded<V>(String key, Sibling<V> removed, Sibling<V> by) implements StoreEvent<V> {}

    /** A value was removed although {@code loss.by()} never saw it: a silent loss. */
    record Lost<V>(String key, Loss<V> loss) implements StoreEvent<V> {}

    /** More than one value of the key is stored: concurrent writes, kept as siblings. */
    record ConflictDetected<V>(String key, List<Sibling<V>> siblings) implements StoreEvent<V> {}

    /**
     * A value from another replica was merged in; {@code applied} is false when the store already
     * had it or already had a value that supersedes (or, under LWW, beats) it.
     */
    record GossipMerged<V>(String key, Sibling<V> incoming, boolean applied) implements StoreEvent<V> {}
}
