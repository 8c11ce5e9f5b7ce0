package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one store did for a {@link Scenario} in one {@link Mode}: a {@link Step} per operation
 * in the order applied. Immutable; recomputed from scratch whenever the scenario changes.
 *
 * <p>Causality (the happens-before view) follows the clocks the store gave, key by key, since a
 * version vector orders only the values of one key: a write is in another operation's past when
 * that operation's knowledge (a write's clock, a read's returned context) descends the write's
 * clock; a read is in the past of the writes that took their context from it, and of everything
 * after those. Two operations on one key, neither in the other's past, are concurrent: a write and
 * any operation, and two reads of different clients (neither saw what the other returned); two reads
 * of one client follow each other in its program.
 */
public final class Trace {

    private final Scheme scheme;
    private final Scenario scenario;
    private final List<Step> steps;
    private final Map<String, Step.OfOperation> byOperation = new HashMap<>();
    private final Map<Dot, String> writeByDot = new HashMap<>();
    private final List<Transmission> messages;
    private final Map<String, List<Step.Arrival>> arrivals = new HashMap<>();
    /** Each key's client steps in order: causality never crosses keys, so it looks only here. */
    private final Map<String, List<Step.OfOperation>> byKey = new HashMap<>();

    Trace(Scheme scheme, Scenario scenario, List<Step> steps, List<Transmission> messages) {
        this.scheme = scheme;
        this.scenario = scenario;
        this.steps = List.copyOf(steps);
        this.messages = List.copyOf(messages);
        for (Step s : this.steps) {
            if (s instanceof Step.Arrival a) {
                arrivals.computeIfAbsent(a.message().id(), k -> new ArrayList<>(2))
                        .add(a);
            } else if (s instanceof Step.OfOperation o) {
                byOperation.put(o.operation().id(), o);
                byKey.computeIfAbsent(o.operation().key(), k -> new ArrayList<>())
                        .add(o);
            }
            if (s instanceof Step.Write w) {
                writeByDot.put(w.written().dot(), w.operation().id());
            }
        }
    }

    /** The kind of trace: {@link Mode#LWW}, or {@link Mode#VV} for every scheme that keeps siblings. */
    public Mode mode() {
        return scheme.mode();
    }

