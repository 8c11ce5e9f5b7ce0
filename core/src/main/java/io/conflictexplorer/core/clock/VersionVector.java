package io.conflictexplorer.core.clock;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable version vector: a map from actor id to a counter of at least 1 (an absent actor
 * counts as 0).
 *
 * <p>Rules: {@code a.descends(b)} when every counter of {@code a} is at least {@code b}'s;
 * {@link #compare} gives {@link Causality#EQUAL} when both descend each other, {@code AFTER} or
 * {@code BEFORE} when only one does, and {@code CONCURRENT} when neither does; {@link #merge} is the
 * pointwise maximum, which makes it commutative, associative and idempotent.
 *
 * <p>Entries keep their insertion order for display only (a client sees its context's actors
 * first, then its own), because the protocol's replies print the clock in that order. Equality,
 * hashing and every comparison ignore the order.
 */
public final class VersionVector {

    private static final String[] NO_IDS = new String[0];
    private static final long[] NO_COUNTERS = new long[0];
    private static final VersionVector EMPTY = new VersionVector(NO_IDS, NO_COUNTERS);

    /** Above this many actors lookups go through a sorted index instead of a linear scan. */
    private static final int LINEAR_LIMIT = 8;

    private final String[] ids;       // insertion order
    private final long[] counters;    // parallel to ids
    private final int[] sorted;       // indexes of ids in sorted order, or null when small
    private final int hash;

    private VersionVector(String[] ids, long[] counters) {
        this.ids = ids;
        this.counters = counters;
        this.sorted = ids.length > LINEAR_LIMIT ? sortedIndex(ids) : null;
        int h = 0;
        for (int i = 0; i < ids.length; i++) {
            h += ids[i].hashCode() ^ Long.hashCode(counters[i]);
        }
        this.hash = h;
    }

    /** The vector that knows of nothing. */
    public static VersionVector empty() {
        return EMPTY;
    }

    /** A vector with one entry. */
    public static VersionVector of(String actor, long counter) {
        return EMPTY.with(actor, counter);
    }

    /**
     * A vector from a map, in the map's iteration order.
     *
     * @throws IllegalArgumentException if an actor is null or a counter is below 1
     */
    public static VersionVector of(Map<String, Long> entries) {
        String[] ids = new String[entries.size()];
        long[] counters = new long[entries.size()];
        int i = 0;
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            ids[i] = requireActor(e.getKey());
            counters[i] = requirePositive(e.getKey(), Objects.requireNonNull(e.getValue(), "counter"));
            i++;
        }
        return i == 0 ? EMPTY : new VersionVector(ids, counters);
    }

    /** A builder that collects entries in order; a repeated actor keeps its first position. */
    public static Builder builder() {
        return new Builder();
    }

    /** The counter of {@code actor}, 0 if absent. */
    public long get(String actor) {
        int i = indexOf(actor);
        return i < 0 ? 0 : counters[i];
    }

    /** The number of actors with a counter of at least 1. */
    public int size() {
        return ids.length;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** The actor at display position {@code i}. */
    public String actorAt(int i) {
        return ids[i];
    }

    /** The counter at display position {@code i}. */
    public long counterAt(int i) {
        return counters[i];
    }

    /** The entries in display order, as an unmodifiable map. */
    public Map<String, Long> toMap() {
        Map<String, Long> m = new LinkedHashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], counters[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** This vector with {@code actor} set to {@code counter} (kept in place, or appended). */
    public VersionVector with(String actor, long counter) {
        requireActor(actor);
        requirePositive(actor, counter);
        int i = indexOf(actor);
        if (i >= 0) {
            if (counters[i] == counter) {
                return this;
            }
            long[] c = counters.clone();
            c[i] = counter;
            return new VersionVector(ids, c);
        }
        String[] ni = Arrays.copyOf(ids, ids.length + 1);
        long[] nc = Arrays.copyOf(counters, counters.length + 1);
        ni[ids.length] = actor;
        nc[ids.length] = counter;
        return new VersionVector(ni, nc);
    }

    /** This vector with {@code actor}'s counter one higher. */
    public VersionVector increment(String actor) {
        return with(actor, get(actor) + 1);
    }

    /** True when every counter here is at least the other's: this clock has seen all of other. */
    public boolean descends(VersionVector other) {
        if (other.ids.length > ids.length) {
            return false; // other has an actor we lack, which we cannot cover
        }
        for (int i = 0; i < other.ids.length; i++) {
            if (get(other.ids[i]) < other.counters[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when neither vector descends the other. */
    public boolean concurrentWith(VersionVector other) {
        return compare(other) == Causality.CONCURRENT;
    }

    /** How this vector relates to {@code other}. */
    public Causality compare(VersionVector other) {
        boolean greater = false; // some entry of ours is above theirs
        boolean less = false;    // some entry of theirs is above ours
        int shared = 0;
        for (int i = 0; i < ids.length; i++) {
            int j = other.indexOf(ids[i]);
            long theirs = 0;
            if (j >= 0) {
                theirs = other.counters[j];
                shared++;
            }
            if (counters[i] > theirs) {
                greater = true;
            } else if (counters[i] < theirs) {
                less = true;
            }
            if (greater && less) {
                return Causality.CONCURRENT;
            }
        }
        if (shared < other.ids.length) {
            less = true; // other has actors we have never seen
        }
        if (greater) {
            return less ? Causality.CONCURRENT : Causality.AFTER;
        }
        return less ? Causality.BEFORE : Causality.EQUAL;
    }

    /** The pointwise maximum; this vector's actors first, then the other's new ones. */
    public VersionVector merge(VersionVector other) {
        if (other.ids.length == 0 || this == other) {
            return this;
        }
        if (ids.length == 0) {
            return other;
        }
        String[] ni = Arrays.copyOf(ids, ids.length + other.ids.length);
        long[] nc = Arrays.copyOf(counters, counters.length + other.ids.length);
        int n = ids.length;
        boolean changed = false;
        for (int j = 0; j < other.ids.length; j++) {
            int i = indexOf(other.ids[j]);
            if (i < 0) {
                ni[n] = other.ids[j];
                nc[n] = other.counters[j];
                n++;
                changed = true;
            } else if (other.counters[j] > nc[i]) {
                nc[i] = other.counters[j];
                changed = true;
            }
        }
        if (!changed) {
            return this;
        }
        if (n == ni.length) {
            return new VersionVector(ni, nc);
        }
        return new VersionVector(Arrays.copyOf(ni, n), Arrays.copyOf(nc, n));
    }

    private int indexOf(String actor) {
        if (sorted == null) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i].equals(actor)) {
                    return i;
                }
            }
            return -1;
        }
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = ids[sorted[mid]].compareTo(actor);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return sorted[mid];
            }
        }
        return -1;
    }

    private static int[] sortedIndex(String[] ids) {
        Integer[] boxed = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> ids[a].compareTo(ids[b]));
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    private static String requireActor(String actor) {
        if (actor == null) {
            throw new IllegalArgumentException("actor id must not be null");
        }
        return actor;
    }

    private static long requirePositive(String actor, long counter) {
        if (counter < 1) {
            throw new IllegalArgumentException("counter of " + actor + " must be at least 1, was " + counter);
        }
        return counter;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VersionVector v) || v.hash != hash || v.ids.length != ids.length) {
            return false;
        }
        return compare(v) == Causality.EQUAL;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Display form, e.g. {@code {c1: 2, c2: 1}}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ids[i]).append(": ").append(counters[i]);
        }
        return sb.append('}').toString();
    }

    /** Collects entries in order; see {@link VersionVector#builder()}. */
    public static final class Builder {
        private final LinkedHashMap<String, Long> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets {@code actor} to {@code counter}; a repeated actor keeps its first position. */
        public Builder put(String actor, long counter) {
            requireActor(actor);
            requirePositive(actor, counter);
            entries.put(actor, counter);
            return this;
        }

        public VersionVector build() {
            return VersionVector.of(entries);
        }
    }
}
