package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.List;
import java.util.Map;
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

    /** What this operation knows: a write's clock, or the context a read returned. */
    public VersionVector knowledge() {
        return written != null ? written.clock() : context;
    }
}
