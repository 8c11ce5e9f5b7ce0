package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A key's values, each with its own version vector: the {@code server-vv} scheme (entries name the
 * replica that coordinated each write, as in Dynamo's figure 3) and the {@code client-vv} scheme
 * (entries name clients, as the task's store; this type runs it when its clocks are pruned).
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #update}: every stored value whose clock the new clock strictly descends goes, and
 *       the new value joins, unless a stored clock strictly descends its clock: then it is taken
 *       for an old write and dropped at once. Values with equal or concurrent clocks stay.</li>
 *   <li>{@link #serverClock}: a write coordinated by replica {@code R} gets its context with
 *       {@code R}'s counter one higher. Two writes from the same context at the same replica
 *       therefore get equal clocks, and a later write that saw either one supersedes both: the
 *       other is silently lost (the DVVSet README's "Server IDs #1").</li>
 *   <li>{@link #clientClock}: a write by client {@code C} gets its context with {@code C}'s counter
 *       one above any it has in the context or in a stored clock (the task's rule).</li>
 *   <li>{@link #sync} keeps both sides' values, each once, less those whose clock another value's
 *       clock strictly descends; so it is commutative, associative and idempotent.</li>
 * </ul>
 *
 * @param values in arrival order
 * @param <V> the value type; {@link #sync} takes equal values for the same write
 */
public record PerValueVv<V>(List<Versioned<V>> values) {

    /** One value and its clock. */
    public record Versioned<V>(V value, VersionVector clock) {
        public Versioned {
            Objects.requireNonNull(clock, "clock");
        }
    }

    public PerValueVv {
        values = List.copyOf(values);
    }

    public static <V> PerValueVv<V> empty() {
        return new PerValueVv<>(List.of());
    }

    /** The clock of a write coordinated by {@code replica} with {@code context}. */
    public static VersionVector serverClock(VersionVector context, String replica) {
        return context.increment(replica);
    }

    /** The clock of a write by {@code client} with {@code context}, given what is stored. */
    public VersionVector clientClock(VersionVector context, String client) {
        long top = context.get(client);
        for (Versioned<V> v : values) {
            top = Math.max(top, v.clock().get(client));
        }
        return context.with(client, top + 1);
    }

    /**
     * This set with {@code value} written with {@code clock}: what the clock strictly descends goes;
     * the same set when a stored clock strictly descends {@code clock} (the write is dropped).
     */
    public PerValueVv<V> update(V value, VersionVector clock) {
        for (Versioned<V> v : values) {
            if (strictlyDescends(v.clock(), clock)) {
                return this;
            }
        }
        List<Versioned<V>> out = new ArrayList<>(values.size() + 1);
        for (Versioned<V> v : values) {
            if (!strictlyDescends(clock, v.clock())) {
                out.add(v);
            }
        }
        out.add(new Versioned<>(value, clock));
        return new PerValueVv<>(out);
    }

    /** Both sets' values, each once, without those another value's clock strictly descends. */
    public static <V> PerValueVv<V> sync(PerValueVv<V> a, PerValueVv<V> b) {
        List<Versioned<V>> all = new ArrayList<>(a.values);
        for (Versioned<V> v : b.values) {
            if (all.stream().noneMatch(x -> Objects.equals(x.value(), v.value()))) {
                all.add(v);
            }
        }
        List<Versioned<V>> out = new ArrayList<>(all.size());
        for (Versioned<V> v : all) {
            if (all.stream().noneMatch(x -> strictlyDescends(x.clock(), v.clock()))) {
                out.add(v);
            }
        }
        return new PerValueVv<>(out);
    }

    /** The merge of every value's clock: what a read returns as the next write's context. */
    public VersionVector context() {
        VersionVector c = VersionVector.empty();
        for (Versioned<V> v : values) {
            c = c.merge(v.clock());
        }
        return c;
    }

    /** The stored values, in order. */
    public List<V> valueList() {
        return values.stream().map(Versioned::value).toList();
    }

    /** Entries in the clocks stored: the sum of every value's clock size. */
    public int clockEntries() {
        int n = 0;
        for (Versioned<V> v : values) {
            n += v.clock().size();
        }
        return n;
    }

    static boolean strictlyDescends(VersionVector a, VersionVector b) {
        return a.descends(b) && !a.equals(b);
    }

    /** {@code v3 [A:2], v2 [A:1]}: each value with its clock, in order. */
    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.value() + " " + v.clock()));
        return String.join(", ", out);
    }
}
