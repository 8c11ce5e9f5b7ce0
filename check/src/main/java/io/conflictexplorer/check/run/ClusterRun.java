package io.conflictexplorer.check.run;

import io.conflictexplorer.check.transcript.Envelope;
import io.conflictexplorer.check.transcript.LineProblem;
import io.conflictexplorer.check.transcript.ReplyReader;
import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.check.transcript.TranscriptFile;
import io.conflictexplorer.check.transcript.TranscriptFile.Line;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.node.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code NODE_TRACE} files of one or more nodes opened as a cluster run: one replica lane per
 * node, one lane per client, and the gossip between the nodes as explicit messages.
 *
 * <p>Rules. A trace's node is the {@code dest} of its first received message (else the {@code src}
 * of its first sent one), the first that is not blank. Every traced message of every file is put
 * in one order, by the node's clock time ({@code time_us}; the nodes of a cluster run on one machine), then by file and line;
 * its tick on the scenario's time axis is its place in that order, from 1, so the diagram has no
 * empty columns (the index keeps each line). A request a node received from a client (any sender
 * that is not a traced node) becomes an operation on that node's replica, as in a case
 * ({@link CaseRun}), unless the node refused it with an error. A message a node sent to another
 * traced node that is not a reply (gossip: {@code vv_gossip}, or {@code kv_merge} between peers)
 * is matched with its receipt by sender and {@code msg_id}: received once, it is delivered at the
 * tick of the receipt; more than once, duplicated; never, dropped. The simulator then runs the
 * scenario on that network: each message carries the sender's whole state (its rule), which holds
 * at least what the node's gossip carried.
 */
final class ClusterRun {

    private static final Set<String> OPERATIONS = Set.of("vv_write", "vv_read", "write", "kv_read", "kv_merge");

    private ClusterRun() {}

    /** One traced message. */
    private record Event(long micros, int file, Line line, boolean received, Envelope msg) {}

    static OpenedRun open(List<TranscriptFile> traces) throws RunFileException {
        List<LineProblem> problems = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<String> nodeOf = new ArrayList<>();
        for (int f = 0; f < traces.size(); f++) {
            TranscriptFile trace = traces.get(f);
            String node = null;
            for (Line line : trace.lines()) {
                Event e = event(trace, f, line, problems);
                if (e == null) {
                    continue;
                }
                String named = e.received ? e.msg.dest() : e.msg.src();
                if (node == null && !named.isBlank()) {
                    node = named;
                }
                events.add(e);
            }
            if (node == null) {
                throw new RunFileException("nothing in " + trace.name() + " is a traced message");
            }
            if (nodeOf.contains(node)) {
                throw new RunFileException(trace.name() + " is a second trace of node " + node);
            }
            nodeOf.add(node);
        }
        events.sort(Comparator.comparingLong(Event::micros)
                .thenComparingInt(Event::file)
                .thenComparingInt(e -> e.line.number()));
        Set<String> nodes = new TreeSet<>(nodeOf);

        // replies of each node by (node, client, msg_id), and receipts of gossip by (sender, msg_id)
        Map<String, Envelope> replies = new HashMap<>();
        Map<String, List<Integer>> receipts = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String node = nodeOf.get(e.file);
            if (!e.received && e.msg.isReply()) {
                replies.putIfAbsent(node + '\u0000' + e.msg.dest() + '\u0000' + e.msg.inReplyTo(), e.msg);
            } else if (e.received && nodes.contains(e.msg.src()) && !e.msg.isReply()) {
                receipts.computeIfAbsent(
                                e.msg.src() + '\u0000' + node + '\u0000' + e.msg.msgId(), k -> new ArrayList<>())
                        .add(i + 1);
            }
        }

