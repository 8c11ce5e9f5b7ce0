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
 * <p>Entries keep their insertion order ({@link #actorAt}: a client sees its context's actors first,
 * then its own), because the protocol's replies print the clock in that order; {@link #toString()},
 * what people read, lists the actors in natural order. Equality, hashing and every comparison ignore
 * the order.
 *
 * <p>Representation (for speed and memory; none of it is visible): the entries are kept sorted by
 * actor id in two parallel arrays, so compare, descends and merge are one linear merge-walk of both
 * vectors instead of a lookup per entry, and a lookup is a binary search. The display order is a
 * permutation kept only when it differs from the sorted order. A vector of exactly one entry, the
 * commonest clock by far, keeps it in two fields instead of two one-element arrays (40 bytes
 * instead of 80).
 */
public final class VersionVector {

    private static final String[] NO_IDS = new String[0];
    private static final long[] NO_COUNTERS = new long[0];
    private static final VersionVector EMPTY = new VersionVector(NO_IDS, NO_COUNTERS, null);

    /** Up to this many actors a lookup scans; above it, it searches the sorted ids. */
    private static final int LINEAR_LIMIT = 8;

    private final String[] ids; // sorted by String.compareTo; null when there is one entry
    private final long[] counters; // parallel to ids; null when there is one entry
    private final int[] display; // display position -> sorted index; null when the same order
    private final String one; // the only actor when there is exactly one entry, else null
    private final long oneCounter; // its counter
    private final int hash;

    private VersionVector(String[] ids, long[] counters, int[] display) {
        this.ids = ids;
        this.counters = counters;
        this.display = display;
        this.one = null;
        this.oneCounter = 0;
        int h = 0;
        for (int i = 0; i < ids.length; i++) {
            h += ids[i].hashCode() ^ Long.hashCode(counters[i]);
        }
        this.hash = h;
    }

    private VersionVector(String actor, long counter) {
        this.ids = null;
        this.counters = null;
        this.display = null;
        this.one = actor;
        this.oneCounter = counter;
        this.hash = actor.hashCode() ^ Long.hashCode(counter);
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
        int n = entries.size();
        String[] order = new String[n];
        long[] values = new long[n];
        int i = 0;
        for (Map.Entry<String, Long> e : entries.entrySet()) {
            order[i] = requireActor(e.getKey());
            values[i] = requirePositive(e.getKey(), Objects.requireNonNull(e.getValue(), "counter"));
            i++;
        }
        return fromDisplayOrder(order, values, i);
    }

    /** A vector from {@code n} distinct actors in display order. */
    private static VersionVector fromDisplayOrder(String[] order, long[] values, int n) {
        if (n == 0) {
            return EMPTY;
        }
        if (n == 1) {
            return new VersionVector(order[0], values[0]);
        }
        String[] sortedIds = Arrays.copyOf(order, n);
        Arrays.sort(sortedIds);
        long[] sortedCounters = new long[n];
        int[] disp = new int[n];
        boolean identity = true;
        for (int d = 0; d < n; d++) {
            int s = Arrays.binarySearch(sortedIds, order[d]);
            sortedCounters[s] = values[d];
            disp[d] = s;
            identity &= s == d;
        }
        return new VersionVector(sortedIds, sortedCounters, identity ? null : disp);
    }

    /** A builder that collects entries in order; a repeated actor keeps its first position. */
    public static Builder builder() {
        return new Builder();
    }

    /** The counter of {@code actor}, 0 if absent. */
    public long get(String actor) {
        if (ids == null) {
            return one.equals(actor) ? oneCounter : 0;
        }
        int i = indexOf(actor);
        return i < 0 ? 0 : counters[i];
    }

    /** The number of actors with a counter of at least 1. */
    public int size() {
        return ids == null ? 1 : ids.length;
    }

    public boolean isEmpty() {
        return ids != null && ids.length == 0;
    }

    /** The actor at display position {@code i}. */
    public String actorAt(int i) {
        if (ids == null) {
            Objects.checkIndex(i, 1);
            return one;
        }
        return ids[display == null ? i : display[i]];
    }

    /** The counter at display position {@code i}. */
    public long counterAt(int i) {
        if (ids == null) {
            Objects.checkIndex(i, 1);
            return oneCounter;
        }
        return counters[display == null ? i : display[i]];
    }

    /** The entries in display order, as an unmodifiable map. */
    public Map<String, Long> toMap() {
        int n = size();
        Map<String, Long> m = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(actorAt(i), counterAt(i));
        }
        return Collections.unmodifiableMap(m);
    }

    /** This vector with {@code actor} set to {@code counter} (kept in place, or appended). */
    public VersionVector with(String actor, long counter) {
        requireActor(actor);
        requirePositive(actor, counter);
        if (ids == null) {
            if (one.equals(actor)) {
                return counter == oneCounter ? this : new VersionVector(one, counter);
            }
            boolean before = one.compareTo(actor) < 0;
            return new VersionVector(
                    before ? new String[] {one, actor} : new String[] {actor, one},
                    before ? new long[] {oneCounter, counter} : new long[] {counter, oneCounter},
                    before ? null : new int[] {1, 0});
        }
        int n = ids.length;
        if (n == 0) {
            return new VersionVector(actor, counter);
        }
        int i = indexOf(actor);
        if (i >= 0) {
            if (counters[i] == counter) {
                return this;
            }
            long[] c = counters.clone();
            c[i] = counter;
            return new VersionVector(ids, c, display);
        }
        int at = -(insertionPoint(actor) + 1); // where it goes in sorted order
        String[] ni = new String[n + 1];
        long[] nc = new long[n + 1];
        System.arraycopy(ids, 0, ni, 0, at);
        System.arraycopy(counters, 0, nc, 0, at);
        ni[at] = actor;
        nc[at] = counter;
        System.arraycopy(ids, at, ni, at + 1, n - at);
        System.arraycopy(counters, at, nc, at + 1, n - at);
        int[] nd = null;
        if (display != null || at != n) { // appended last in display order: sorted only if it sorts last
            nd = new int[n + 1];
            for (int d = 0; d < n; d++) {
                int s = display == null ? d : display[d];
                nd[d] = s >= at ? s + 1 : s;
            }
            nd[n] = at;
        }
        return new VersionVector(ni, nc, nd);
    }

    /** This vector with {@code actor}'s counter one higher. */
    public VersionVector increment(String actor) {
        return with(actor, get(actor) + 1);
    }

    /** True when every counter here is at least the other's: this clock has seen all of other. */
    public boolean descends(VersionVector other) {
        if (other.ids == null) {
            return get(other.one) >= other.oneCounter;
        }
        String[] b = other.ids;
        int m = b.length;
        if (m == 0) {
            return true;
        }
        if (ids == null || m > ids.length) {
            return false; // other has an actor we lack, which we cannot cover
        }
        String[] a = ids;
        long[] ac = counters;
        long[] bc = other.counters;
        int n = a.length;
        int i = 0;
        for (int j = 0; j < m; j++) {
            String id = b[j];
            // advance to id in our sorted ids; a missing one means we have not seen it
            while (true) {
                if (n - i < m - j) {
                    return false;
                }
                String mine = a[i];
                if (mine == id || mine.equals(id)) {
                    break;
                }
                if (mine.compareTo(id) > 0) {
                    return false;
                }
                i++;
            }
            if (ac[i] < bc[j]) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** True when neither vector descends the other. */
    public boolean concurrentWith(VersionVector other) {
        return compare(other) == Causality.CONCURRENT;
    }

    /** How this vector relates to {@code other}. */
    public Causality compare(VersionVector other) {
        if (ids == null || other.ids == null) {
            return compareSmall(other);
        }
        String[] a = ids;
        String[] b = other.ids;
        long[] ac = counters;
        long[] bc = other.counters;
        int n = a.length;
        int m = b.length;
        boolean greater = false; // some entry of ours is above theirs
        boolean less = false; // some entry of theirs is above ours
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            String x = a[i];
            String y = b[j];
            int c = x == y || x.equals(y) ? 0 : x.compareTo(y);
            if (c == 0) {
                long p = ac[i++];
                long q = bc[j++];
                if (p > q) {
                    greater = true;
                } else if (p < q) {
                    less = true;
                } else {
                    continue;
                }
            } else if (c < 0) {
                i++; // only we have x
                greater = true;
            } else {
                j++; // only they have y
                less = true;
            }
            if (greater && less) {
                return Causality.CONCURRENT;
            }
        }
        greater |= i < n;
        less |= j < m;
        if (greater) {
            return less ? Causality.CONCURRENT : Causality.AFTER;
        }
        return less ? Causality.BEFORE : Causality.EQUAL;
    }

    /** compare when at least one side has exactly one entry. */
    private Causality compareSmall(VersionVector other) {
        boolean greater;
        boolean less;
        if (other.ids == null) {
            long mine = get(other.one);
            less = other.oneCounter > mine;
            greater = mine > other.oneCounter || size() > (mine > 0 ? 1 : 0);
        } else {
            long theirs = other.get(one);
            greater = oneCounter > theirs;
            less = theirs > oneCounter || other.size() > (theirs > 0 ? 1 : 0);
        }
        if (greater) {
            return less ? Causality.CONCURRENT : Causality.AFTER;
        }
        return less ? Causality.BEFORE : Causality.EQUAL;
    }

    /** The pointwise maximum; this vector's actors first, then the other's new ones. */
    public VersionVector merge(VersionVector other) {
        if (other.isEmpty() || this == other) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        if (other.ids == null) {
            return get(other.one) >= other.oneCounter ? this : with(other.one, other.oneCounter);
        }
        String[] a = ids != null ? ids : new String[] {one};
        long[] ac = ids != null ? counters : new long[] {oneCounter};
        String[] b = other.ids;
        long[] bc = other.counters;
        int n = a.length;
        int m = b.length;
        String[] ri = new String[n + m];
        long[] rc = new long[n + m];
        int[] posA = new int[n]; // our sorted index -> result sorted index
        int[] posB = new int[m]; // their sorted index -> result sorted index, or -1 if not new
        boolean changed = false;
        int i = 0;
        int j = 0;
        int r = 0;
        while (i < n && j < m) {
            String x = a[i];
            String y = b[j];
            int c = x == y || x.equals(y) ? 0 : x.compareTo(y);
            if (c == 0) {
                long p = ac[i];
                long q = bc[j];
                if (q > p) {
                    changed = true;
                    p = q;
                }
                ri[r] = x;
                rc[r] = p;
                posA[i++] = r++;
                posB[j++] = -1;
            } else if (c < 0) {
                ri[r] = x;
                rc[r] = ac[i];
                posA[i++] = r++;
            } else {
                changed = true;
                ri[r] = y;
                rc[r] = bc[j];
                posB[j++] = r++;
            }
        }
        while (i < n) {
            ri[r] = a[i];
            rc[r] = ac[i];
            posA[i++] = r++;
        }
        if (j < m) {
            changed = true;
            while (j < m) {
                ri[r] = b[j];
                rc[r] = bc[j];
                posB[j++] = r++;
            }
        }
        if (!changed) {
            return this;
        }
        // display order: ours in our order, then their new actors in their order
        int[] disp = new int[r];
        boolean identity = true;
        int d = 0;
        for (int k = 0; k < n; k++) {
            int s = posA[display == null ? k : display[k]];
            identity &= s == d;
            disp[d++] = s;
        }
        for (int k = 0; k < m; k++) {
            int s = posB[other.display == null ? k : other.display[k]];
            if (s >= 0) {
                identity &= s == d;
                disp[d++] = s;
            }
        }
        if (r < ri.length) {
            ri = Arrays.copyOf(ri, r);
            rc = Arrays.copyOf(rc, r);
        }
        return new VersionVector(ri, rc, identity ? null : disp);
    }

    /** The sorted index of {@code actor}, or -1; only for the array form. */
    private int indexOf(String actor) {
        String[] a = ids;
        if (a.length <= LINEAR_LIMIT) {
            for (int i = 0; i < a.length; i++) {
                if (a[i].equals(actor)) {
                    return i;
                }
            }
            return -1;
        }
        int at = insertionPoint(actor);
        return at >= 0 ? at : -1;
    }

    /** Binary search in the sorted ids: the index, or -(insertion point) - 1. */
    private int insertionPoint(String actor) {
        String[] a = ids;
        int lo = 0;
        int hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = a[mid].compareTo(actor);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
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
        if (!(o instanceof VersionVector v) || v.hash != hash || v.size() != size()) {
            return false;
        }
        return compare(v) == Causality.EQUAL;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * Display form, e.g. {@code {c1: 2, c2: 1, c10: 1}}: actors in natural order (the digits at
     * their end compared as numbers), whatever order they arrived in, so that two clocks side by
     * side read alike. The protocol's replies keep the insertion order ({@link #actorAt}).
     */
    @Override
    public String toString() {
        int n = size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> ActorOrder.compare(actorAt(a), actorAt(b)));
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(actorAt(order[i])).append(": ").append(counterAt(order[i]));
        }
        return sb.append('}').toString();
    }

    /** Collects entries in order; see {@link VersionVector#builder()}. */
    public static final class Builder {
        private final LinkedHashMap<String, Long> entries = new LinkedHashMap<>();

        private Builder() {}

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
