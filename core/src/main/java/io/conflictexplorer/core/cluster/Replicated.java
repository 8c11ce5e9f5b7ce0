package io.conflictexplorer.core.cluster;

import io.conflictexplorer.core.store.Sibling;
import java.util.Objects;

/** One stored value of one key, as a replica sends it to another in anti-entropy gossip. */
public record Replicated<V>(String key, Sibling<V> sibling) {

    public Replicated {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sibling, "sibling");
    }
}
