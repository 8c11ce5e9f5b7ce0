package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.cluster.Replicated;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import io.conflictexplorer.core.store.TimeSource;
import io.conflictexplorer.core.store.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One replica under a scheme whose rules live in a pure type ({@link PerValueVv},
 * {@link MergedServerVv}, {@link DvvSet}): {@code server-vv}, {@code server-vv-merged}, {@code dvv},
 * and {@code client-vv} when its clocks are pruned. The scheme decides which values stay; this
 * class only translates, and {@link TrueCausality} judges each removal superseded or lost.
 *
 * <p>A key's stored values are {@link Sibling}s that carry the scheme's state whole, so that a
 * trace's snapshots and gossip need nothing else ({@link SchemeState#decode}): a value's clock is
 * its own clock ({@code server-vv}, {@code client-vv}) or the key's one clock
 * ({@code server-vv-merged}, and for {@code dvv} the set's {@link DvvSet#join()}); a value's dot
 * names the actor that coordinated it, which for {@code dvv} is its entry, and the siblings keep the
 * scheme's own order ({@link DvvSet#values()}: each entry's values newest first).
 */
public final class SchemeReplica implements ReplicaStore {

    private final String id;
    private final Scheme scheme;
    private final VclockPruning pruning;
    private final TimeSource time;
    private final TrueCausality truth;
    private final Map<String, List<Sibling<String>>> data = new TreeMap<>();
    private String actor;
    private int incarnation = 1;
    private long lastTime = Long.MIN_VALUE;

