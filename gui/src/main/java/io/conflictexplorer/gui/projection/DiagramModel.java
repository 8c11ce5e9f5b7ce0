package io.conflictexplorer.gui.projection;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Transmission;
import io.conflictexplorer.core.sim.WriteValue;
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
 * @param readsFrom  from each write a read returned to that read (the read-from edges)
 * @param marks      what the stores did at each write (and, in a cluster, at each gossip arrival), per mode
 * @param endTime    the last tick used
 * @param cursorTime time of the last applied step, or -1 before the first: where the time cursor
 *                   stands and where "at the cursor" acts
 * @param nextTime   time of the next step to apply, or -1 at the end
 * @param replicas   the replica lanes of a cluster; empty for a single store (one "store" lane)
 * @param messages   the gossip the network handled (VV trace), empty for a single store
 * @param partitions the cut links, empty for a single store
 * @param splits     true when a chip of the run, revealed or not yet, has a line of two parts
 *                   ({@link ChipText#splits}): Presenter's lanes then take chips of four lines,
 *                   before predict mode's reveal as after it
 */
public record DiagramModel(
        List<String> clients,
        List<Chip> chips,
        List<Arrow> arrows,
        List<ReadFrom> readsFrom,
        List<StoreMark> marks,
        long endTime,
        long cursorTime,
        long nextTime,
        List<ReplicaLane> replicas,
        List<Message> messages,
        List<PartitionBar> partitions,
        boolean splits) {

    /** A single-store diagram. */
    public DiagramModel(
            List<String> clients,
            List<Chip> chips,
            List<Arrow> arrows,
            List<ReadFrom> readsFrom,
            List<StoreMark> marks,
            long endTime,
            long cursorTime,
            long nextTime,
            boolean splits) {
        this(
                clients,
                chips,
                arrows,
                readsFrom,
                marks,
                endTime,
                cursorTime,
                nextTime,
                List.of(),
                List.of(),
                List.of(),
                splits);
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
        LOST_IN_LWW,
        /** Its dot tells it apart from other writes (Topology.dotsDecideIdentity): show it. */
        DOT_DECIDES
    }

    /**
     * What the stores made of a chip's operation: one case per kind of operation, and one for an
     * operation whose outcome the class has yet to predict.
     */
    public sealed interface Outcome {

        /**
         * Predict, then reveal: an operation at or after the step the class predicts. Only what the
         * scenario says is shown (its key, what a write writes by rule), nothing the stores made of it.
         *
         * @param write true for a write, false for a read
         * @param rule  what a write says it writes; null for a read
         */
        record Unrevealed(boolean write, WriteValue rule) implements Outcome {}

        /**
         * A write as the stores stamped it. A derived value (add an item, merge) is computed per
         * mode, so the two modes may have written different values.
         *
         * @param value        what it wrote under VV
         * @param lwwValue     what it wrote under LWW
         * @param rule         what the scenario says it writes (a literal, +item, merge)
         * @param clock        the version vector the VV store gave it
         * @param lwwTimestamp the time of the timestamp the LWW store gave it
         * @param dot          the dot the VV store gave it: the write's identity across replicas
         */
        record Written(String value, String lwwValue, WriteValue rule, VersionVector clock, long lwwTimestamp, Dot dot)
                implements Outcome {

            /** True when LWW wrote another value than VV. */
            public boolean modesDiffer() {
                return !value.equals(lwwValue);
            }
        }

        /**
         * A read as both stores answered it.
         *
         * @param got     the values the VV store returned, in its order (none: nothing stored yet)
         * @param lwwGot  the values the LWW store returned (at most one)
         * @param context the context the VV store returned: the merge of their clocks
         */
        record ReadBack(List<String> got, List<String> lwwGot, VersionVector context) implements Outcome {
            public ReadBack {
                got = List.copyOf(got);
                lwwGot = List.copyOf(lwwGot);
            }

            /** True when LWW returned something else than VV. */
            public boolean modesDiffer() {
                return !got.equals(lwwGot);
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
            return outcome instanceof Outcome.Written || outcome instanceof Outcome.Unrevealed u && u.write();
        }

        /** A write's value; empty for a read. */
        public String value() {
            return outcome instanceof Outcome.Written w ? w.value() : "";
        }

        /**
         * The text an in-place edit starts from, as the teacher typed the operation: {@code key=rule}
         * for a write ("x=a", "cart=add milk"), the key alone for a read.
         */
        public String editText() {
            if (outcome instanceof Outcome.Written w) {
                return key + "=" + w.rule().text();
            }
            return outcome instanceof Outcome.Unrevealed u && u.write()
                    ? key + "=" + u.rule().text()
                    : key;
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
     * A read-from edge: {@code read} returned the value {@code write} wrote ({@code Trace#observedWrites}).
     *
     * @param inVv    the VV store returned it (VV's clocks are the true happens-before)
     * @param inLww   the LWW store returned it (its one value)
     * @param applied the read is at or before the time cursor
     */
    public record ReadFrom(String write, String read, boolean inVv, boolean inLww, boolean applied) {}

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
     * @param vvLost     the values its arrival made the VV receiver silently drop (only the naive
     *                   clock scheme does); empty when none
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
            List<String> vvLost,
            boolean applied) {

        public Message {
            vvLost = List.copyOf(vvLost);
        }

        /** Its arrival made the VV receiver silently drop a write. */
        public boolean lossInVv() {
            return !vvLost.isEmpty();
        }

        public boolean arrived() {
            return status == Transmission.Status.DELIVERED || status == Transmission.Status.DUPLICATED;
        }
    }

    /** The link between replicas {@code a} and {@code b} is cut over [start, end). */
    public record PartitionBar(String id, String a, String b, long start, long end) {}
}
