package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Transmission;
import java.util.List;

/**
 * What the space-time diagram draws, all of it read off the two traces: lanes, chips, context
 * arrows and the store lane's marks; in a cluster also the replica lanes, the gossip messages
 * between them and the partitions that cut their links. Immutable; the view redraws from a new one
 * after every change.
 *
 * @param clients    one lane per client, in scenario order
 * @param chips      one per operation
 * @param arrows     from the read whose context a write carried to that write
 * @param marks      what the stores did at each write (and, in a cluster, at each gossip arrival), per mode
 * @param endTime    the last tick used
 * @param cursorTime time of the last applied step, or -1 before the first
 * @param nextTime   time of the next step to apply, or -1 at the end
 * @param replicas   the replica lanes of a cluster; empty for a single store (one "store" lane)
 * @param messages   the gossip the network handled (VV trace), empty for a single store
 * @param partitions the cut links, empty for a single store
 */
public record DiagramModel(
        List<String> clients,
        List<Chip> chips,
        List<Arrow> arrows,
        List<StoreMark> marks,
        long endTime,
        long cursorTime,
        long nextTime,
        List<ReplicaLane> replicas,
        List<Message> messages,
        List<PartitionBar> partitions) {

    /** A single-store diagram. */
    public DiagramModel(
            List<String> clients,
            List<Chip> chips,
            List<Arrow> arrows,
            List<StoreMark> marks,
            long endTime,
            long cursorTime,
            long nextTime) {
        this(clients, chips, arrows, marks, endTime, cursorTime, nextTime, List.of(), List.of(), List.of());
    }

    public boolean isCluster() {
        return !replicas.isEmpty();
    }

    /** How a chip relates to the selected operation (Trace.causality). */
    public enum Role {
        NONE,
        SELECTED,
        PAST,
        FUTURE,
        CONCURRENT
    }

    /**
     * One operation on its lane.
     *
     * @param clock       for a write, the version vector the VV store gave it; for a read, what it got (VV)
     * @param timestamp   for a write, its LWW timestamp; for a read, the context it returned (VV)
     * @param noContext   a write that carried no context (blind, or its client never read the key)
     * @param applied     at or before the time cursor
     * @param lostInLww   the LWW store silently lost this write by the cursor
     * @param replica     in a cluster, the replica it is sent to; null for a single store
     */
    public record Chip(
            String id,
            String client,
            long time,
            boolean write,
            String key,
            String value,
            String label,
            String clock,
            String timestamp,
            boolean blind,
            boolean noContext,
            boolean applied,
            boolean lostInLww,
            Role role,
            String replica) {

        public Chip(
                String id,
                String client,
                long time,
                boolean write,
                String key,
                String value,
                String label,
                String clock,
                String timestamp,
                boolean blind,
                boolean noContext,
                boolean applied,
                boolean lostInLww,
                Role role) {
            this(
                    id, client, time, write, key, value, label, clock, timestamp, blind, noContext, applied, lostInLww,
                    role, null);
        }
    }

    /** The context arrow: {@code write} carries the context returned by {@code read}. */
    public record Arrow(String read, String write) {}

    /**
     * A note on a store lane at {@code time}; {@code loss} and {@code conflict} pick its colour.
     *
     * @param replica the replica lane it belongs on (null: the single store's lane)
     */
    public record StoreMark(String operation, long time, String text, boolean loss, boolean conflict, String replica) {

        public StoreMark(String operation, long time, String text, boolean loss, boolean conflict) {
            this(operation, time, text, loss, conflict, null);
        }
    }

    /** A replica's lane and its clock skew in ticks. */
    public record ReplicaLane(String id, long skew) {}

    /**
     * One gossip message, drawn from the sender's lane at {@code sendTime} to the receiver's at
     * {@code deliverTime}.
     *
     * @param changed    its arrival changed what the receiver stores (VV or LWW)
     * @param lossInLww  its arrival made the LWW receiver silently drop a write
     * @param applied    it was sent (and, if it arrived, arrived) by the time cursor
     */
    public record Message(
            String id,
            String from,
            String to,
            long sendTime,
            long deliverTime,
            Transmission.Status status,
            boolean periodic,
            boolean changed,
            boolean lossInLww,
            boolean applied) {

        public boolean arrived() {
            return status == Transmission.Status.DELIVERED || status == Transmission.Status.DUPLICATED;
        }
    }

    /** The link between replicas {@code a} and {@code b} is cut over [start, end). */
    public record PartitionBar(String id, String a, String b, long start, long end) {}
}
