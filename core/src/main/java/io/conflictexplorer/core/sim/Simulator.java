package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.cluster.Replica;
import io.conflictexplorer.core.cluster.Replicated;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import io.conflictexplorer.core.store.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.StringJoiner;

/**
 * Turns a {@link Scenario} into a {@link Trace}, deterministically: the same scenario always gives
 * the same trace.
 *
 * <p>Rules: events happen in order of time; at equal times gossip arrivals come first, then sends,
 * then client operations in scenario order. Each replica stamps last-writer-wins timestamps with
 * true time plus its skew. A read returns the values stored at its replica and the client remembers
 * their merged clock as its context for that key; a write sends the context of its client's last
 * read of the key (none if it never read it, or if the write is blind). A gossip message carries
 * the sender's whole state as it was when sent; periodic gossip is sent only when the sender's
 * state changed since its last message to that peer got through. A write counts as lost as soon as
 * some replica silently drops it (for a value that loses under last-writer-wins, or that the naive
 * clock scheme takes for a duplicate): the replicas will never bring it back.
 */
public final class Simulator {

    /** The node id of the simulated store in a single-store scenario. */
    public static final String STORE = Topology.SINGLE;

    /** Order of kinds of events that happen at the same time. */
    private static final int ARRIVAL = 0;

    private static final int SEND = 1;
    private static final int OPERATION = 2;

    private Simulator() {}

    /** Runs {@code scenario} in both modes. */
    public static Simulation run(Scenario scenario) {
        return new Simulation(scenario, run(scenario, Mode.LWW), run(scenario, Mode.VV));
    }

    /** Runs {@code scenario} in {@code mode}. */
    public static Trace run(Scenario scenario, Mode mode) {
        return new Run(scenario, mode).execute();
    }

    /** A scheduled event. */
    private record Event(
            long time,
            int kind,
            long seq,
            Operation operation,
            Transmission message,
            List<Replicated<String>> payload) {}

    /** The state of one simulation run. */
    private static final class Run {
        private final Scenario scenario;
        private final Mode mode;
        private final Topology topology;
        private final long[] now = new long[1];
        private final Map<String, Replica<String>> replicas = new LinkedHashMap<>();
        private final Map<String, Integer> versions = new HashMap<>(); // replica -> state changes
        private final Map<String, Integer> lastSent = new HashMap<>(); // "from>to" -> version got through
        private final PriorityQueue<Event> queue = new PriorityQueue<>((a, b) -> a.time != b.time
                ? Long.compare(a.time, b.time)
                : a.kind != b.kind ? Integer.compare(a.kind, b.kind) : Long.compare(a.seq, b.seq));
        private final Map<String, Map<String, VersionVector>> contexts = new HashMap<>();
        private final Map<String, Map<String, String>> contextReads = new HashMap<>();
        private final Set<Dot> reportedLost = new HashSet<>();
        private final List<Step> steps = new ArrayList<>();
        private final List<Transmission> transmissions = new ArrayList<>();
        private final Map<String, SortedMap<String, List<Sibling<String>>>> snapshots = new LinkedHashMap<>();
        private final Map<String, Integer> snapshotVersions = new HashMap<>();
        private long seq;
        private int acknowledged;
        private int visible;

        Run(Scenario scenario, Mode mode) {
            this.scenario = scenario;
            this.mode = mode;
            this.topology = scenario.topology();
            for (Topology.ReplicaSpec spec : topology.replicas()) {
                replicas.put(
                        spec.id(),
                        new Replica<>(
                                spec.id(), mode, topology.scheme(), () -> now[0], spec.skew(), String::compareTo));
                versions.put(spec.id(), 0);
            }
        }

        Trace execute() {
            for (Operation op : scenario.operations()) {
                queue.add(new Event(op.time(), OPERATION, seq++, op, null, null));
            }
            for (NetworkEvent e : topology.network()) {
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
                if (e.kind == OPERATION) {
                    apply(e.operation);
                } else if (e.kind == SEND) {
                    send(e.message);
                } else {
                    arrive(e.message, e.payload);
                }
            }
            return new Trace(mode, scenario, steps, transmissions);
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
            Replica<String> to = replicas.get(t.to());
            List<StoreEvent<String>> events = to.receive(payload);
            noteChanges(t.to(), events);
            record(null, VersionVector.empty(), null, null, null, events, t.to(), t, narrateArrival(t, events));
        }

