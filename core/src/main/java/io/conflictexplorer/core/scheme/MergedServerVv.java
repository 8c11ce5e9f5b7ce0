package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A key's siblings under one server-keyed version vector: the {@code server-vv-merged} scheme, as
 * Riak's vnode vclocks before dotted version vectors (the DVVSet README's "Server IDs #2").
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #update}: a write whose context descends the key's clock replaces every sibling;
 *       any other write joins them. Either way the clock becomes the merge of the key's clock and
 *       the context, with the coordinating replica's counter one higher.</li>
 *   <li>{@link #sync}: the side whose clock descends the other's wins whole (equal clocks: this
 *       side); otherwise the siblings of both, each once, under the merge of both clocks.</li>
 * </ul>
 *
 * <p>Why it explodes: the clock no longer says which sibling came from which event, so a write that
 * saw some siblings but not all (a context below the key's clock) can retire none of them. Two
 * clients alternating writes with the context of their own last read keep every value (the README's
 * scenario 2: 101 writes, 101 siblings). Nothing is lost; nothing is ever retired.
 *
 * @param clock  the key's one clock
 * @param values the siblings, in arrival order
 * @param <V> the value type; {@link #sync} takes equal values for the same write
 */
public record MergedServerVv<V>(VersionVector clock, List<V> values) {

    public MergedServerVv {
        values = List.copyOf(values);
    }

    public static <V> MergedServerVv<V> empty() {
        return new MergedServerVv<>(VersionVector.empty(), List.of());
    }

    /** This key after {@code value} was written with {@code context} at {@code replica}. */
    public MergedServerVv<V> update(VersionVector context, V value, String replica) {
        List<V> out = new ArrayList<>(values.size() + 1);
        if (!context.descends(clock)) {
            out.addAll(values);
        }
        out.add(value);
        return new MergedServerVv<>(clock.merge(context).increment(replica), out);
    }

    /** This key with {@code clock} in place of its clock (a pruned one), its values as they are. */
    public MergedServerVv<V> withClock(VersionVector clock) {
        return new MergedServerVv<>(clock, values);
    }

    /** Riak's reconcile of two replicas' objects: the descendant whole, else both sides merged. */
    public static <V> MergedServerVv<V> sync(MergedServerVv<V> a, MergedServerVv<V> b) {
        if (a.clock.descends(b.clock)) {
            return a;
        }
        if (b.clock.descends(a.clock)) {
            return b;
        }
        LinkedHashSet<V> both = new LinkedHashSet<>(a.values);
        both.addAll(b.values);
        return new MergedServerVv<>(a.clock.merge(b.clock), new ArrayList<>(both));
    }

    /** {@code {v1,v2,v3} [A:3]}, as the DVVSet README prints it. */
    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(String.valueOf(v)));
        return "{" + String.join(",", out) + "} " + clock;
    }
}
