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
 * One event of a {@link Trace} that reached a replica: a client's operation, or a gossip message's
 * arrival; what the replica's store did, and the state right after it.
 *
 * @param index        position in the trace (order of application)
 * @param operation    the operation applied; null when a gossip message arrived
 * @param context      for a write, the clock it carried (empty if blind or nothing was read); for a
 *                     read, the context it returned
 * @param contextRead  for a write, the id of the read its context came from, or null
 * @param written      for a write, the value as the store stamped it; null for a read
 * @param read         for a read, what it returned; null for a write
 * @param events       the store's events, in order
 * @param state        every key's stored values after this step
 * @param counters     the counters after this step
 * @param narration    one sentence saying what happened
 * @param replica      the replica it happened at
 * @param message      the gossip message that arrived, or null for a client's operation
 * @param replicas     every replica's stored values after this step, by replica id
 */
public record Step(
        int index,
        Operation operation,
        VersionVector context,
        String contextRead,
        Sibling<String> written,
        ReadResult<String> read,
        List<StoreEvent<String>> events,
        SortedMap<String, List<Sibling<String>>> state,
        Counters counters,
        String narration,
        String replica,
        Transmission message,
        Map<String, SortedMap<String, List<Sibling<String>>>> replicas) {

    public Step {
        events = List.copyOf(events);
        replicas = replicas == null ? Map.of() : Map.copyOf(replicas);
    }

    /** When it happened: the operation's time, or the gossip message's arrival. */
    public long time() {
        return operation != null ? operation.time() : message.deliverTime();
    }

    /** True for a gossip message's arrival. */
    public boolean isGossip() {
        return message != null;
    }

    public boolean isWrite() {
        return written != null;
    }

    /** True when this step changed what its replica stores ({@link StoreEvent#changesStore()}). */
    public boolean changedStore() {
        return events.stream().anyMatch(StoreEvent::changesStore);
    }

    /** The acknowledged writes this step made its replica silently drop, in order. */
    public List<Loss<String>> losses() {
        List<Loss<String>> out = new ArrayList<>();
        for (StoreEvent<String> e : events) {
            if (e instanceof StoreEvent.Lost<String> l) {
                out.add(l.loss());
            }
        }
        return out;
    }

    /** True when this step made its replica silently drop an acknowledged write. */
    public boolean causedLoss() {
        return events.stream().anyMatch(e -> e instanceof StoreEvent.Lost);
    }

    /** The conflict this step reported last (the siblings its replica keeps then), if any. */
    public Optional<StoreEvent.ConflictDetected<String>> lastConflict() {
        StoreEvent.ConflictDetected<String> conflict = null;
        for (StoreEvent<String> e : events) {
            if (e instanceof StoreEvent.ConflictDetected<String> c) {
                conflict = c;
            }
        }
        return Optional.ofNullable(conflict);
    }

    /** What this operation knows: a write's clock, or the context a read returned. */
    public VersionVector knowledge() {
        return written != null ? written.clock() : context;
    }
}
