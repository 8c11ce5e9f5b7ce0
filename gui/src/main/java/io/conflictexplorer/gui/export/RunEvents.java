package io.conflictexplorer.gui.export;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.sim.Transmission;
import io.conflictexplorer.core.store.Loss;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run as the text exports tell it: the VV trace's steps in delivery order, with the gossip sends
 * the network handled put at their send time (at equal times arrivals, then sends, then client
 * operations, as the simulator orders them), and what the LWW run did at the same place: a write
 * LWW silently dropped is told where LWW dropped it. The sequence diagrams and the ShiViz log are
 * all read off this one list, so they tell the same story.
 */
final class RunEvents {

    /** One thing that happened, in delivery order. */
    sealed interface Event {
        long time();
    }

    /**
     * A client's read or write at its replica.
     *
     * @param vv        the VV trace's step
     * @param lww       the LWW trace's step for the same operation
     */
    record Operation(Step.OfOperation vv, Step.OfOperation lww) implements Event {
        @Override
        public long time() {
            return vv.time();
        }
    }

    /** A gossip message leaves its sender (whether it arrives or not). */
    record Send(Transmission message) implements Event {
        @Override
        public long time() {
            return message.sendTime();
        }
    }

    /**
     * A gossip message's arrival at its receiver in the VV run.
     *
     * @param lwwLosses the writes the same message's arrival made the LWW receiver drop
     */
    record Arrival(Step.Arrival vv, List<Loss<String>> lwwLosses) implements Event {
        @Override
        public long time() {
            return vv.time();
        }
    }

    /** The LWW run dropped writes at an arrival the VV run does not have (it gossiped differently). */
    record LwwOnlyLoss(long time, String replica, List<Loss<String>> losses) implements Event {}

    private RunEvents() {}

    /** The events of {@code sim}, in delivery order. */
    static List<Event> of(Simulation sim) {
        Trace vv = sim.vv();
        Trace lww = sim.lww();
        record Keyed(Event event, long time, int kind, int seq) {}
        List<Keyed> keyed = new ArrayList<>();
        int seq = 0;
        for (Step s : vv.steps()) {
            if (s instanceof Step.OfOperation op) {
                keyed.add(new Keyed(new Operation(op, lww.stepOf(op.operation().id())), s.time(), 2, seq++));
            } else if (s instanceof Step.Arrival a) {
                List<Loss<String>> lwwLosses = new ArrayList<>();
                List<Step.Arrival> inLww = lww.arrivals(a.message().id());
                int nth = vv.arrivals(a.message().id()).indexOf(a);
                if (nth >= 0 && nth < inLww.size()) {
                    lwwLosses.addAll(inLww.get(nth).losses());
                }
                keyed.add(new Keyed(new Arrival(a, lwwLosses), s.time(), 0, seq++));
            }
        }
        for (Transmission t : vv.messages()) {
            keyed.add(new Keyed(new Send(t), t.sendTime(), 1, seq++));
        }
        for (Step s : lww.steps()) {
            if (s instanceof Step.Arrival a
                    && a.causedLoss()
                    && vv.arrivals(a.message().id()).isEmpty()) {
                keyed.add(new Keyed(new LwwOnlyLoss(a.time(), a.replica(), a.losses()), a.time(), 0, seq++));
            }
        }
        keyed.sort(Comparator.comparingLong(Keyed::time)
                .thenComparingInt(Keyed::kind)
                .thenComparingInt(Keyed::seq));
        return keyed.stream().map(Keyed::event).toList();
    }

    /** The replicas' lanes: the topology's replicas, or the single store. */
    static List<String> replicas(Simulation sim) {
        return sim.vv().replicaIds();
    }

    /** The partitions of the scenario's network, in order. */
    static List<NetworkEvent.Partition> partitions(Simulation sim) {
        List<NetworkEvent.Partition> out = new ArrayList<>();
        for (NetworkEvent e : sim.scenario().topology().network()) {
            if (e instanceof NetworkEvent.Partition p) {
                out.add(p);
            }
        }
        return out;
    }

    /** The partitions in force at {@code time}. */
    static List<NetworkEvent.Partition> cutAt(List<NetworkEvent.Partition> partitions, long time) {
        return partitions.stream()
                .filter(p -> time >= p.start() && time < p.end())
                .toList();
    }

    /** "partition n1 | n2, t=2 to 14" for each partition, joined. */
    static String describe(List<NetworkEvent.Partition> cut) {
        List<String> parts = new ArrayList<>();
        for (NetworkEvent.Partition p : cut) {
            parts.add("partition " + p.a() + " | " + p.b() + ", t=" + p.start() + " to " + p.end());
        }
        return String.join("; ", parts);
    }

    /** The siblings a VV step left after a conflict, as "a | b", or null when it reported none. */
    static String siblings(Step step) {
        return step.lastConflict()
                .map(c -> String.join(
                        " | ", c.siblings().stream().map(s -> s.value()).toList()))
                .orElse(null);
    }

    /** What one loss was: "c1's write a (dropped for c2's b)". */
    static String lossText(Loss<String> l) {
        return l.lost().writer() + "'s write " + l.key() + "=" + l.lost().value() + " (kept " + l.by().writer() + "'s "
                + l.by().value() + ")";
    }

    /** Short words for what a read returned: "a | b", or "nothing". */
    static String got(Step.OfOperation read) {
        if (read instanceof Step.Read r) {
            List<String> values =
                    r.read().siblings().stream().map(s -> s.value()).toList();
            return values.isEmpty() ? "nothing" : String.join(" | ", values);
        }
        return "";
    }

    /** A short text of an operation: "write x=a" or "read x". */
    static String operation(Step.OfOperation s) {
        if (s instanceof Step.Write w) {
            return "write " + w.operation().key() + "=" + w.value();
        }
        return "read " + s.operation().key();
    }
}
