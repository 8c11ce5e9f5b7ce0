package io.conflictexplorer.core.sim;

/**
 * One gossip message as the simulated network handled it: sent by {@code from} at
 * {@code sendTime} carrying {@code values} stored values, due at {@code to} at {@code deliverTime}.
 *
 * @param id       the scenario's message id, or {@code g<time>:<from>-<to>} for periodic gossip
 * @param periodic true for the topology's periodic anti-entropy, false for a scenario message
 */
public record Transmission(
        String id,
        String from,
        String to,
        long sendTime,
        long deliverTime,
        Status status,
        int values,
        boolean periodic) {

    /** What became of the message. */
    public enum Status {
        /** Arrived once. */
        DELIVERED,
        /** Arrived twice. */
        DUPLICATED,
        /** The network lost it. */
        DROPPED,
        /** The link was partitioned when it was sent or when it would have arrived. */
        CUT
    }

    public boolean arrived() {
        return status == Status.DELIVERED || status == Status.DUPLICATED;
    }
}
