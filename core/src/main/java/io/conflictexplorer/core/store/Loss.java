package io.conflictexplorer.core.store;

import java.util.Objects;

/**
 * A silent loss: an acknowledged value {@code lost} was removed from key {@code key} in favour of
 * {@code by}, whose clock does not descend the lost value's clock. The writer of {@code by} never
 * saw the lost value, so nothing but last-writer-wins decided that it should disappear.
 */
public record Loss<V>(String key, Sibling<V> lost, Sibling<V> by) {

    public Loss {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(by, "by");
    }

    /** A sentence for people, e.g. "c1's write a was acknowledged, then overwritten by c2's write b, which never saw it". */
    public String explain() {
        return lost.writer() + "'s write " + lost.value() + " was acknowledged, then overwritten by " + by.writer()
                + "'s write " + by.value() + ", which never saw it";
    }
}
