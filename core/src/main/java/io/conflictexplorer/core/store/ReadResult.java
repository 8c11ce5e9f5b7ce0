package io.conflictexplorer.core.store;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.List;

/**
 * The stored values of a key, in arrival order. A key never written has none.
 *
 * <p>Rule: there is a conflict when more than one value is stored; the context a client should
 * send with its next write is the merge of all their clocks, so that write supersedes them all.
 */
public record ReadResult<V>(String key, List<Sibling<V>> siblings) {

    public ReadResult {
        siblings = List.copyOf(siblings);
    }

    /** True when concurrent values are kept side by side. */
    public boolean conflict() {
        return siblings.size() > 1;
    }

    /** The merge of every returned value's clock. */
    public VersionVector context() {
        VersionVector c = VersionVector.empty();
        for (Sibling<V> s : siblings) {
            c = c.merge(s.clock());
        }
        return c;
    }
}
