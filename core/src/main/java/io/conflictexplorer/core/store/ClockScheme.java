package io.conflictexplorer.core.store;

/**
 * How replicas tell two writes apart when they merge sibling sets.
 *
 * <p>Every write gets a client-keyed clock (the task's {@code vc}). With several replicas, two
 * replicas that have not yet gossiped can each give a client's write the same counter, so two
 * different writes end up with equal clocks.
 *
 * <ul>
 *   <li>{@code DOTTED} (the safe scheme, the default): every write also carries a {@code Dot} naming
 *       the replica that accepted it and that replica's sequence number. Dots decide identity: equal
 *       clocks with different dots are two concurrent writes and both stay as siblings. A value is
 *       superseded only by one whose clock strictly descends its clock. No write is lost.</li>
 *   <li>{@code CLIENT_COUNTERS} (the naive scheme, kept to show its failure): the clock is the
 *       identity. An incoming value whose clock a stored clock descends, equal included, is taken
 *       for one already known and dropped: if it was in fact another write, it is silently lost.</li>
 * </ul>
 */
public enum ClockScheme {
    DOTTED("dotted"),
    CLIENT_COUNTERS("client-counters");

    private final String wireName;

    ClockScheme(String wireName) {
        this.wireName = wireName;
    }

    /** The scheme named exactly {@code dotted} or {@code client-counters}, as scenario files spell them. */
    public static ClockScheme parse(String name) {
        for (ClockScheme s : values()) {
            if (s.wireName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("scheme must be \"dotted\" or \"client-counters\", was "
                + (name == null ? "null" : "\"" + name + "\""));
    }

    /** The name scenario files use: {@code dotted} or {@code client-counters}. */
    public String wireName() {
        return wireName;
    }
}
