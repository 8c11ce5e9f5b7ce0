package io.conflictexplorer.core.cluster;

import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.MergeResult;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.core.store.StoreEvent;
import io.conflictexplorer.core.store.TimeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One node of a cluster: a {@link Store} of its own, stamping last-writer-wins timestamps with its
 * own clock, which may run {@code skew} ahead of (or, negative, behind) true time.
 *
 * <p>Anti-entropy: {@link #state()} is everything the replica stores, and {@link #receive} merges
 * another replica's state value by value with {@link Store#merge}. Because each merge is
 * commutative, associative and idempotent, gossip that is delayed, duplicated, reordered or
 * repeated changes nothing beyond what one delivery of each message changes, and replicas that
 * have received each other's state hold the same values.
 */
public final class Replica<V> {

    private final String id;
    private final long skew;
    private final Store<V> store;

    /**
     * @param trueTime the cluster's true time; this replica reads it plus {@code skew}
     */
    public Replica(
            String id, Mode mode, ClockScheme scheme, TimeSource trueTime, long skew, Comparator<? super V> tieBreak) {
        this.id = Objects.requireNonNull(id, "id");
        this.skew = skew;
        Objects.requireNonNull(trueTime, "trueTime");
        this.store = new Store<>(id, mode, () -> trueTime.now() + skew, tieBreak, scheme);
    }

    public String id() {
        return id;
    }

    public long skew() {
        return skew;
    }

    public Store<V> store() {
        return store;
    }

    /** Everything this replica stores, key by key, as gossip sends it. */
    public List<Replicated<V>> state() {
        List<Replicated<V>> out = new ArrayList<>();
        for (Map.Entry<String, List<Sibling<V>>> e : store.snapshot().entrySet()) {
            for (Sibling<V> s : e.getValue()) {
                out.add(new Replicated<>(e.getKey(), s));
            }
        }
        return out;
    }

    /** Merges another replica's values; returns the store's events, in order. */
    public List<StoreEvent<V>> receive(List<Replicated<V>> values) {
        List<StoreEvent<V>> events = new ArrayList<>();
        for (Replicated<V> r : values) {
            MergeResult<V> m = store.merge(r.key(), r.sibling());
            events.addAll(m.events());
        }
        return events;
    }
}
