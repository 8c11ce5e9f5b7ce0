package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One key's state under a scheme, as that scheme's pure type over write identities ({@link Dot}s),
 * and the translation from and to the {@link Sibling}s a replica stores and a trace records. One
 * case per scheme whose rules are not the store's own.
 *
 * <p>{@link #decode} and {@link #encode} are inverse: the siblings of a key hold the whole state
 * (see {@link SchemeReplica}), so a state can be read back from any step of a trace and rendered
 * as its source prints it ({@link #render}).
 */
public sealed interface SchemeState {

    /** The state of a key whose stored values are {@code siblings}, under {@code scheme}. */
    static SchemeState decode(Scheme scheme, List<Sibling<String>> siblings) {
        return switch (scheme) {
            case CLIENT_VV, SERVER_VV -> {
                List<PerValueVv.Versioned<Dot>> values = new ArrayList<>();
                siblings.forEach(s -> values.add(new PerValueVv.Versioned<>(s.dot(), s.clock())));
                yield new PerValue(scheme, new PerValueVv<>(values));
            }
            case SERVER_VV_MERGED ->
                new Merged(new MergedServerVv<>(
                        siblings.isEmpty()
                                ? VersionVector.empty()
                                : siblings.get(0).clock(),
                        siblings.stream().map(Sibling::dot).toList()));
            case DVV -> new Dvv(dvv(siblings));
            case LWW -> throw new IllegalArgumentException("lww keeps no scheme state beyond its one value");
        };
    }

    /** This key after {@code fresh} was written with {@code context} by {@code writer} at {@code actor}. */
    SchemeState write(Sibling<String> fresh, VersionVector context, String writer, String actor);

    /**
     * The clock the scheme gives {@code fresh} written with {@code context} by {@code writer} at
     * {@code actor}, as {@link #write} would store it (before pruning): shown for a write the
     * scheme dropped at once.
     */
    VersionVector clockFor(VersionVector context, String writer, String actor);

    /** This key synced with another replica's state of it (this side is the local one). */
    SchemeState sync(SchemeState other);

    /** This key with its newest clock pruned. */
    SchemeState pruned(VclockPruning pruning, VclockPruning.EntryTimes times, long now);

    /** The write identities stored, in the scheme's order. */
    List<Dot> dots();

    /** The clock each stored value carries (see {@link SchemeReplica}). */
    VersionVector clockOf(int index);

    /** Entries in the clocks this key stores: every value's clock, or the key's one clock, or the set's entries. */
    int clockEntries();

    /**
     * The state as its source prints it, with each identity shown as {@code name} says; an identity
     * {@code name} maps to null is left out, and each list that left one out ends in {@code …}
     * (a view folding many siblings into a count).
     */
    String render(Function<Dot, String> name);

    /** The names of {@code dots} that {@code name} gives, then {@code …} if it gave null for any. */
    private static List<String> named(List<Dot> dots, Function<Dot, String> name) {
        List<String> out = new ArrayList<>(dots.size());
        boolean left = false;
        for (Dot d : dots) {
            String n = name.apply(d);
            if (n == null) {
                left = true;
            } else {
                out.add(n);
            }
        }
        if (left) {
            out.add(FOLDED);
        }
        return out;
    }

    /** What stands for the values a folded rendering leaves out. */
    String FOLDED = "\u2026";

    /** The siblings to store: each value of {@code known} with its clock here, in the scheme's order. */
    default List<Sibling<String>> encode(Map<Dot, Sibling<String>> known) {
        List<Dot> dots = dots();
        List<Sibling<String>> out = new ArrayList<>(dots.size());
        for (int i = 0; i < dots.size(); i++) {
            Sibling<String> s = known.get(dots.get(i));
            VersionVector clock = clockOf(i);
            out.add(s.clock().equals(clock) ? s : new Sibling<>(s.value(), clock, s.writer(), s.timestamp(), s.dot()));
        }
        return List.copyOf(out);
    }

    /** The key's values under per-value clocks: {@code server-vv}, or {@code client-vv} with pruning. */
    record PerValue(Scheme scheme, PerValueVv<Dot> set) implements SchemeState {
        @Override
        public SchemeState write(Sibling<String> fresh, VersionVector context, String writer, String actor) {
            VersionVector clock = scheme == Scheme.SERVER_VV
                    ? PerValueVv.serverClock(context, actor)
                    : set.clientClock(context, writer);
            return new PerValue(scheme, set.update(fresh.dot(), clock));
        }

        @Override
        public VersionVector clockFor(VersionVector context, String writer, String actor) {
            return scheme == Scheme.SERVER_VV
                    ? PerValueVv.serverClock(context, actor)
                    : set.clientClock(context, writer);
        }

        @Override
        public SchemeState sync(SchemeState other) {
            return new PerValue(scheme, PerValueVv.sync(set, ((PerValue) other).set));
        }

        @Override
        public SchemeState pruned(VclockPruning pruning, VclockPruning.EntryTimes times, long now) {
            List<PerValueVv.Versioned<Dot>> values = new ArrayList<>(set.values());
            if (values.isEmpty()) {
                return this;
            }
            int last = values.size() - 1;
            PerValueVv.Versioned<Dot> newest = values.get(last);
            values.set(last, new PerValueVv.Versioned<>(newest.value(), pruning.prune(newest.clock(), times, now)));
            return new PerValue(scheme, new PerValueVv<>(values));
        }

        @Override
        public List<Dot> dots() {
            return set.valueList();
        }

        @Override
        public VersionVector clockOf(int index) {
            return set.values().get(index).clock();
        }

        @Override
        public int clockEntries() {
            return set.clockEntries();
        }

        @Override
        public String render(Function<Dot, String> name) {
            List<String> out = new ArrayList<>();
            boolean left = false;
            for (PerValueVv.Versioned<Dot> v : set.values()) {
                String n = name.apply(v.value());
                if (n == null) {
                    left = true;
                } else {
                    out.add(n + " " + v.clock());
                }
            }
            if (left) {
                out.add(FOLDED);
            }
            return String.join(", ", out);
        }
    }

    /** The key's siblings under one clock: {@code server-vv-merged}. */
    record Merged(MergedServerVv<Dot> set) implements SchemeState {
        @Override
        public SchemeState write(Sibling<String> fresh, VersionVector context, String writer, String actor) {
            return new Merged(set.update(context, fresh.dot(), actor));
        }

        @Override
        public VersionVector clockFor(VersionVector context, String writer, String actor) {
            return set.clock().merge(context).increment(actor);
        }

        @Override
        public SchemeState sync(SchemeState other) {
            return new Merged(MergedServerVv.sync(set, ((Merged) other).set));
        }

        @Override
        public SchemeState pruned(VclockPruning pruning, VclockPruning.EntryTimes times, long now) {
            return new Merged(set.withClock(pruning.prune(set.clock(), times, now)));
        }

        @Override
        public List<Dot> dots() {
            return set.values();
        }

        @Override
        public VersionVector clockOf(int index) {
            return set.clock();
        }

        @Override
        public int clockEntries() {
            return set.values().isEmpty() ? 0 : set.clock().size();
        }

        @Override
        public String render(Function<Dot, String> name) {
            if (set.values().isEmpty()) {
                return "";
            }
            return "{" + String.join(",", named(set.values(), name)) + "} " + set.clock();
        }
    }

    /** The key as a dotted version vector set: {@code dvv}. */
    record Dvv(DvvSet<Dot> set) implements SchemeState {
        @Override
        public SchemeState write(Sibling<String> fresh, VersionVector context, String writer, String actor) {
            return new Dvv(DvvSet.of(context, fresh.dot()).update(set, actor));
        }

        @Override
        public VersionVector clockFor(VersionVector context, String writer, String actor) {
            return set.join().merge(context).increment(actor);
        }

        @Override
        public SchemeState sync(SchemeState other) {
            return new Dvv(DvvSet.sync(set, ((Dvv) other).set));
        }

        @Override
        public SchemeState pruned(VclockPruning pruning, VclockPruning.EntryTimes times, long now) {
            return this; // a DVVSet is bounded by the replicas: nothing to prune
        }

        @Override
        public List<Dot> dots() {
            return set.values();
        }

        @Override
        public VersionVector clockOf(int index) {
            return set.join();
        }

        @Override
        public int clockEntries() {
            return set.values().isEmpty() ? 0 : set.entries().size();
        }

        @Override
        public String render(Function<Dot, String> name) {
            if (set.values().isEmpty()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            for (DvvSet.Entry<Dot> e : set.entries()) {
                parts.add("(" + e.id() + "," + e.counter() + "," + "[" + String.join(",", named(e.values(), name))
                        + "])");
            }
            if (!set.anonymous().isEmpty()) {
                parts.add("[" + String.join(",", named(set.anonymous(), name)) + "]");
            }
            return String.join(" ", parts);
        }
    }

    /**
     * The set the siblings hold: the entries of their shared clock (the set's join), each with the
     * values whose dot names its id, in the siblings' order (newest first).
     */
    private static DvvSet<Dot> dvv(List<Sibling<String>> siblings) {
        if (siblings.isEmpty()) {
            return DvvSet.empty();
        }
        VersionVector join = siblings.get(0).clock();
        List<DvvSet.Entry<Dot>> entries = new ArrayList<>();
        List<String> ids = new ArrayList<>(join.toMap().keySet());
        ids.sort(null);
        List<Dot> anonymous = new ArrayList<>();
        for (Sibling<String> s : siblings) {
            if (join.get(s.dot().node()) == 0) {
                anonymous.add(s.dot());
            }
        }
        for (String id : ids) {
            List<Dot> values = new ArrayList<>();
            for (Sibling<String> s : siblings) {
                if (s.dot().node().equals(id)) {
                    values.add(s.dot());
                }
            }
            entries.add(new DvvSet.Entry<>(id, join.get(id), values));
        }
        return new DvvSet<>(entries, anonymous);
    }
}
