package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One event of a {@link Trace} that reached a replica: a client's {@link Write} or {@link Read}, or
 * a gossip message's {@link Arrival}; what the replica's store did, and every replica's state right
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
     * replica (a single store's only one). Replicas a step did not change share their previous
     * (immutable) map, so a long cluster trace does not copy every state at every step.
     */
    record Snapshot(String firstReplica, Map<String, SortedMap<String, List<Sibling<String>>>> replicas) {
        public Snapshot {
            replicas = Map.copyOf(replicas);
        }

        /** The first replica's stored values. */
        public SortedMap<String, List<Sibling<String>>> first() {
            return replicas.get(firstReplica);
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
     * @param written     the value as the store stamped it
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
