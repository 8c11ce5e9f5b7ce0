package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Transmission;
import java.util.List;
import java.util.Set;

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

    /** A chip's yes-or-no facts, by name. */
    public enum ChipFlag {
        /** A write marked blind: it carries no context on purpose. */
        BLIND,
        /** A write that carried no context: it is blind, or its client never read the key. */
        NO_CONTEXT,
        /** At or before the time cursor. */
        APPLIED,
        /** The LWW store silently lost this write by the cursor. */
        LOST_IN_LWW
    }

    /** What the stores made of a chip's operation: one case per kind of operation. */
    public sealed interface Outcome {

        /**
         * A write as the stores stamped it.
         *
         * @param clock        the version vector the VV store gave it
         * @param lwwTimestamp the time of the timestamp the LWW store gave it
         */
        record Written(String value, VersionVector clock, long lwwTimestamp) implements Outcome {}

        /**
         * A read as the VV store answered it.
         *
         * @param got     the values it returned, in the store's order (none: nothing stored yet)
         * @param context the context it returned: the merge of their clocks
         */
        record ReadBack(List<String> got, VersionVector context) implements Outcome {
            public ReadBack {
                got = List.copyOf(got);
            }
        }
    }

    /**
     * One operation on its lane.
     *
     * @param replica in a cluster, the replica it is sent to; null for a single store
     */
    public record Chip(
            String id,
            String client,
            long time,
            String key,
            Outcome outcome,
            Set<ChipFlag> flags,
            Role role,
            String replica) {

        public Chip {
            flags = Set.copyOf(flags);
        }

        public boolean write() {
            return outcome instanceof Outcome.Written;
        }

        /** A write's value; empty for a read. */
        public String value() {
            return outcome instanceof Outcome.Written w ? w.value() : "";
        }

        public boolean has(ChipFlag flag) {
            return flags.contains(flag);
        }

        public boolean blind() {
            return has(ChipFlag.BLIND);
        }

        public boolean noContext() {
            return has(ChipFlag.NO_CONTEXT);
        }

        public boolean applied() {
            return has(ChipFlag.APPLIED);
        }

        public boolean lostInLww() {
            return has(ChipFlag.LOST_IN_LWW);
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