        private void apply(Operation op) {
            String at = scenario.replicaOf(op);
            Replica<String> replica = replicas.get(at);
            Map<String, VersionVector> ctx = contexts.computeIfAbsent(op.client(), c -> new HashMap<>());
            Map<String, String> fromRead = contextReads.computeIfAbsent(op.client(), c -> new HashMap<>());
            if (op instanceof Operation.Write w) {
                VersionVector context =
                        w.blind() ? VersionVector.empty() : ctx.getOrDefault(w.key(), VersionVector.empty());
                String contextRead = w.blind() ? null : fromRead.get(w.key());
                WriteResult<String> result = replica.store().write(w.key(), w.client(), w.value(), context);
                acknowledged++;
                noteChanges(at, result.events());
                record(
                        op,
                        context,
                        contextRead,
                        result.written(),
                        null,
                        result.events(),
                        at,
                        null,
                        narrateWrite(w, at, result));
            } else {
                ReadResult<String> result = replica.store().read(op.key());
                ctx.put(op.key(), result.context());
                fromRead.put(op.key(), op.id());
                record(op, result.context(), null, null, result, List.of(), at, null, narrateRead(op, at, result));
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

        private void record(
                Operation op,
                VersionVector context,
                String contextRead,
                Sibling<String> written,
                ReadResult<String> read,
                List<StoreEvent<String>> events,
                String at,
                Transmission message,
                String narration) {
            // A step changes at most one replica: the others keep their last snapshot (immutable),
            // so a long cluster trace does not copy every replica's state at every step.
            boolean changed = false;
            for (Replica<String> r : replicas.values()) {
                int version = versions.get(r.id());
                if (!snapshots.containsKey(r.id()) || snapshotVersions.get(r.id()) != version) {
                    snapshots.put(r.id(), r.store().snapshot());
                    snapshotVersions.put(r.id(), version);
                    changed = true;
                }
            }
            if (changed) {
                Set<Dot> stored = new HashSet<>();
                snapshots
                        .values()
                        .forEach(snap -> snap.values().forEach(sibs -> sibs.forEach(s -> stored.add(s.dot()))));
                visible = stored.size();
            }
            Map<String, SortedMap<String, List<Sibling<String>>>> states = new LinkedHashMap<>(snapshots);
            Counters counters = new Counters(acknowledged, visible, reportedLost.size());
            steps.add(new Step(
                    steps.size(),
                    op,
                    context,
                    contextRead,
                    written,
                    read,
                    events,
                    states.get(topology.defaultReplica()),
                    counters,
                    narration,
                    at,
                    message,
                    states));
        }

        private String where(String replica) {
            return topology.isSingle() ? "" : " at " + replica;
        }

        private String narrateRead(Operation op, String at, ReadResult<String> r) {
            String who = op.client() + " reads " + op.key() + where(at);
            if (r.siblings().isEmpty()) {
                return who + ": nothing stored yet.";
            }
            if (!r.conflict()) {
                Sibling<String> s = r.siblings().get(0);
                // under LWW the timestamp is what decides; under VV the clock
                return who + " and gets " + s.value()
                        + (mode == Mode.LWW ? " (t=" + s.timestamp().time() + ")" : " " + s.clock()) + ".";
            }
            StringJoiner values = new StringJoiner(", ");
            r.siblings().forEach(s -> values.add(s.value()));
            return who + " and gets " + r.siblings().size() + " siblings (" + values
                    + "): a conflict; its context is now " + r.context() + ".";
        }

        private String narrateWrite(Operation.Write w, String at, WriteResult<String> r) {
            StringBuilder sb = new StringBuilder();
            sb.append(w.client()).append(" writes ").append(w.key()).append('=').append(w.value());
            if (w.blind()) {
                sb.append(" blind");
            }
            sb.append(where(at));
            Sibling<String> s = r.written();
            sb.append(mode == Mode.LWW ? " at t=" + s.timestamp().time() : " with clock " + s.clock());
            describe(sb, r.events(), w.key());
            return sb.toString();
        }

        private String narrateArrival(Transmission t, List<StoreEvent<String>> events) {
            StringBuilder sb = new StringBuilder();
            sb.append(t.to())
                    .append(" receives gossip from ")
                    .append(t.from())
                    .append(" (")
                    .append(t.values())
                    .append(t.values() == 1 ? " value)" : " values)");
            int added = 0;
            for (StoreEvent<String> e : events) {
                if (e instanceof StoreEvent.SiblingAdded<String> a) {
                    added++;
                    sb.append(added == 1 ? ": learns " : ", ")
                            .append(a.key())
                            .append('=')
                            .append(a.sibling().value());
                }
            }
            if (added == 0 && events.stream().noneMatch(e -> e instanceof StoreEvent.Lost)) {
                sb.append(": nothing new.");
                return sb.toString();
            }
            describe(sb, events, null);
            return sb.toString();
        }

        /** Appends what the events did: values replaced, silent losses, conflicts. */
        private void describe(StringBuilder sb, List<StoreEvent<String>> events, String writeKey) {
            List<String> superseded = new ArrayList<>();
            List<Loss<String>> losses = new ArrayList<>();
            List<StoreEvent.ConflictDetected<String>> conflicts = new ArrayList<>();
            for (StoreEvent<String> e : events) {
                if (e instanceof StoreEvent.Superseded<String> sup) {
                    superseded.add(sup.removed().value());
                } else if (e instanceof StoreEvent.Lost<String> l) {
                    losses.add(l.loss());
                } else if (e instanceof StoreEvent.ConflictDetected<String> c) {
                    conflicts.removeIf(x -> x.key().equals(c.key()));
                    conflicts.add(c);
                }
            }
            if (!superseded.isEmpty()) {
                sb.append(", replacing ")
                        .append(String.join(", ", superseded))
                        .append(" (it had seen ")
                        .append(superseded.size() == 1 ? "it" : "them")
                        .append(')');
            }
            sb.append('.');
            for (Loss<String> l : losses) {
                sb.append(" LOST: ").append(l.explain()).append('.');
            }
            for (StoreEvent.ConflictDetected<String> c : conflicts) {
                StringJoiner values = new StringJoiner(", ");
                c.siblings().forEach(x -> values.add(x.value()));
                sb.append(" Conflict on ")
                        .append(c.key())
                        .append(": ")
                        .append(c.siblings().size())
                        .append(" siblings kept (")
                        .append(values)
                        .append("), nothing lost.");
            }
        }
    }
}