    /** The clock scheme this trace ran under ({@link Scheme#of(Mode)} for a mode's run). */
    public Scheme scheme() {
        return scheme;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The steps in the order the store applied them. */
    public List<Step> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    /** The step that applied operation {@code id}, or null. */
    public Step.OfOperation stepOf(String operationId) {
        return byOperation.get(operationId);
    }

    /** The step that applied write {@code id}, or null (no such operation, or a read). */
    public Step.Write writeOf(String operationId) {
        return byOperation.get(operationId) instanceof Step.Write w ? w : null;
    }

    /** The step that applied read {@code id}, or null (no such operation, or a write). */
    public Step.Read readOf(String operationId) {
        return byOperation.get(operationId) instanceof Step.Read r ? r : null;
    }

    /**
     * The writes whose values read {@code readId} returned, in the order it returned them: the
     * read-from edges of the happens-before graph. Under VV that is every sibling's writer, under
     * LWW the one write whose value won; empty when the read found nothing or is no read.
     */
    public List<String> observedWrites(String readId) {
        Step.Read read = readOf(readId);
        if (read == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Sibling<String> s : read.read().siblings()) {
            String write = operationOf(s);
            if (write != null && !out.contains(write)) {
                out.add(write);
            }
        }
        return List.copyOf(out);
    }

    /** The id of the write operation that produced {@code sibling}, or null. */
    public String operationOf(Sibling<?> sibling) {
        return writeByDot.get(sibling.dot());
    }

    /** Every gossip message the network handled, in the order sent, arrived or not. */
    public List<Transmission> messages() {
        return messages;
    }

    /** The steps at which message {@code messageId} arrived, in order: none, one, or two if duplicated. */
    public List<Step.Arrival> arrivals(String messageId) {
        return Collections.unmodifiableList(arrivals.getOrDefault(messageId, List.of()));
    }

    /** True when an arrival of message {@code messageId} changed what its receiver stores. */
    public boolean arrivalChangedReceiver(String messageId) {
        return arrivals(messageId).stream().anyMatch(Step::changedStore);
    }

    /** True when an arrival of message {@code messageId} made its receiver silently drop a write. */
    public boolean arrivalCausedLoss(String messageId) {
        return arrivals(messageId).stream().anyMatch(Step::causedLoss);
    }

    /**
     * True when, after step {@code index}, every replica stores the same writes (the same dots) for
     * every key: gossip has nothing left to tell. Values are compared by dot, not by value or order,
     * since two replicas may keep the same siblings in a different order. Always true for a single
     * store, and before the first step ({@code -1}).
     */
    public boolean convergedAt(int index) {
        Set<Map<String, Set<Dot>>> distinct = new HashSet<>();
        for (String r : replicaIds()) {
            Map<String, Set<Dot>> dots = new HashMap<>();
            replicaStateAt(index, r).forEach((k, sibs) -> {
                if (!sibs.isEmpty()) {
                    dots.put(k, new HashSet<>(sibs.stream().map(Sibling::dot).toList()));
                }
            });
            distinct.add(dots);
        }
        return distinct.size() <= 1;
    }

    /** The ids of the replicas, in the scenario's order. */
    public List<String> replicaIds() {
        return scenario.topology().replicas().stream()
                .map(Topology.ReplicaSpec::id)
                .toList();
    }

    /** Stored values of {@code replica} after step {@code index}; nothing before the first step. */
    public SortedMap<String, List<Sibling<String>>> replicaStateAt(int index, String replica) {
        if (index < 0 || steps.isEmpty()) {
            return Collections.emptySortedMap();
        }
        SortedMap<String, List<Sibling<String>>> s =
                steps.get(Math.min(index, steps.size() - 1)).replicas().get(replica);
        return s == null ? Collections.emptySortedMap() : s;
    }

    /** Stored values (of the first replica) after step {@code index}; before the first step ({@code -1}) nothing is stored. */
    public SortedMap<String, List<Sibling<String>>> stateAt(int index) {
        return index < 0
                ? Collections.emptySortedMap()
                : steps.get(Math.min(index, steps.size() - 1)).state();
    }

    /** Counters after step {@code index}; {@link Counters#ZERO} before the first step. */
    public Counters countersAt(int index) {
        return index < 0 || steps.isEmpty()
                ? Counters.ZERO
                : steps.get(Math.min(index, steps.size() - 1)).counters();
    }

    /** The counters at the end of the trace. */
    public Counters finalCounters() {
        return countersAt(steps.size() - 1);
    }

    /** The silent losses that happened in steps {@code 0..index}, in order. */
    public List<Loss<String>> lossesUpTo(int index) {
        List<Loss<String>> out = new ArrayList<>();
        for (int i = 0; i <= index && i < steps.size(); i++) {
            for (StoreEvent<String> e : steps.get(i).events()) {
                if (e instanceof StoreEvent.Lost<String> lost) {
                    out.add(lost.loss());
                }
            }
        }
        return out;
    }

    /** Every silent loss of the trace. */
    public List<Loss<String>> losses() {
        return lossesUpTo(steps.size() - 1);
    }

    /** Ids of the write operations that some replica silently dropped by step {@code index}. */
    public Set<String> lostWritesUpTo(int index) {
        Set<String> out = new LinkedHashSet<>();
        for (Loss<String> l : lossesUpTo(index)) {
            out.add(operationOf(l.lost()));
        }
        return out;
    }

    /** The happens-before view of operation {@code id}. */
    public CausalView causality(String operationId) {
        Step.OfOperation self = byOperation.get(operationId);
        if (self == null) {
            throw new IllegalArgumentException("no operation " + operationId);
        }
        Set<String> past = past(self);
        Set<String> future = new LinkedHashSet<>();
        Set<String> concurrent = new LinkedHashSet<>();
        List<Step.OfOperation> key = byKey.get(self.operation().key());
        // the writes that took their context from this operation (a read): what knows one knows it
        List<Step.Write> carriers = new ArrayList<>();
        for (Step.OfOperation s : key) {
            if (s instanceof Step.Write w && operationId.equals(w.contextRead())) {
                carriers.add(w);
            }
        }
        // only the key's steps: a step's past holds operations on its own key alone
        for (Step.OfOperation other : key) {
            if (other == self || past.contains(other.operation().id())) {
                continue;
            }
            if (knows(other, self, carriers)) {
                future.add(other.operation().id());
            } else if (other instanceof Step.Write
                    || self instanceof Step.Write
                    || !other.operation().client().equals(self.operation().client())) {
                // two reads of one client follow each other in its program: not a question of concurrency
                concurrent.add(other.operation().id());
            }
        }
        return new CausalView(operationId, past, future, concurrent);
    }

    /**
     * True when {@code self} is in {@link #past}{@code (other)}, found without making that set
     * (the view of one operation would otherwise make the past of every operation on its key):
     * {@code other} is a write whose context came from {@code self}, or {@code other}'s knowledge
     * descends {@code self}'s clock (a write) or the clock of a write whose context came from
     * {@code self} ({@code carriers}).
     */
    private static boolean knows(Step.OfOperation other, Step.OfOperation self, List<Step.Write> carriers) {
        if (other instanceof Step.Write w && self.operation().id().equals(w.contextRead())) {
            return true;
        }
        VersionVector knowledge = other.knowledge();
        if (self instanceof Step.Write w && knowledge.descends(w.written().clock())) {
            return true;
        }
        for (Step.Write c : carriers) {
            if (c != other && knowledge.descends(c.written().clock())) {
                return true;
            }
        }
        return false;
    }

    /** Operations on the same key that {@code step} knows of: writes its clock descends, and their context reads. */
    private Set<String> past(Step.OfOperation step) {
        Set<String> past = new LinkedHashSet<>();
        if (step instanceof Step.Write w && w.contextRead() != null) {
            past.add(w.contextRead());
        }
        String key = step.operation().key();
        // once, not per write: a read's knowledge is the merge of every returned clock
        VersionVector knowledge = step.knowledge();
        for (Step.OfOperation s : byKey.get(key)) {
            if (s != step
                    && s instanceof Step.Write other
                    && knowledge.descends(other.written().clock())) {
                past.add(other.operation().id());
                if (other.contextRead() != null) {
                    past.add(other.contextRead());
                }
            }
        }
        return past;
    }

    @Override
    public String toString() {
        Object name = scheme == Scheme.of(scheme.mode()) ? scheme.mode() : scheme.wireName();
        return "Trace[" + name + ", " + steps.size() + " steps, " + finalCounters() + "]";
    }

    /** Step-by-step map of key to values, rebuilt for tests and views that want plain data. */
    public Map<String, List<String>> valuesAt(int index) {
        Map<String, List<String>> out = new TreeMap<>();
        stateAt(index)
                .forEach((k, sibs) ->
                        out.put(k, sibs.stream().map(Sibling::value).toList()));
        return out;
    }
}
