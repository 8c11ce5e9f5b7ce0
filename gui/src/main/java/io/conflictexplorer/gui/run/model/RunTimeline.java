package io.conflictexplorer.gui.run.model;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.sim.Transmission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The chips and gossip of an opened run, laid out once for drawing and navigation: one chip per
 * client operation, in the simulator's order (by time), with its lane, key, kind and marks, in flat
 * arrays. A run has tens of thousands of operations, so the run window lays out from here only
 * what is visible ({@link RunFrames}, by binary search on time) instead of holding a node per chip,
 * and nothing is recomputed per frame.
 *
 * <p>Lanes: one per client in scenario order, then, in a cluster, one per replica. Marks come from
 * the traces alone: {@link Mark#LOSS} for a write the LWW trace silently dropped, {@link
 * Mark#CONFLICT} for a VV read that returned siblings or a VV write that left some, and {@link
 * Mark#DIVERGENCE} for the operations the comparison with a node's replies named.
 */
public final class RunTimeline {

    private final List<String> lanes;
    private final int clientLanes;
    private final List<String> keys;
    private final String[] ids;
    private final int[] lane;
    private final long[] time;
    private final boolean[] write;
    private final int[] key;
    private final byte[] marks;
    private final int[] contextFrom;
    private final int[] replicaLane;
    private final boolean[] literalContext;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Gossip> gossip;
    private final long endTime;

    private RunTimeline(Simulation simulation, Set<String> divergent) {
        Scenario sc = simulation.scenario();
        Trace vv = simulation.vv();
        Trace lww = simulation.lww();
        List<String> l = new ArrayList<>(sc.clients());
        clientLanes = l.size();
        boolean cluster = !sc.topology().isSingle();
        if (cluster) {
            sc.topology().replicas().stream().map(Topology.ReplicaSpec::id).forEach(l::add);
        }
        lanes = List.copyOf(l);
        Map<String, Integer> laneOf = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            laneOf.putIfAbsent(lanes.get(i), i);
        }
        TreeSet<String> keySet = new TreeSet<>();
        sc.operations().forEach(op -> keySet.add(op.key()));
        keys = List.copyOf(keySet);
        Map<String, Integer> keyOf = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            keyOf.put(keys.get(i), i);
        }
        Set<String> lost = lww.lostWritesUpTo(lww.size() - 1);
        int n = sc.operations().size();
        ids = new String[n];
        lane = new int[n];
        time = new long[n];
        write = new boolean[n];
        key = new int[n];
        marks = new byte[n];
        contextFrom = new int[n];
        replicaLane = new int[n];
        literalContext = new boolean[n];
        int c = 0;
        long end = sc.endTime();
        for (Step step : vv.steps()) {
            if (!(step instanceof Step.OfOperation s)) {
                continue;
            }
            Operation op = s.operation();
            ids[c] = op.id();
            lane[c] = laneOf.get(op.client());
            time[c] = op.time();
            key[c] = keyOf.get(op.key());
            contextFrom[c] = -1;
            replicaLane[c] = cluster ? laneOf.getOrDefault(s.replica(), -1) : -1;
            int m = 0;
            if (s instanceof Step.Write w) {
                write[c] = true;
                if (w.contextRead() != null && index.containsKey(w.contextRead())) {
                    contextFrom[c] = index.get(w.contextRead());
                }
                literalContext[c] = w.contextRead() == null
                        && w.operation().context() != null
                        && !w.context().isEmpty();
                if (lost.contains(op.id())) {
                    m |= Mark.LOSS.bit();
                }
                if (w.lastConflict().isPresent()) {
                    m |= Mark.CONFLICT.bit();
                }
            } else if (s instanceof Step.Read r && r.read().conflict()) {
                m |= Mark.CONFLICT.bit();
            }
            if (divergent.contains(op.id())) {
                m |= Mark.DIVERGENCE.bit();
            }
            marks[c] = (byte) m;
            index.put(op.id(), c);
            c++;
        }
        List<Gossip> sent = new ArrayList<>();
        if (cluster) {
            for (Transmission t : vv.messages()) {
                sent.add(new Gossip(
                        replicaLane(t.from()), replicaLane(t.to()), t.sendTime(), t.deliverTime(), t.arrived()));
                end = Math.max(end, t.deliverTime());
            }
        }
        gossip = List.copyOf(sent);
        endTime = end;
    }

    /**
     * Lays out {@code simulation}, marking {@code divergent} (operation ids the comparison with a
     * node's replies named; empty when no replies were compared).
     */
    public static RunTimeline of(Simulation simulation, Set<String> divergent) {
        return new RunTimeline(simulation, divergent);
    }

    /** Lane names: the clients, then (in a cluster) the replicas. */
    public List<String> lanes() {
        return lanes;
    }

    /** How many of {@link #lanes()} are clients (the rest are replicas). */
    public int clientLanes() {
        return clientLanes;
    }

    /** Every key the run uses, sorted. */
    public List<String> keys() {
        return keys;
    }

    /** The number of chips. */
    public int size() {
        return ids.length;
    }

    public String id(int chip) {
        return ids[chip];
    }

    public int lane(int chip) {
        return lane[chip];
    }

    public String client(int chip) {
        return lanes.get(lane[chip]);
    }

    public long time(int chip) {
        return time[chip];
    }

    public boolean isWrite(int chip) {
        return write[chip];
    }

    public String key(int chip) {
        return keys.get(key[chip]);
    }

    /** True when {@code chip} carries {@code mark}. */
    public boolean has(int chip, Mark mark) {
        return (marks[chip] & mark.bit()) != 0;
    }

    /** True for a write that sent a clock no earlier read of its client returned (a literal context). */
    public boolean literalContext(int chip) {
        return literalContext[chip];
    }

    /** In a cluster, the lane of the replica {@code chip}'s operation went to; else -1. */
    public int replicaLaneOf(int chip) {
        return replicaLane[chip];
    }

    /** Every mark of {@code chip}, as {@link Mark} bits. */
    byte marks(int chip) {
        return marks[chip];
    }

    /** The chip of the read whose reply a write's context came from, or -1. */
    public int contextFrom(int chip) {
        return contextFrom[chip];
    }

    /** The chip of operation {@code id}, or -1. */
    public int chipOf(String operationId) {
        Integer i = index.get(operationId);
        return i == null ? -1 : i;
    }

    /** How many chips carry {@code mark}. */
    public int count(Mark mark) {
        int n = 0;
        for (byte m : marks) {
            if ((m & mark.bit()) != 0) {
                n++;
            }
        }
        return n;
    }

    /** True when {@code chip} passes {@code filter}. */
    public boolean accepts(RunFilter filter, int chip) {
        return filter.accepts(client(chip), key(chip));
    }

    /** The first chip at or after {@code tick} (chips are in time order), or {@link #size()}. */
    public int firstAtOrAfter(long tick) {
        int lo = 0;
        int hi = ids.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < tick) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The gossip messages of a cluster run (VV trace), in the trace's order; empty for a single store. */
    public List<Gossip> gossip() {
        return gossip;
    }

    /** The lane of replica {@code id}, or -1. */
    private int replicaLane(String id) {
        int i = lanes.subList(clientLanes, lanes.size()).indexOf(id);
        return i < 0 ? -1 : clientLanes + i;
    }

    /** The last tick anything happens at. */
    public long endTime() {
        return endTime;
    }

    /** The first tick anything happens at (0 for an empty run). */
    public long startTime() {
        return ids.length == 0 ? 0 : time[0]; // chips are in time order
    }
}
