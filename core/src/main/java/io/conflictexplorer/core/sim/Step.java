package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.List;
import java.util.SortedMap;

/**
 * One applied operation of a {@link Trace}: what the client sent, what the store did, and the state
 * right after it.
 *
 * @param index        position in the trace (order of application)
 * @param operation    the operation applied
 * @param context      for a write, the clock it carried (empty if blind or nothing was read); for a
 *                     read, the context it returned
 * @param contextRead  for a write, the id of the read its context came from, or null
 * @param written      for a write, the value as the store stamped it; null for a read
 * @param read         for a read, what it returned; null for a write
 * @param events       the store's events, in order
 * @param state        every key's stored values after this step
 * @param counters     the counters after this step
 * @param narration    one sentence saying what happened
 */
public record Step(int index, Operation operation, VersionVector context, String contextRead,
                   Sibling<String> written, ReadResult<String> read, List<StoreEvent<String>> events,
                   SortedMap<String, List<Sibling<String>>> state, Counters counters, String narration) {

    public Step {
        events = List.copyOf(events);
    }

    public boolean isWrite() {
        return written != null;
    }

    /** What this operation knows: a write's clock, or the context a read returned. */
    public VersionVector knowledge() {
        return written != null ? written.clock() : context;
    }
}