    /**
     * @param pruning how new clocks are pruned, or null for never (never for {@code dvv})
     * @param time    this replica's clock (true time plus its skew), for the values' timestamps
     */
    public SchemeReplica(String id, Scheme scheme, VclockPruning pruning, TimeSource time, TrueCausality truth) {
        if (scheme == Scheme.LWW) {
            throw new IllegalArgumentException("lww runs on the store itself (StoreReplica)");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.actor = id;
        this.scheme = scheme;
        this.pruning = scheme == Scheme.DVV ? null : pruning;
        this.time = Objects.requireNonNull(time, "time");
        this.truth = Objects.requireNonNull(truth, "truth");
    }

    @Override
    public String id() {
        return id;
    }

    /** The actor id this replica's clock entries use now: its id, or {@code id#k} after a new incarnation. */
    public String actor() {
        return actor;
    }

    @Override
    public WriteResult<String> write(String key, String writer, String value, VersionVector context) {
        List<Sibling<String>> before = stored(key);
        Dot dot = truth.nextDot(actor);
        truth.noteWrite(dot, writer, key, !context.isEmpty());
        long now = nextTime();
        Sibling<String> fresh = new Sibling<>(value, VersionVector.empty(), writer, new Timestamp(now, actor), dot);
        SchemeState state = SchemeState.decode(scheme, before);
        SchemeState after = state.write(fresh, context, writer, actor);
        noteIssued(after, now); // before pruning: the new entry is the youngest, not unknown
        if (pruning != null) {
            after = after.pruned(pruning, truth::issuedAt, now);
        }
        List<Sibling<String>> next = after.encode(siblingsByDot(before, fresh));
        data.put(key, next);
        Sibling<String> written = find(next, dot);
        boolean kept = written != null;
        if (!kept) { // a stored clock strictly descends the new one: the scheme takes it for an old write
            written = new Sibling<>(
                    value, state.clockFor(context, writer, actor), writer, fresh.timestamp(), fresh.dot());
        }
        List<StoreEvent<String>> events = new ArrayList<>(4);
        events.add(new StoreEvent.WriteAccepted<>(key, written, context));
        removals(key, before, next, written, events);
        if (kept) {
            events.add(new StoreEvent.SiblingAdded<>(key, written, next.size()));
        } else {
            events.add(new StoreEvent.Lost<>(key, new Loss<>(key, written, supersederOrFirst(next, written))));
        }
        if (next.size() > 1 && kept) {
            events.add(new StoreEvent.ConflictDetected<>(key, next));
        }
        return new WriteResult<>(written, kept, events);
    }

    @Override
    public ReadResult<String> read(String client, String key) {
        List<Sibling<String>> siblings = stored(key);
        if (client != null) {
            truth.noteRead(client, key, siblings);
        }
        return new ReadResult<>(key, siblings);
    }

    @Override
    public List<Sibling<String>> stored(String key) {
        return data.getOrDefault(key, List.of());
    }

    @Override
    public List<Replicated<String>> state() {
        List<Replicated<String>> out = new ArrayList<>();
        data.forEach((key, sibs) -> sibs.forEach(s -> out.add(new Replicated<>(key, s))));
        return out;
    }

    /** Merges another replica's state key by key: the scheme's sync of its state and this one's. */
    @Override
    public List<StoreEvent<String>> receive(List<Replicated<String>> values) {
        Map<String, List<Sibling<String>>> byKey = new LinkedHashMap<>();
        for (Replicated<String> r : values) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.sibling());
        }
        List<StoreEvent<String>> events = new ArrayList<>();
        byKey.forEach((key, incoming) -> merge(key, incoming, events));
        return events;
    }

    private void merge(String key, List<Sibling<String>> incoming, List<StoreEvent<String>> events) {
        List<Sibling<String>> before = stored(key);
        SchemeState mine = SchemeState.decode(scheme, before);
        SchemeState theirs = SchemeState.decode(scheme, incoming);
        Map<Dot, Sibling<String>> known = siblingsByDot(before, null);
        for (Sibling<String> s : incoming) {
            known.putIfAbsent(s.dot(), s);
        }
        List<Sibling<String>> next = mine.sync(theirs).encode(known);
        Set<Dot> had = dots(before);
        Set<Dot> has = dots(next);
        for (Sibling<String> s : incoming) {
            boolean adopted = has.contains(s.dot()) && !had.contains(s.dot());
            events.add(new StoreEvent.GossipMerged<>(key, s, adopted));
            if (!has.contains(s.dot()) && !had.contains(s.dot())) {
                Sibling<String> by = supersederOrFirst(next, s);
                if (!truth.supersedes(by, s)) { // refused, though nothing here had seen it
                    events.add(new StoreEvent.Lost<>(key, new Loss<>(key, s, by)));
                }
            }
        }
        removals(key, before, next, null, events);
        boolean changed = false;
        for (Sibling<String> s : next) {
            if (!had.contains(s.dot())) {
                events.add(new StoreEvent.SiblingAdded<>(key, s, next.size()));
                changed = true;
            }
        }
        changed |= !has.containsAll(had);
        if (changed && next.size() > 1) {
            events.add(new StoreEvent.ConflictDetected<>(key, next));
        }
        data.put(key, next);
    }

    @Override
    public List<String> loseData(boolean newActor) {
        List<String> keys = new ArrayList<>(data.keySet());
        data.clear();
        if (newActor) {
            actor = id + "#" + ++incarnation;
        }
        return keys;
    }

    /** A Superseded or Lost event for each value of {@code before} that {@code next} no longer holds. */
    private void removals(
            String key,
            List<Sibling<String>> before,
            List<Sibling<String>> next,
            Sibling<String> by,
            List<StoreEvent<String>> events) {
        Set<Dot> has = dots(next);
        for (Sibling<String> s : before) {
            if (has.contains(s.dot())) {
                continue;
            }
            Sibling<String> remover = by != null ? by : supersederOrFirst(next, s);
            if (truth.supersedes(remover, s)) {
                events.add(new StoreEvent.Superseded<>(key, s, remover));
            } else {
                events.add(new StoreEvent.Lost<>(key, new Loss<>(key, s, remover)));
            }
        }
    }

    /** A value of {@code next} whose writer truly saw {@code s}, else the first of {@code next}. */
    private Sibling<String> supersederOrFirst(List<Sibling<String>> next, Sibling<String> s) {
        for (Sibling<String> n : next) {
            if (truth.supersedes(n, s)) {
                return n;
            }
        }
        return next.get(0);
    }

    /** Notes when each counter of the state's clocks was first seen: an entry's age for pruning. */
    private void noteIssued(SchemeState state, long now) {
        for (int v = 0; v < state.dots().size(); v++) {
            VersionVector c = state.clockOf(v);
            for (int i = 0; i < c.size(); i++) {
                truth.noteIssued(c.actorAt(i), c.counterAt(i), now);
            }
        }
    }

    private long nextTime() {
        long now = time.now();
        lastTime = lastTime == Long.MIN_VALUE || now > lastTime ? now : lastTime + 1;
        return lastTime;
    }

    private static Map<Dot, Sibling<String>> siblingsByDot(List<Sibling<String>> stored, Sibling<String> fresh) {
        Map<Dot, Sibling<String>> out = new HashMap<>();
        for (Sibling<String> s : stored) {
            out.put(s.dot(), s);
        }
        if (fresh != null) {
            out.put(fresh.dot(), fresh);
        }
        return out;
    }

    private static Set<Dot> dots(List<Sibling<String>> siblings) {
        Set<Dot> out = new HashSet<>();
        siblings.forEach(s -> out.add(s.dot()));
        return out;
    }

    /** The sibling of write {@code dot}, or null when the scheme did not keep it. */
    private static Sibling<String> find(List<Sibling<String>> siblings, Dot dot) {
        for (Sibling<String> s : siblings) {
            if (s.dot().equals(dot)) {
                return s;
            }
        }
        return null;
    }
}
