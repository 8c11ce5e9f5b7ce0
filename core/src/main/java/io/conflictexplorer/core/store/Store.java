package io.conflictexplorer.core.store;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A key-value store of one node, in {@link Mode#LWW} or {@link Mode#VV} mode. Not thread-safe: one
 * node handles one operation at a time.
 *
 * <p>Rules:
 * <ul>
 *   <li>The clock of a write by client {@code C} to key {@code K} with context {@code X} is
 *       {@code X} with {@code C}'s entry set to one more than the highest counter {@code C} has in
 *       {@code X} or in any clock stored for {@code K}. A client's successive writes therefore get
 *       increasing counters even when it sends no context.</li>
 *   <li>Every write also gets a timestamp from this node's clock, strictly increasing in arrival
 *       order, and a {@link Dot} naming this node and its write sequence number.</li>
 *   <li>VV: the new value becomes a sibling; every stored sibling whose clock the new clock
 *       descends is superseded and removed; the others stay. Siblings keep arrival order.</li>
 *   <li>LWW: only the value with the greatest timestamp is kept (equal timestamps: the greater
 *       value by the store's tie-break order, else the value already stored).</li>
 *   <li>Whenever a value is removed in favour of one whose clock does not descend its clock, that is
 *       a silent {@link Loss}, recorded in {@link #losses()} and reported as an event.</li>
 *   <li>Changing the mode keeps everything stored and applies to later operations. Keys are
 *       independent.</li>
 * </ul>
 *
 * @param <V> the value type; the store never looks inside values
 */
public final class Store<V> {

    private final String node;
    private final TimeSource time;
    private final Comparator<? super V> tieBreak;
    private final ClockScheme scheme;
    private Mode mode;
    // a key's values: the one Sibling itself (the common case: no list object), or an immutable
    // List of two or more
    private final KeyTable<Object> data = new KeyTable<>();
    private final List<Loss<V>> losses = new ArrayList<>();
    private long lastTime = Long.MIN_VALUE;
    private long sequence;

    /**
     * @param node the id of the node that owns this store: it names the dots and breaks
     *             timestamp ties
     * @param mode the initial mode
     * @param time where last-writer-wins timestamps are read
     */
    public Store(String node, Mode mode, TimeSource time) {
        this(node, mode, time, (a, b) -> 0);
    }

    /**
     * @param tieBreak orders two values whose timestamps are equal (same time, same node), as
     *                 happens when the same timestamp is merged in twice with different values;
     *                 the greater value wins, and on a tie still the stored value stays, so every
     *                 replica picks the same winner whatever the order of arrival
     */
    public Store(String node, Mode mode, TimeSource time, Comparator<? super V> tieBreak) {
        this(node, mode, time, tieBreak, ClockScheme.DOTTED);
    }

    /** @param scheme how merges tell writes apart; see {@link ClockScheme} */
    public Store(String node, Mode mode, TimeSource time, Comparator<? super V> tieBreak, ClockScheme scheme) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.node = Objects.requireNonNull(node, "node");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.time = Objects.requireNonNull(time, "time");
        this.tieBreak = Objects.requireNonNull(tieBreak, "tieBreak");
    }

    public String node() {
        return node;
    }

    public Mode mode() {
        return mode;
    }

    public ClockScheme scheme() {
        return scheme;
    }

    /** Applies to later operations; what is stored stays as it is. */
    public void setMode(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Writes {@code value} to {@code key} on behalf of {@code writer}, who last read {@code context}.
     *
     * @param context the clock the client sent; {@link VersionVector#empty()} for a blind write
     * @throws IllegalArgumentException if the writer's counter would overflow; nothing changes then
     */
    public WriteResult<V> write(String key, String writer, V value, VersionVector context) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(context, "context");
        List<Sibling<V>> stored = stored(key);

        long top = topCounter(stored, writer, context);
        if (top == Long.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "the counter of " + writer + " for key " + key + " cannot grow past " + top);
        }
        VersionVector clock = context.with(writer, top + 1);
        Sibling<V> written = new Sibling<>(value, clock, writer, nextTimestamp(), new Dot(node, ++sequence));

        List<StoreEvent<V>> events = new ArrayList<>(4);
        events.add(new StoreEvent.WriteAccepted<>(key, written, context));
        boolean kept = apply(key, stored, written, true, events);
        return new WriteResult<>(written, kept, events);
    }

    /**
     * How many values {@code key} would have if {@code writer} wrote to it now with {@code context}
     * (1 under LWW), without changing anything: lets a caller refuse a write that would leave too
     * many siblings before it happens.
     */
    public int siblingsAfterWrite(String key, String writer, VersionVector context) {
        List<Sibling<V>> stored = stored(key);
        if (mode == Mode.LWW) {
            return 1;
        }
        long top = topCounter(stored, writer, context);
        if (top == Long.MAX_VALUE) {
            return stored.size() + 1; // write() refuses this one anyway
        }
        VersionVector clock = context.with(writer, top + 1);
        int n = 1;
        for (Sibling<V> s : stored) {
            if (!clock.descends(s.clock())) {
                n++;
            }
        }
        return n;
    }

    /**
     * The clock rule's counter: the highest count of {@code writer} in its context and in every
     * value stored for the key; the new write's clock is the context with that count plus one.
     */
    private static <V> long topCounter(List<Sibling<V>> stored, String writer, VersionVector context) {
        long top = context.get(writer);
        for (Sibling<V> s : stored) {
            top = Math.max(top, s.clock().get(writer));
        }
        return top;
    }

    /** The values stored for {@code key} now. */
    public ReadResult<V> read(String key) {
        return new ReadResult<>(key, stored(key));
    }

    /**
     * Merges a value that another replica stored (anti-entropy). A value this store already has
     * (same dot) changes nothing, so repeated or reordered gossip is harmless. VV: the value is
     * dropped if a stored clock strictly descends its clock, else it removes the stored values its
     * clock strictly descends and joins the rest. LWW: the greater timestamp wins. Both rules make
     * merging commutative, associative and idempotent.
     */
    public MergeResult<V> merge(String key, Sibling<V> incoming) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(incoming, "incoming");
        List<Sibling<V>> stored = stored(key);
        List<StoreEvent<V>> events = new ArrayList<>(3);
        for (Sibling<V> s : stored) {
            if (s.sameDot(incoming)) {
                events.add(new StoreEvent.GossipMerged<>(key, incoming, false));
                return new MergeResult<>(false, events);
            }
        }
        if (mode == Mode.VV) {
            for (Sibling<V> s : stored) {
                if (s.supersedes(incoming)) {
                    events.add(new StoreEvent.GossipMerged<>(key, incoming, false));
                    return new MergeResult<>(false, events);
                }
                if (scheme == ClockScheme.CLIENT_COUNTERS && s.clock().equals(incoming.clock())) {
                    // the naive scheme takes an equal clock for the same write: if it is another
                    // write, that write silently disappears here
                    events.add(new StoreEvent.GossipMerged<>(key, incoming, false));
                    Loss<V> loss = new Loss<>(key, incoming, s, Loss.How.SAME_CLOCK_ON_ARRIVAL);
                    losses.add(loss);
                    events.add(new StoreEvent.Lost<>(key, loss));
                    return new MergeResult<>(false, events);
                }
            }
        }
        if (mode == Mode.LWW && stored.size() == 1 && !beats(incoming, stored.get(0))) {
            // the stored value beats it: this replica keeps what it has
            events.add(new StoreEvent.GossipMerged<>(key, incoming, false));
            return new MergeResult<>(false, events);
        }
        events.add(new StoreEvent.GossipMerged<>(key, incoming, true));
        boolean kept = apply(key, stored, incoming, false, events);
        return new MergeResult<>(kept, events);
    }

    /** Every silent loss so far, in the order they happened. */
    public List<Loss<V>> losses() {
        return Collections.unmodifiableList(losses);
    }

    /** The keys with at least one stored value. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(data.keys());
    }

    /** Every key's stored values now, sorted by key: an immutable copy for display and checks. */
    public SortedMap<String, List<Sibling<V>>> snapshot() {
        SortedMap<String, List<Sibling<V>>> copy = new TreeMap<>();
        for (String key : data.keys()) {
            copy.put(key, stored(key));
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /** The values stored for {@code key}, in arrival order; none for a key never written. */
    @SuppressWarnings("unchecked")
    private List<Sibling<V>> stored(String key) {
        Object at = data.get(key);
        if (at == null) {
            return List.of();
        }
        return at instanceof Sibling<?> one ? List.of((Sibling<V>) one) : (List<Sibling<V>>) at;
    }

    /** How many keys have a stored value. */
    public int size() {
        return data.size();
    }

    /**
     * Adds {@code added} to {@code key}'s values by the current mode's rule; false if it was beaten.
     * A beaten local write is a loss here; a beaten gossiped value is only not adopted, since the
     * replica that accepted it accounts for it.
     */
    private boolean apply(
            String key, List<Sibling<V>> stored, Sibling<V> added, boolean local, List<StoreEvent<V>> events) {
        List<Sibling<V>> next;
        boolean kept = true;
        if (mode == Mode.VV) {
            next = new ArrayList<>(stored.size() + 1);
            for (Sibling<V> s : stored) {
                if (added.supersedes(s)) {
                    events.add(new StoreEvent.Superseded<>(key, s, added));
                } else {
                    next.add(s);
                }
            }
            next.add(added);
        } else {
            Sibling<V> winner = added;
            for (Sibling<V> s : stored) {
                if (!beats(winner, s)) {
                    winner = s;
                }
            }
            for (Sibling<V> s : stored) {
                if (s != winner) {
                    remove(key, s, winner, Loss.How.OVERWRITTEN, events);
                }
            }
            if (winner != added) {
                kept = false;
                if (local) {
                    remove(key, added, winner, Loss.How.BEATEN_ON_ARRIVAL, events);
                }
            }
            next = List.of(winner);
        }
        List<Sibling<V>> frozen = List.copyOf(next);
        data.put(key, frozen.size() == 1 ? frozen.get(0) : frozen);
        if (kept) {
            events.add(new StoreEvent.SiblingAdded<>(key, added, frozen.size()));
        }
        if (frozen.size() > 1) {
            events.add(new StoreEvent.ConflictDetected<>(key, frozen));
        }
        return kept;
    }

    /** Last-writer-wins: does {@code a} win against the stored {@code b}? Greater timestamp, then value. */
    private boolean beats(Sibling<V> a, Sibling<V> b) {
        int c = a.compareTimestamp(b);
        if (c == 0) {
            c = tieBreak.compare(a.value(), b.value());
        }
        return c > 0;
    }

    private void remove(String key, Sibling<V> removed, Sibling<V> by, Loss.How how, List<StoreEvent<V>> events) {
        if (by.supersedes(removed)) {
            events.add(new StoreEvent.Superseded<>(key, removed, by));
        } else {
            Loss<V> loss = new Loss<>(key, removed, by, how);
            losses.add(loss);
            events.add(new StoreEvent.Lost<>(key, loss));
        }
    }

    private Timestamp nextTimestamp() {
        long now = time.now();
        lastTime = lastTime == Long.MIN_VALUE || now > lastTime ? now : lastTime + 1;
        return new Timestamp(lastTime, node);
    }
}
