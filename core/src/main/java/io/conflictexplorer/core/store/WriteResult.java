package io.conflictexplorer.core.store;

import java.util.List;

/**
 * What a write did: the value as stored ({@code written}, with the clock and timestamp the store
 * gave it) and the events in order. {@code kept} is false only under LWW when a stored value with a
 * later timestamp beat the write on arrival.
 */
public record WriteResult<V>(Sibling<V> written, boolean kept, List<StoreEvent<V>> events) {

    public WriteResult {
        events = List.copyOf(events);
    }
}
