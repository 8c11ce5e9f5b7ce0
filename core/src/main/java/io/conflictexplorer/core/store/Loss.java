package io.conflictexplorer.core.store;

import java.util.Objects;

/**
 * A silent loss: an acknowledged value {@code lost} was removed from key {@code key}, or never
 * kept, in favour of {@code by}, whose clock does not descend the lost value's clock. The writer of
 * {@code by} never saw the lost value, so nothing but the store's rule decided that it should
 * disappear. {@code how} says which came first: a stored value overwritten by a later arrival, or an
 * arrival beaten at once by a value stored before it; a sentence about it must not get the order
 * wrong.
 */
public record Loss<V>(String key, Sibling<V> lost, Sibling<V> by, How how) {

    /** How the value was lost. */
    public enum How {
        /** {@code lost} was stored; {@code by} arrived later and replaced it (LWW: a higher timestamp). */
        OVERWRITTEN,
        /**
         * {@code lost} arrived and was dropped at once: {@code by}, stored before it, has the higher LWW
         * timestamp (or an equal one that wins the tie-break), although it is the older write.
         */
        BEATEN_ON_ARRIVAL,
        /**
         * {@code lost} arrived with the very clock {@code by}, stored before it, has: the naive client
         * counters take the clock for the write's identity, so the other write looks like this one.
         */
        SAME_CLOCK_ON_ARRIVAL
    }

    public Loss {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(how, "how");
    }

    /** A value stored, then overwritten by {@code by}. */
    public Loss(String key, Sibling<V> lost, Sibling<V> by) {
        this(key, lost, by, How.OVERWRITTEN);
    }

    /** The lost write as a sentence names it: "c1's write milk". */
    public String lostWrite() {
        return lost.writer() + "'s write " + lost.value();
    }

    /**
     * A sentence for people, in the order things happened, e.g. "c1's write a was acknowledged, then
     * overwritten by c2's write b, which never saw it", or "c2's write new was acknowledged, yet lost
     * on arrival: c1's write old, stored before it, has the higher LWW timestamp (52 against 9)".
     */
    public String explain() {
        String lostWrite = lostWrite();
        String byWrite = by.writer() + "'s write " + by.value();
        return switch (how) {
            case OVERWRITTEN ->
                lostWrite + " was acknowledged, then overwritten by " + byWrite + ", which never saw it";
            case BEATEN_ON_ARRIVAL -> {
                long mine = lost.timestamp().time();
                long theirs = by.timestamp().time();
                yield lostWrite + " was acknowledged, yet lost on arrival: " + byWrite + ", stored before it, has "
                        + (theirs == mine
                                ? "the same LWW timestamp (" + theirs + ") and wins the tie"
                                : "the higher LWW timestamp (" + theirs + " against " + mine + ")");
            }
            case SAME_CLOCK_ON_ARRIVAL ->
                lostWrite + " was acknowledged, yet lost on arrival: " + byWrite
                        + ", stored before it, has the same clock " + by.clock()
                        + ", which client counters take for the same write";
        };
    }
}
