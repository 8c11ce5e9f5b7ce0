package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.cluster.Replicated;
import io.conflictexplorer.core.scheme.ReplicaStore;
import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.scheme.SchemeReplica;
import io.conflictexplorer.core.scheme.StoreReplica;
import io.conflictexplorer.core.scheme.TrueCausality;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import io.conflictexplorer.core.store.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Turns a {@link Scenario} into a {@link Trace}, deterministically: the same scenario always gives
 * the same trace.
 *
 * <p>Rules: events happen in order of time; at equal times gossip arrivals come first, then sends,
 * then client operations in scenario order. Each replica stamps last-writer-wins timestamps with
 * true time plus its skew. A read returns the values stored at its replica and the client remembers
 * their merged clock as its context for that key; a write sends the context of its client's last
 * read of the key (none if it never read it, or if the write is blind), or the clock the write
 * gives itself ({@link Operation.Write#context()}: a transcript's literal context), which is then
 * drawn from its client's latest earlier read that returned exactly that clock. A derived write value
 * ({@link WriteValue}) is computed in each mode from what its client read or wrote in that mode, so
 * under LWW a client never writes what only VV's siblings could have shown it. A gossip message carries
 * the sender's whole state as it was when sent; periodic gossip is sent only when the sender's
 * state changed since its last message to that peer got through. A write counts as lost as soon as
 * some replica silently drops it (for a value that loses under last-writer-wins, or that the naive
 * clock scheme takes for a duplicate): the replicas will never bring it back.
 */
public final class Simulator {

    /** Order of kinds of events that happen at the same time. */
    private static final int DATA_LOSS = -1;

    private static final int ARRIVAL = 0;

    private static final int SEND = 1;
    private static final int OPERATION = 2;

    private Simulator() {}

    /**
     * From this many operations on, the two modes run on two threads: each run is independent and
     * deterministic, and an opened transcript of 100,000 lines takes seconds per mode. Below it a
     * thread's start costs more than it saves (an editor drag recomputes hundreds of times).
     */
    static final int PARALLEL_FROM = 5_000;

    /** Runs {@code scenario} in both modes. */
    public static Simulation run(Scenario scenario) {
        if (scenario.operations().size() < PARALLEL_FROM) {
            return new Simulation(scenario, run(scenario, Mode.LWW), run(scenario, Mode.VV));
        }
        CompletableFuture<Trace> lww = CompletableFuture.supplyAsync(() -> run(scenario, Mode.LWW));
        Trace vv = run(scenario, Mode.VV);
        try {
            return new Simulation(scenario, lww.join(), vv);
        } catch (CompletionException e) { // the same exception as on one thread
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Runs {@code scenario} in {@code mode}. */
    public static Trace run(Scenario scenario, Mode mode) {
        return new Run(scenario, Scheme.of(mode)).execute();
    }

    /**
     * Runs {@code scenario} under {@code scheme}: the same steps, events and counters as a mode's
     * run, decided by that scheme's rules ({@link Scheme}). {@code lww} and {@code client-vv} give
     * exactly the traces of {@link #run(Scenario, Mode)}; a scenario with clock pruning runs
     * {@code client-vv} with pruned clocks.
     */
    public static Trace run(Scenario scenario, Scheme scheme) {
        return new Run(scenario, scheme).execute();
    }

    /**
     * A client's basis for a derived value of one key ({@link WriteValue}): the value of its own
     * last write, or the siblings its last read returned, whose union is worked out only when a
     * derived write needs it (most writes are literals, and a run reads thousands of times).
     */
    private record Basis(String written, List<Sibling<String>> read) {
        String value() {
            if (written != null) {
                return written;
            }
            List<String> values = new ArrayList<>(read.size());
            read.forEach(s -> values.add(s.value()));
            return WriteValue.union(values);
        }
    }

    /** A scheduled event. */
    private record Event(
            long time,
            int kind,
            long seq,
            Operation operation,
            Transmission message,
            List<Replicated<String>> payload,
            NetworkEvent.DataLoss dataLoss) {
        Event(
                long time,
                int kind,
                long seq,
                Operation operation,
                Transmission message,
                List<Replicated<String>> payload) {
            this(time, kind, seq, operation, message, payload, null);
        }
    }

    /** The state of one simulation run. */
    private static final class Run {
        private final Scenario scenario;
        private final Scheme scheme;
        private final Topology topology;
        private final long[] now = new long[1];
        private final Map<String, ReplicaStore> replicas = new LinkedHashMap<>();
        private final Map<String, Integer> versions = new HashMap<>(); // replica -> state changes
        private final Map<String, Integer> lastSent = new HashMap<>(); // "from>to" -> version got through
        private final PriorityQueue<Event> queue = new PriorityQueue<>((a, b) -> a.time != b.time
                ? Long.compare(a.time, b.time)
                : a.kind != b.kind ? Integer.compare(a.kind, b.kind) : Long.compare(a.seq, b.seq));
        private final Map<String, Map<String, VersionVector>> contexts = new HashMap<>();
        private final Map<String, Map<String, String>> contextReads = new HashMap<>();
        /** client -> key -> clock -> its latest read of the key that returned that clock, in this mode. */
        private final Map<String, Map<String, Map<VersionVector, String>>> readsByClock = new HashMap<>();
        /** client -> key -> its basis for a derived value (WriteValue), in this run's mode. */
        private final Map<String, Map<String, Basis>> bases = new HashMap<>();

        private final Set<Dot> reportedLost = new HashSet<>();
        private final List<Step> steps = new ArrayList<>();
        private final List<Transmission> transmissions = new ArrayList<>();
        /** Each replica's stored values through the run, in the topology's order (see StateHistory). */
        private final String[] replicaIds;

        private final StateHistory[] histories;
        private final Map<String, Integer> replicaIndex = new HashMap<>();
        /** How many replicas store each write (by its dot): the count of values visible is its size. */
        private final Map<Dot, Integer> storedDots = new HashMap<>();

        private final Map<String, Integer> scenarioIndex = new HashMap<>();
        private long seq;
        /** The time of the last arrival and how many arrivals happened then: an arrival's rank. */
        private long arrivalTime = -1;

        private int arrivalRank;
        private int acknowledged;
        private int visible;

        Run(Scenario scenario, Scheme scheme) {
            this.scenario = scenario;
            this.scheme = scheme;
            this.topology = scenario.topology();
            // lww and client-vv run on the store itself, as the node does, unless clocks are pruned
            boolean onStore = scheme == Scheme.LWW || scheme == Scheme.CLIENT_VV && topology.pruning() == null;
            TrueCausality truth = new TrueCausality();
            for (Topology.ReplicaSpec spec : topology.replicas()) {
                long skew = spec.skew();
                replicas.put(
                        spec.id(),
                        onStore
                                ? new StoreReplica(spec.id(), scheme.mode(), topology.scheme(), () -> now[0], skew)
                                : new SchemeReplica(spec.id(), scheme, topology.pruning(), () -> now[0] + skew, truth));
                versions.put(spec.id(), 0);
                replicaIndex.put(spec.id(), replicaIndex.size());
            }
            replicaIds = replicas.keySet().toArray(new String[0]);
            histories = new StateHistory[replicaIds.length];
            for (int i = 0; i < histories.length; i++) {
                histories[i] = new StateHistory();
            }
        }

        Trace execute() {
            for (Operation op : scenario.operations()) {
                scenarioIndex.put(op.id(), scenarioIndex.size());
                queue.add(new Event(op.time(), OPERATION, seq++, op, null, null));
            }
            for (NetworkEvent e : topology.network()) {
                if (e instanceof NetworkEvent.DataLoss d) {
                    queue.add(new Event(d.time(), DATA_LOSS, seq++, null, null, null, d));
                }
                if (e instanceof NetworkEvent.Message m) {
                    queue.add(new Event(
                            m.sendTime(),
                            SEND,
                            seq++,
                            null,
                            new Transmission(
                                    m.id(), m.from(), m.to(), m.sendTime(), m.deliverTime(), status(m), 0, false),
                            null));
                }
            }
            long horizon = scenario.endTime() + topology.gossipInterval();
            if (topology.gossipInterval() > 0 && replicas.size() > 1) {
                for (long t = topology.gossipInterval(); t <= horizon; t += topology.gossipInterval()) {
                    for (String from : replicas.keySet()) {
                        for (String to : replicas.keySet()) {
                            if (!from.equals(to)) {
                                queue.add(new Event(
                                        t,
                                        SEND,
                                        seq++,
                                        null,
                                        new Transmission(
                                                "g" + t + ":" + from + "-" + to,
                                                from,
                                                to,
                                                t,
                                                t + topology.gossipDelay(),
                                                Transmission.Status.DELIVERED,
                                                0,
                                                true),
                                        null));
                            }
                        }
                    }
                }
            }
            while (!queue.isEmpty()) {
                Event e = queue.poll();
                now[0] = e.time;
                if (e.kind == DATA_LOSS) {
                    loseData(e.dataLoss);
                } else if (e.kind == OPERATION) {
                    apply(e.operation);
                } else if (e.kind == SEND) {
                    send(e.message);
                } else {
                    arrive(e.message, e.payload);
                }
            }
            return new Trace(scheme, scenario, steps, transmissions);
        }

        private Transmission.Status status(NetworkEvent.Message m) {
            return switch (m.fate()) {
                case DROP -> Transmission.Status.DROPPED;
                case DUPLICATE -> Transmission.Status.DUPLICATED;
                case DELIVER -> Transmission.Status.DELIVERED;
            };
        }

        private void send(Transmission planned) {
            String link = planned.from() + ">" + planned.to();
            int version = versions.get(planned.from());
            if (planned.periodic() && lastSent.getOrDefault(link, 0) == version) {
                return; // nothing new for this peer since the last message that got through
            }
            List<Replicated<String>> payload = replicas.get(planned.from()).state();
            Transmission.Status status = planned.status();
            if (topology.cut(planned.from(), planned.to(), planned.sendTime())
                    || topology.cut(planned.from(), planned.to(), planned.deliverTime())) {
                status = Transmission.Status.CUT;
            }
            Transmission t = new Transmission(
                    planned.id(),
                    planned.from(),
                    planned.to(),
                    planned.sendTime(),
                    planned.deliverTime(),
                    status,
                    payload.size(),
                    planned.periodic());
            transmissions.add(t);
            if (t.arrived()) {
                lastSent.put(link, version);
                queue.add(new Event(t.deliverTime(), ARRIVAL, seq++, null, t, payload));
                if (status == Transmission.Status.DUPLICATED) {
                    queue.add(new Event(t.deliverTime(), ARRIVAL, seq++, null, t, payload));
                }
            }
        }

        private void arrive(Transmission t, List<Replicated<String>> payload) {
            ReplicaStore to = replicas.get(t.to());
            List<StoreEvent<String>> events = to.receive(payload);
            noteChanges(t.to(), events);
            if (now[0] != arrivalTime) {
                arrivalTime = now[0];
                arrivalRank = 0;
            }
            StepOrder order = new StepOrder(now[0], true, arrivalRank++);
            Step.Snapshot snapshot = snapshot(t.to(), events);
            steps.add(new Step.Arrival(steps.size(), order, t, t.to(), events, counters(), snapshot));
        }

        /**
         * A replica loses everything it stored and restarts: its keys are emptied in its history
         * and the values no replica holds any more are no longer visible; nothing counts as a
         * silent loss, since no clock decided it.
         */
        private void loseData(NetworkEvent.DataLoss d) {
            List<String> keys = replicas.get(d.replica()).loseData(d.newActor());
            versions.merge(d.replica(), 1, Integer::sum);
            int r = replicaIndex.get(d.replica());
            for (String key : keys) {
                for (Sibling<String> s : histories[r].set(key, List.of())) {
                    storedDots.computeIfPresent(s.dot(), (dot, n) -> n == 1 ? null : n - 1);
                }
            }
            visible = storedDots.size();
            if (now[0] != arrivalTime) {
                arrivalTime = now[0];
                arrivalRank = 0;
            }
            StepOrder order = new StepOrder(now[0], true, arrivalRank++);
            steps.add(new Step.DataLoss(steps.size(), order, d, keys, counters(), snapshot(null, List.of())));
        }

        private void apply(Operation op) {
            String at = scenario.replicaOf(op);
            ReplicaStore replica = replicas.get(at);
            Map<String, VersionVector> ctx = contexts.computeIfAbsent(op.client(), c -> new HashMap<>());
            Map<String, String> fromRead = contextReads.computeIfAbsent(op.client(), c -> new HashMap<>());
            Map<String, Basis> basis = bases.computeIfAbsent(op.client(), c -> new HashMap<>());
            StepOrder order = new StepOrder(op.time(), false, scenarioIndex.get(op.id()));
            if (op instanceof Operation.Write w) {
                VersionVector context;
                String contextRead;
                if (w.context() != null) { // a transcript's write: exactly the clock its request sent
                    context = w.context();
                    contextRead = readsByClock
                            .getOrDefault(w.client(), Map.of())
                            .getOrDefault(w.key(), Map.of())
                            .get(context);
                } else {
                    context = w.blind() ? VersionVector.empty() : ctx.getOrDefault(w.key(), VersionVector.empty());
                    contextRead = w.blind() ? null : fromRead.get(w.key());
                }
                // a derived value comes from what this client read or wrote in this mode
                Basis from = basis.get(w.key());
                String value = w.rule().apply(from == null || !w.rule().derived() ? "" : from.value());
                basis.put(w.key(), new Basis(value, null));
                WriteResult<String> result = replica.write(w.key(), w.client(), value, context);
                acknowledged++;
                noteChanges(at, result.events());
                Step.Snapshot snapshot = snapshot(at, result.events());
                steps.add(new Step.Write(
                        steps.size(),
                        order,
                        w,
                        at,
                        context,
                        contextRead,
                        result.written(),
                        result.events(),
                        counters(),
                        snapshot));
            } else if (op instanceof Operation.Read r) {
                ReadResult<String> result = replica.read(r.client(), r.key());
                VersionVector context = result.context();
                ctx.put(r.key(), context);
                fromRead.put(r.key(), r.id());
                readsByClock
                        .computeIfAbsent(r.client(), c -> new HashMap<>())
                        .computeIfAbsent(r.key(), k -> new HashMap<>())
                        .put(context, r.id());
                basis.put(r.key(), new Basis(null, result.siblings()));
                Step.Snapshot snapshot = snapshot(null, List.of());
                steps.add(new Step.Read(steps.size(), order, r, at, result, counters(), snapshot));
            }
        }

        private void noteChanges(String replica, List<StoreEvent<String>> events) {
            boolean changed = false;
            for (StoreEvent<String> e : events) {
                if (e instanceof StoreEvent.Lost<String> l) {
                    reportedLost.add(l.loss().lost().dot());
                }
                changed |= e.changesStore();
            }
            if (changed) {
                versions.merge(replica, 1, Integer::sum);
            }
        }

        /**
         * Every replica's state now, after a step at {@code replica} (null: it changed nothing) whose
         * store events are {@code events}: each key they name is recorded again in that replica's
         * history. Call it before {@link #counters()}: it updates the count of visible values, by
         * the dots that left and joined, not by counting every stored value again.
         */
        private Step.Snapshot snapshot(String replica, List<StoreEvent<String>> events) {
            if (replica != null && !events.isEmpty()) {
                int r = replicaIndex.get(replica);
                Set<String> keys = new LinkedHashSet<>();
                for (StoreEvent<String> e : events) {
                    keys.add(e.key());
                }
                for (String key : keys) {
                    List<Sibling<String>> now =
                            List.copyOf(replicas.get(replica).stored(key));
                    for (Sibling<String> s : histories[r].set(key, now)) {
                        storedDots.computeIfPresent(s.dot(), (d, n) -> n == 1 ? null : n - 1);
                    }
                    for (Sibling<String> s : now) {
                        storedDots.merge(s.dot(), 1, Integer::sum);
                    }
                }
                visible = storedDots.size();
            }
            int[] at = new int[histories.length];
            for (int i = 0; i < at.length; i++) {
                at[i] = histories[i].version();
            }
            return new Step.Snapshot(topology.defaultReplica(), replicaIds, histories, at);
        }

        private Counters counters() {
            return new Counters(acknowledged, visible, reportedLost.size());
        }
    }
}