        RunIndex.Builder index = RunIndex.builder();
        List<Operation> operations = new ArrayList<>();
        List<NetworkEvent> network = new ArrayList<>();
        Set<String> clients = new LinkedHashSet<>();
        List<RunMarker> markers = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            long tick = i + 1;
            String node = nodeOf.get(e.file);
            TranscriptFile trace = traces.get(e.file);
            RunSource source = new RunSource(trace.name(), e.line.number(), e.msg.msgId(), trace.text(e.line));
            String type = e.msg.type();
            if (e.received && !nodes.contains(e.msg.src()) && !e.msg.isReply() && type != null) {
                Envelope reply = replies.get(node + '\u0000' + e.msg.src() + '\u0000' + e.msg.msgId());
                boolean refused = reply != null && !CaseRun.accepted(e.msg, ReplyReader.read(reply.body()));
                if (!refused && OPERATIONS.contains(type) && !e.msg.src().isBlank()) {
                    String id = node + ":L" + e.line.number();
                    if (CaseRun.operations(e.msg, id, tick, node, source, operations, index) != null) {
                        clients.add(e.msg.src());
                    }
                } else if (!refused
                        && reply != null
                        && "set_mode".equals(type)
                        && e.msg.body().get("mode") instanceof Json.Str m) {
                    Mode mode = mode(m.value());
                    if (mode != null) {
                        markers.add(new RunMarker.ModeChange(tick, e.line.number(), e.msg.src(), mode));
                    } else { // the traced node took a mode the protocol does not have
                        problems.add(trace.problem(
                                e.line,
                                "set_mode to \"" + m.value() + "\", which is neither \"lww\" nor \"vv\", was answered "
                                        + reply.type() + "; no mode change is shown"));
                    }
                }
            } else if (!e.received && nodes.contains(e.msg.dest()) && !e.msg.isReply()) {
                String to = e.msg.dest();
                List<Integer> got = receipts.get(node + '\u0000' + to + '\u0000' + e.msg.msgId());
                String id = node + ">" + to + "#" + e.msg.msgId();
                if (to.equals(node) || index.has(id)) {
                    continue;
                }
                NetworkEvent.Fate fate = got == null
                        ? NetworkEvent.Fate.DROP
                        : got.size() > 1 ? NetworkEvent.Fate.DUPLICATE : NetworkEvent.Fate.DELIVER;
                long deliver = got == null ? tick : Math.max(tick, got.get(0));
                network.add(new NetworkEvent.Message(id, node, to, tick, deliver, fate));
                index.add(id, source);
            }
        }
        List<Topology.ReplicaSpec> replicas = new ArrayList<>();
        nodes.forEach(n -> replicas.add(new Topology.ReplicaSpec(n, 0)));
        Topology topology = new Topology(replicas, ClockScheme.DOTTED, 0, 0, network);
        String title = "cluster trace: " + String.join(", ", nodes);
        Scenario scenario = new Scenario(
                title,
                "The traces of " + nodes.size() + (nodes.size() == 1 ? " node" : " nodes") + ": " + operations.size()
                        + " client operations, " + network.size() + " gossip messages between the nodes.",
                new ArrayList<>(clients),
                operations,
                topology);
        return new OpenedRun(title, scenario, index.build(), List.of(), problems, markers, false);
    }

    /** The mode named {@code name}, or null when it names none. */
    private static Mode mode(String name) {
        return "lww".equals(name) || "vv".equals(name) ? Mode.parse(name) : null;
    }

    /** The traced message on {@code line}, or null (with a problem) when it holds none. */
    private static Event event(TranscriptFile trace, int file, Line line, List<LineProblem> problems) {
        Json json = trace.json(line);
        if (json == null) {
            problems.add(trace.problem(line, trace.why(line)));
            return null;
        }
        if (!(json instanceof Json.Obj o)
                || !(o.get("time_us") instanceof Json.Num t)
                || t.asLong() == null
                || !(o.get("dir") instanceof Json.Str dir)
                || !(dir.value().equals("recv") || dir.value().equals("sent"))) {
            problems.add(
                    trace.problem(line, "not a trace line: {\"time_us\", \"dir\": \"recv\" or \"sent\", \"msg\"}"));
            return null;
        }
        if (o.get("raw") != null) {
            problems.add(trace.problem(
                    line,
                    "the node " + (dir.value().equals("recv") ? "received" : "sent") + " a line that is not JSON"));
            return null;
        }
        Envelope msg = Envelope.of(o.get("msg"));
        if (msg == null || msg.dest() == null) {
            problems.add(trace.problem(line, "the traced message is not a message with src, dest and body"));
            return null;
        }
        return new Event(t.asLong(), file, line, dir.value().equals("recv"), msg);
    }
}
