package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.cluster.Replicated;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import io.conflictexplorer.core.store.WriteResult;
import java.util.List;

/**
 * One replica of a simulated run under some {@link Scheme}, as the simulator drives it: writes,
 * reads, gossip, and the loss of its data. Every scheme answers in the store's vocabulary
 * ({@link StoreEvent}s about {@link Sibling}s), so a run under any scheme is the same kind of trace.
 */
public interface ReplicaStore {

    /** The replica's id in the scenario. */
    String id();

    /** A client's write, with the context it sends ({@link VersionVector#empty()}: none). */
    WriteResult<String> write(String key, String writer, String value, VersionVector context);

    /** A client's read of {@code key}; what a later write with its context saw. */
    ReadResult<String> read(String client, String key);

    /** The values stored for {@code key} now, without anyone reading them. */
    List<Sibling<String>> stored(String key);

    /** Everything stored, key by key in key order, as gossip sends it. */
    List<Replicated<String>> state();

    /** Merges another replica's state; the events in order. */
    List<StoreEvent<String>> receive(List<Replicated<String>> values);

    /**
     * The replica loses everything it stored and restarts empty (a disk failure, a wiped backend);
     * with {@code newActor} it takes a new actor id for its clock entries (Riak's fix for KV679),
     * else it counts again from 1 under its old id. Returns the keys it had.
     */
    List<String> loseData(boolean newActor);
}
