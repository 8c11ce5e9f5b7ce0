package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dotted version vector set (DVVSet): a key's concurrent values and their causal history as one
 * value, after {@code dvvset.erl} of Gonçalves, Almeida, Baquero and Fonte
 * (github.com/ricardobcl/Dotted-Version-Vectors), function for function.
 *
 * <p>Structure: a list of entries {@code (id, counter, values)} sorted by id, plus an anonymous
 * list of values that have no dot yet. An entry's counter counts every event of that replica the
 * set knows; its values are the newest of those events, newest first, so the value at position
 * {@code i} of entry {@code (I, N, L)} has the dot {@code (I, N - i)}.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #of(VersionVector, Object)} ({@code new/2}) is a client's write: the context it read
 *       as entries without values, and its value in the anonymous list.</li>
 *   <li>{@link #sync} keeps every event either side knows and drops every value whose dot the
 *       other side knows without holding it: an entry keeps the larger counter and, of the values,
 *       only those above the other side's counter minus its values.</li>
 *   <li>{@link #update(DvvSet, String)} ({@code update/3}) syncs the client's context with the
 *       replica's set, then gives the new value the next dot of replica {@code id}: exactly the
 *       values the context saw go, and every other value stays.</li>
 *   <li>{@link #join()} is the version vector a read returns as the context of the next write.</li>
 * </ul>
 *
 * <p>Worked example (the DVVSet README's false conflict; {@code DvvSetTest}): A stores v1 as
 * {@code (A,1,[v1])}; a blind v2 makes {@code (A,2,[v2,v1])}; v3 written with v1's context
 * {@code [A:1]} makes {@code (A,3,[v3,v2])}: v1 is gone, v2 stays.
 *
 * @param entries   sorted by id, each id once
 * @param anonymous values without a dot (a client's new value before {@link #update})
 * @param <V> the value type; only {@link #sync} of anonymous values compares values
 */
public record DvvSet<V>(List<Entry<V>> entries, List<V> anonymous) {

    /** One replica's part: its counter and its values still stored, newest first. */
    public record Entry<V>(String id, long counter, List<V> values) {
        public Entry {
            Objects.requireNonNull(id, "id");
            values = List.copyOf(values);
            if (counter < values.size()) {
                throw new IllegalArgumentException(
                        "entry " + id + " holds " + values.size() + " values but counts only " + counter + " events");
            }
        }
    }

    public DvvSet {
        entries = List.copyOf(entries);
        anonymous = List.copyOf(anonymous);
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).id().compareTo(entries.get(i).id()) >= 0) {
                throw new IllegalArgumentException("entries must be sorted by id, each id once");
            }
        }
    }

    /** The set that knows nothing and holds nothing. */
    public static <V> DvvSet<V> empty() {
        return new DvvSet<>(List.of(), List.of());
    }

    /** {@code new/1}: a value written without context, not yet given a dot. */
    public static <V> DvvSet<V> of(V value) {
        return new DvvSet<>(List.of(), List.of(value));
    }

    /** {@code new/2}: a value written with {@code context} (a {@link #join()} the client read). */
    public static <V> DvvSet<V> of(VersionVector context, V value) {
        Map<String, Long> sorted = new TreeMap<>(context.toMap());
        List<Entry<V>> entries = new ArrayList<>();
        sorted.forEach((id, n) -> entries.add(new Entry<>(id, n, List.of())));
        return new DvvSet<>(entries, List.of(value));
    }

    /**
     * {@code sync/2}: both sides' causal histories, without the values either side knows to be
     * outdated. Commutative, associative and idempotent for sets that never reused a dot.
     */
    public static <V> DvvSet<V> sync(DvvSet<V> a, DvvSet<V> b) {
        List<V> anonymous;
        if (a.less(b)) {
            anonymous = b.anonymous;
        } else if (b.less(a)) {
            anonymous = a.anonymous;
        } else {
            LinkedHashSet<V> both = new LinkedHashSet<>(a.anonymous);
            both.addAll(b.anonymous);
            anonymous = new ArrayList<>(both);
        }
        List<Entry<V>> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.entries.size() || j < b.entries.size()) {
            if (j == b.entries.size()) {
                out.add(a.entries.get(i++));
            } else if (i == a.entries.size()) {
                out.add(b.entries.get(j++));
            } else {
                Entry<V> x = a.entries.get(i);
                Entry<V> y = b.entries.get(j);
                int c = x.id().compareTo(y.id());
                if (c < 0) {
                    out.add(x);
                    i++;
                } else if (c > 0) {
                    out.add(y);
                    j++;
                } else {
                    out.add(merge(x, y));
                    i++;
                    j++;
                }
            }
        }
        return new DvvSet<>(out, anonymous);
    }

    /** {@code merge/5}: the larger counter, and only the values the other side does not know. */
    private static <V> Entry<V> merge(Entry<V> x, Entry<V> y) {
        long n1 = x.counter();
        long n2 = y.counter();
        int l1 = x.values().size();
        int l2 = y.values().size();
        if (n1 >= n2) {
            return n1 - l1 >= n2 - l2 ? x : new Entry<>(x.id(), n1, prefix(x.values(), n1 - n2 + l2));
        }
        return n2 - l2 >= n1 - l1 ? y : new Entry<>(y.id(), n2, prefix(y.values(), n2 - n1 + l1));
    }

    private static <V> List<V> prefix(List<V> values, long n) {
        return values.subList(0, (int) Math.min(values.size(), n));
    }

    /** {@code join/1}: the causal history as a version vector (what a read returns as context). */
    public VersionVector join() {
        VersionVector.Builder b = VersionVector.builder();
        for (Entry<V> e : entries) {
            if (e.counter() > 0) {
                b.put(e.id(), e.counter());
            }
        }
        return b.build();
    }

    /** {@code update/2}: gives this set's one anonymous value the next dot of replica {@code id}. */
    public DvvSet<V> update(String id) {
        return new DvvSet<>(event(entries, id, single()), List.of());
    }

    /**
     * {@code update/3}: this set is a client's write ({@link #of(VersionVector, Object)}) and
     * {@code local} the replica's set; syncs the write's context with {@code local}, then gives the
     * new value the next dot of replica {@code id}. The result descends both.
     */
    public DvvSet<V> update(DvvSet<V> local, String id) {
        V value = single();
        DvvSet<V> synced = sync(new DvvSet<>(entries, List.of()), local);
        return new DvvSet<>(event(synced.entries, id, value), synced.anonymous);
    }

    private V single() {
        if (anonymous.size() != 1) {
            throw new IllegalStateException("update takes a set made by of(...): one anonymous value");
        }
        return anonymous.get(0);
    }

    /** {@code event/3}: the next event of {@code id}, holding {@code value}. */
    private static <V> List<Entry<V>> event(List<Entry<V>> entries, String id, V value) {
        List<Entry<V>> out = new ArrayList<>(entries.size() + 1);
        boolean done = false;
        for (Entry<V> e : entries) {
            int c = e.id().compareTo(id);
            if (!done && c == 0) {
                List<V> values = new ArrayList<>(e.values().size() + 1);
                values.add(value);
                values.addAll(e.values());
                out.add(new Entry<>(id, e.counter() + 1, values));
                done = true;
                continue;
            }
            if (!done && c > 0) {
                out.add(new Entry<>(id, 1, List.of(value)));
                done = true;
            }
            out.add(e);
        }
        if (!done) {
            out.add(new Entry<>(id, 1, List.of(value)));
        }
        return out;
    }

    /** {@code values/1}: the anonymous values, then each entry's, newest first. */
    public List<V> values() {
        List<V> out = new ArrayList<>(anonymous);
        for (Entry<V> e : entries) {
            out.addAll(e.values());
        }
        return out;
    }

    /** {@code size/1}: how many values the set holds. */
    public int size() {
        return values().size();
    }

    /** {@code ids/1}: the replicas with an entry, sorted. */
    public List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }

    /** {@code less/2}: true when this set's history is strictly older than {@code other}'s. */
    public boolean less(DvvSet<?> other) {
        return greater(other.entries, entries);
    }

    /** {@code greater/3}: {@code a} knows every event of {@code b} and at least one more. */
    private static boolean greater(List<? extends Entry<?>> a, List<? extends Entry<?>> b) {
        boolean strict = false;
        int i = 0;
        int j = 0;
        while (true) {
            if (i == a.size() && j == b.size()) {
                return strict;
            }
            if (j == b.size()) {
                return true;
            }
            if (i == a.size()) {
                return false;
            }
            Entry<?> x = a.get(i);
            Entry<?> y = b.get(j);
            int c = x.id().compareTo(y.id());
            if (c == 0) {
                if (x.counter() < y.counter()) {
                    return false;
                }
                strict |= x.counter() > y.counter();
                i++;
                j++;
            } else if (c < 0) {
                strict = true;
                i++;
            } else {
                return false;
            }
        }
    }

    /** {@code equal/2}: the same causal history (ids, counters and how many values each), values aside. */
    public boolean equalHistory(DvvSet<?> other) {
        if (entries.size() != other.entries.size()) {
            return false;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry<V> x = entries.get(i);
            Entry<?> y = other.entries.get(i);
            if (!x.id().equals(y.id())
                    || x.counter() != y.counter()
                    || x.values().size() != y.values().size()) {
                return false;
            }
        }
        return true;
    }

    /** As the DVVSet README prints it: {@code (A,3,[v3,v2])}, entries joined by spaces, anonymous values last. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Entry<V> e : entries) {
            parts.add("(" + e.id() + "," + e.counter() + "," + list(e.values()) + ")");
        }
        if (!anonymous.isEmpty()) {
            parts.add(list(anonymous));
        }
        return parts.isEmpty() ? "()" : String.join(" ", parts);
    }

    private static String list(List<?> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(String.valueOf(v)));
        return "[" + String.join(",", out) + "]";
    }
}
