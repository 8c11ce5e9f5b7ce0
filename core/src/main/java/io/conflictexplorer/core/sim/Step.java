package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One event of a {@link Trace} that reached a replica: a client's {@link Write} or {@link Read}, a
 * gossip message's {@link Arrival}, or a replica's {@link DataLoss}; what the replica's store did, and every replica's state right
 * after it. One case per kind, so each carries exactly what that kind has (a read returned values, a
 * write was stamped, an arrival came with a message) and nothing is null by kind.
 */
public sealed interface Step {

    /** Position in the trace (order of application). */
    int index();

    /** Where it stands in the simulator's order; its time is the step's time. */
    StepOrder order();

    /** The replica it happened at. */
    String replica();

    /** The store's events, in order (none for a read). */
    List<StoreEvent<String>> events();

    /** The counters after this step. */
    Counters counters();

    /** Every replica's stored values after this step. */
    Snapshot snapshot();

    /** When it happened: the operation's time, or the gossip message's arrival. */
    default long time() {
        return order().time();
    }

    /** Every key's stored values at the scenario's first replica after this step. */
    default SortedMap<String, List<Sibling<String>>> state() {
        return snapshot().first();
    }

    /** Every replica's stored values after this step, by replica id. */
    default Map<String, SortedMap<String, List<Sibling<String>>>> replicas() {
        return snapshot().replicas();
    }

    /** True when this step changed what its replica stores ({@link StoreEvent#changesStore()}). */
    default boolean changedStore() {
        return events().stream().anyMatch(StoreEvent::changesStore);
    }

    /** The acknowledged writes this step made its replica silently drop, in order. */
    default List<Loss<String>> losses() {
        List<Loss<String>> out = new ArrayList<>();
        for (StoreEvent<String> e : events()) {
            if (e instanceof StoreEvent.Lost<String> l) {
                out.add(l.loss());
            }
        }
        return out;
    }

    /** True when this step made its replica silently drop an acknowledged write. */
    default boolean causedLoss() {
        return events().stream().anyMatch(e -> e instanceof StoreEvent.Lost);
    }

    /** The conflict this step reported last (the siblings its replica keeps then), if any. */
    default Optional<StoreEvent.ConflictDetected<String>> lastConflict() {
        StoreEvent.ConflictDetected<String> conflict = null;
        for (StoreEvent<String> e : events()) {
            if (e instanceof StoreEvent.ConflictDetected<String> c) {
                conflict = c;
            }
        }
        return Optional.ofNullable(conflict);
    }

    /**
     * Every replica's stored values right after a step, by replica id, and the scenario's first
     * replica (a single store's only one). A snapshot the simulator makes holds only each replica's
     * version in its {@link StateHistory} and makes a replica's map when asked for it, so a long
     * trace does not hold a copy of every key at every step. Equal when they hold the same values.
     */
    final class Snapshot {
        private final String firstReplica;
        private final String[] ids;
        private final StateHistory[] histories;
        private final int[] versions;
        private Map<String, SortedMap<String, List<Sibling<String>>>> given;

        /** A snapshot of the given maps (immutable). */
        public Snapshot(String firstReplica, Map<String, SortedMap<String, List<Sibling<String>>>> replicas) {
            this.firstReplica = firstReplica;
            this.given = Map.copyOf(replicas);
            this.ids = null;
            this.histories = null;
            this.versions = null;
        }

        /** Replica {@code ids[i]} at version {@code versions[i]} of {@code histories[i]}. */
        Snapshot(String firstReplica, String[] ids, StateHistory[] histories, int[] versions) {
            this.firstReplica = firstReplica;
            this.ids = ids;
            this.histories = histories;
            this.versions = versions;
        }

        public String firstReplica() {
            return firstReplica;
        }

        /** Every replica's stored values, by replica id. */
        public Map<String, SortedMap<String, List<Sibling<String>>>> replicas() {
            if (given != null) {
                return given;
            }
            Map<String, SortedMap<String, List<Sibling<String>>>> out = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                out.put(ids[i], histories[i].state(versions[i]));
            }
            return Collections.unmodifiableMap(out);
        }

        /** The first replica's stored values. */
        public SortedMap<String, List<Sibling<String>>> first() {
            if (given != null) {
                return given.get(firstReplica);
            }
            for (int i = 0; i < ids.length; i++) {
                if (ids[i].equals(firstReplica)) {
                    return histories[i].state(versions[i]);
                }
            }
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s
                    && s.firstReplica.equals(firstReplica)
                    && s.replicas().equals(replicas());
        }

        @Override
        public int hashCode() {
            return firstReplica.hashCode() * 31 + replicas().hashCode();
        }

        @Override
        public String toString() {
            return "Snapshot[firstReplica=" + firstReplica + ", replicas=" + replicas() + "]";
        }
    }

    /** A client's read or write. */
    sealed interface OfOperation extends Step {

        Operation operation();

        /** What this operation knows: a write's clock, or the context a read returned. */
        VersionVector knowledge();
    }

    /**
     * A client's write.
     *
     * @param context     the clock it carried (empty if blind or its client never read the key)
     * @param contextRead the id of the read its context came from, or null (blind, or no read)
     * @param written     the value as the store stamped it; its value is what this mode's run wrote
     *                    (a derived {@link WriteValue} differs between modes)
     */
    record Write(
            int index,
            StepOrder order,
            Operation.Write operation,
            String replica,
            VersionVector context,
            String contextRead,
            Sibling<String> written,
            List<StoreEvent<String>> events,
            Counters counters,
            Snapshot snapshot)
            implements OfOperation {
        public Write {
            events = List.copyOf(events);
        }

        /** The value this write wrote in this trace's mode. */
        public String value() {
            return written.value();
        }

        @Override
        public VersionVector knowledge() {
            return written.clock();
        }
    }

    /**
     * A client's read.
     *
     * @param read what it returned; its context is what the client sends with its next write
     */
    record Read(
            int index,
            StepOrder order,
            Operation.Read operation,
            String replica,
            ReadResult<String> read,
            Counters counters,
            Snapshot snapshot)
            implements OfOperation {

        /** A read changes nothing: no store events. */
        @Override
        public List<StoreEvent<String>> events() {
            return List.of();
        }

        @Override
        public VersionVector knowledge() {
            return read.context();
        }
    }

    /**
     * Replica {@code replica} lost everything it stored ({@code keys}) and restarted empty: a
     * {@link NetworkEvent.DataLoss}. No store event: no clock decided it.
     */
    record DataLoss(
            int index,
            StepOrder order,
            NetworkEvent.DataLoss event,
            List<String> keys,
            Counters counters,
            Snapshot snapshot)
            implements Step {
        public DataLoss {
            keys = List.copyOf(keys);
        }

        @Override
        public String replica() {
            return event.replica();
        }

        @Override
        public List<StoreEvent<String>> events() {
            return List.of();
        }
    }

    /** A gossip {@code message}'s arrival at its receiver ({@code replica}). */
    record Arrival(
            int index,
            StepOrder order,
            Transmission message,
            String replica,
            List<StoreEvent<String>> events,
            Counters counters,
            Snapshot snapshot)
            implements Step {
        public Arrival {
            events = List.copyOf(events);
        }
    }
}
