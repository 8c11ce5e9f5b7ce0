package io.conflictexplorer.core.store;

import java.util.List;

/** What merging one replicated value did; {@code applied} is false when it changed nothing. */
public record MergeResult<V>(boolean applied, List<StoreEvent<V>> events) {

    public MergeResult {
        events = List.copyOf(events);
    }
}
