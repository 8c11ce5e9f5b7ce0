package io.conflictexplorer.node.cluster;

import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The stand-in for Maelstrom's network: it launches N real node processes (the launcher), routes
 * every node-to-node message itself with seeded random delay, loss, duplication and (through the
 * delays) reordering, cuts and heals links, and acts as the clients. Client requests and replies are
 * not subject to faults: a client talks to its node directly.
 */
final class ClusterHarness implements AutoCloseable {

    /** Network faults. */
    record Faults(double drop, double duplicate, long maxDelayMs) {
        static final Faults NONE = new Faults(0, 0, 0);
    }

    /** One node-to-node message the harness routed: who sent it and its body. */
    record Routed(String from, String to, Json.Obj body) {}

    private record Line(String node, String text) {}

    private record Due(long at, long seq, String to, String text) {}

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, OutputStream> stdins = new HashMap<>();
    private final LinkedBlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final PriorityQueue<Due> inFlight =
            new PriorityQueue<>((a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
    private final Map<String, Json.Obj> replies = new HashMap<>();
    private final Set<String> cut = new HashSet<>();
    private final List<Routed> routed = new ArrayList<>();
    private final Random random;
    private final Faults faults;
    private long seq;
    private long nextMsgId = 1;
    private int dropped;
    private int duplicated;

    ClusterHarness(Path launcher, int n, long seed, Faults faults, long gossipMs) throws IOException {
        this(launcher, n, seed, faults, gossipMs, null);
    }

    /** @param traceDir where each node writes its NODE_TRACE file, {@code ID.trace}; null: no trace */
    ClusterHarness(Path launcher, int n, long seed, Faults faults, long gossipMs, Path traceDir) throws IOException {
        this.random = new Random(seed);
        this.faults = faults;
        for (int i = 1; i <= n; i++) {
            ids.add("n" + i);
        }
        for (String id : ids) {
            ProcessBuilder pb = new ProcessBuilder(launcher.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("NODE_GOSSIP_MS", Long.toString(gossipMs));
            if (traceDir != null) {
                pb.environment()
                        .put("NODE_TRACE", traceDir.resolve(id + ".trace").toString());
            }
            Process p = pb.start();
            processes.put(id, p);
            stdins.put(id, p.getOutputStream());
            Thread reader = new Thread(
                    () -> {
                        try (BufferedReader r =
                                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                            String line;
                            while ((line = r.readLine()) != null) {
                                lines.add(new Line(id, line));
                            }
                        } catch (IOException e) {
                            // the process ended
                        }
                    },
                    "read-" + id);
            reader.setDaemon(true);
            reader.start();
        }
        List<Json> all = new ArrayList<>();
        ids.forEach(id -> all.add(new Json.Str(id)));
        for (String id : ids) {
            Map<String, Json> body = new LinkedHashMap<>();
            body.put("type", new Json.Str("init"));
            body.put("node_id", new Json.Str(id));
            body.put("node_ids", new Json.Arr(all));
            Json.Obj reply = request("c0", id, body);
            if (!reply.get("type").equals(new Json.Str("init_ok"))) {
                throw new IllegalStateException(id + " answered init with " + JsonWriter.write(reply));
            }
        }
    }

    List<String> ids() {
        return ids;
    }

    /** Every node-to-node message routed so far (delivered or not). */
    List<Routed> routed() {
        return routed;
    }

    int dropped() {
        return dropped;
    }

    int duplicated() {
        return duplicated;
    }

    /** Sends a client request straight to {@code node} and waits (at most 30 s) for its reply. */
    Json.Obj request(String client, String node, Map<String, Json> body) throws IOException {
        long msgId = nextMsgId++;
        Map<String, Json> b = new LinkedHashMap<>(body);
        b.put("msg_id", new Json.Num(Long.toString(msgId), true));
        Map<String, Json> env = new LinkedHashMap<>();
        env.put("src", new Json.Str(client));
        env.put("dest", new Json.Str(node));
        env.put("body", new Json.Obj(b));
        write(node, JsonWriter.write(new Json.Obj(env)));
        String key = client + "#" + msgId;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!replies.containsKey(key)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(node + " did not answer " + JsonWriter.write(new Json.Obj(b)));
            }
            pumpOnce(5);
        }
        return replies.remove(key);
    }

    /** Cuts every link between {@code a} and {@code b} (both ways). */
    void partition(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                cut.add(x + ">" + y);
                cut.add(y + ">" + x);
            }
        }
    }

    void heal() {
        cut.clear();
    }

    /** Routes messages for {@code ms} milliseconds of real time: lets gossip flow. */
    void run(long ms) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        while (System.nanoTime() < end) {
            pumpOnce(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        }
    }

    private void pumpOnce(long waitMs) {
        deliverDue();
        long wait = waitMs;
        Due next = inFlight.peek();
        if (next != null) {
            wait = Math.max(0, Math.min(wait, next.at - System.currentTimeMillis()));
        }
        Line line;
        try {
            line = lines.poll(Math.min(wait, 20), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        while (line != null) {
            route(line);
            line = lines.poll();
        }
        deliverDue();
    }

    private void route(Line line) {
        Json.Obj msg;
        try {
            msg = (Json.Obj) JsonParser.parse(line.text(), 512);
        } catch (JsonException | ClassCastException e) {
            throw new IllegalStateException(line.node() + " printed a line that is not a message: " + line.text());
        }
        String dest = ((Json.Str) msg.get("dest")).value();
        Json.Obj body = (Json.Obj) msg.get("body");
        if (!ids.contains(dest)) {
            Json inReplyTo = body.get("in_reply_to");
            if (inReplyTo != null) {
                replies.put(dest + "#" + JsonWriter.write(inReplyTo), body);
            }
            return;
        }
        routed.add(new Routed(line.node(), dest, body));
        if (cut.contains(line.node() + ">" + dest) || random.nextDouble() < faults.drop()) {
            dropped++;
            return;
        }
        int copies = random.nextDouble() < faults.duplicate() ? 2 : 1;
        if (copies == 2) {
            duplicated++;
        }
        for (int i = 0; i < copies; i++) {
            long delay = faults.maxDelayMs() == 0 ? 0 : (long) (random.nextDouble() * faults.maxDelayMs());
            inFlight.add(new Due(System.currentTimeMillis() + delay, seq++, dest, line.text()));
        }
        String from = line.node();
        if (!from.equals(((Json.Str) msg.get("src")).value())) {
            throw new IllegalStateException(from + " sent a message as " + msg.get("src"));
        }
    }

    private void deliverDue() {
        long now = System.currentTimeMillis();
        while (!inFlight.isEmpty() && inFlight.peek().at <= now) {
            Due d = inFlight.poll();
            String from = srcOf(d.text);
            if (cut.contains(from + ">" + d.to)) {
                dropped++; // the link was cut while the message travelled
                continue;
            }
            write(d.to, d.text);
        }
    }

    private static String srcOf(String text) {
        int i = text.indexOf("\"src\": \"") + 8;
        return text.substring(i, text.indexOf('"', i));
    }

    private void write(String node, String text) {
        try {
            OutputStream in = stdins.get(node);
            in.write((text + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(node + " no longer reads its input", e);
        }
    }

    /** True while every node process is running. */
    boolean allAlive() {
        return processes.values().stream().allMatch(Process::isAlive);
    }

    @Override
    public void close() {
        for (OutputStream in : stdins.values()) {
            try {
                in.close();
            } catch (IOException e) {
                // already gone
            }
        }
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
