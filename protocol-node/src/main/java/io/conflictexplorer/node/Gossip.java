package io.conflictexplorer.node;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.MergeResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Anti-entropy between the nodes named by {@code init}: after each write the node sends the written
 * key to every peer; every tick it sends the keys that changed since (values merged from a peer
 * included), and every {@value #FULL_EVERY} ticks its whole state, which repairs any message the
 * network lost. The receiver merges with core's {@link Store#merge}, which is commutative,
 * associative and idempotent, so late, duplicated or reordered gossip is harmless.
 *
 * <p>Messages: {@code vv_gossip {siblings: [{key, value, vc, writer, ts, node, dot}]}} for the
 * {@code vv_*} store (the dot keeps two writes with equal clocks apart), and the preceding task's
 * {@code kv_merge {entries: {key: {value, ts, node}}, json_keys: true}} for the LWW key-value store.
 * Neither is answered. A single node (or {@code node_ids} naming only itself) never gossips.
 */
public final class Gossip {

    static final String VV_GOSSIP = "vv_gossip";
    static final int FULL_EVERY = 10;
    static final int MAX_PER_MESSAGE = 256;

    /** Starts calling {@code tick} periodically, from another thread. */
    @FunctionalInterface
    public interface Timer {
        Timer NONE = tick -> {};

        void start(Runnable tick);
    }

    private final Node node;
    private final Timer timer;
    private List<String> peers = List.of();
    private final Map<String, Set<String>> dirtyVv = new HashMap<>();
    private final Map<String, Set<String>> dirtyKv = new HashMap<>();
    private long ticks;

    Gossip(Node node, Timer timer) {
        this.node = node;
        this.timer = timer;
    }

    void start(String self, List<String> ids) {
        List<String> others = new ArrayList<>();
        for (String id : ids) {
            if (!id.equals(self) && !others.contains(id)) {
                others.add(id);
                dirtyVv.put(id, new LinkedHashSet<>());
                dirtyKv.put(id, new LinkedHashSet<>());
            }
        }
        peers = List.copyOf(others);
        if (!peers.isEmpty()) {
            timer.start(node::tick);
        }
    }

    List<String> peers() {
        return peers;
    }

    private final Set<String> pendingVv = new LinkedHashSet<>();
    private final Set<String> pendingKv = new LinkedHashSet<>();

    /** A client wrote {@code key} in the vv store: tell every peer right after the reply. */
    void changedVv(String key) {
        if (!peers.isEmpty()) {
            pendingVv.add(key);
        }
    }

    /** A client wrote (or merged) {@code key} in the key-value store: tell every peer after the reply. */
    void changedKv(String key) {
        if (!peers.isEmpty()) {
            pendingKv.add(key);
        }
    }

    /** Sends what the last message changed, once its reply is out (the client waits for no gossip). */
    void afterMessage() {
        if (pendingVv.isEmpty() && pendingKv.isEmpty()) {
            return;
        }
        for (String p : peers) {
            if (!pendingVv.isEmpty()) {
                sendVv(p, new ArrayList<>(pendingVv));
            }
            if (!pendingKv.isEmpty()) {
                sendKv(p, new ArrayList<>(pendingKv));
            }
        }
        pendingVv.clear();
        pendingKv.clear();
    }

    void tick() {
        ticks++;
        boolean full = ticks % FULL_EVERY == 0;
        for (String p : peers) {
            Set<String> vv = dirtyVv.get(p);
            Set<String> kv = dirtyKv.get(p);
            List<String> vvKeys = new ArrayList<>(full ? node.vvStore().keys() : vv);
            List<String> kvKeys = new ArrayList<>(full ? node.kvStore().keys() : kv);
            vv.clear();
            kv.clear();
            for (int i = 0; i < vvKeys.size(); i += MAX_PER_MESSAGE) {
                sendVv(p, vvKeys.subList(i, Math.min(vvKeys.size(), i + MAX_PER_MESSAGE)));
            }
            for (int i = 0; i < kvKeys.size(); i += MAX_PER_MESSAGE) {
                sendKv(p, kvKeys.subList(i, Math.min(kvKeys.size(), i + MAX_PER_MESSAGE)));
            }
        }
    }

    /** Merges a peer's vv_gossip; returns null: gossip is not answered. */
    Map<String, Json> receive(String src, Json.Obj body) throws Node.Malformed {
        if (!(body.get("siblings") instanceof Json.Arr arr)) {
            throw malformed("field \"siblings\" must be an array");
        }
        List<String> keys = new ArrayList<>(arr.items().size());
        List<Sibling<Json.Raw>> siblings = new ArrayList<>(arr.items().size());
        for (Json item : arr.items()) {
            if (!(item instanceof Json.Obj o)
                    || !o.members().containsKey("value")
                    || !o.members().containsKey("key")) {
                throw malformed("each sibling needs key, value, vc, writer, ts, node and dot");
            }
            keys.add(Node.keyText(o.get("key")));
            siblings.add(new Sibling<>(
                    new Json.Raw(io.conflictexplorer.node.json.JsonWriter.write(o.get("value"))),
                    vc(o.get("vc")),
                    string(o, "writer"),
                    new Timestamp(number(o.get("ts")), string(o, "node")),
                    dot(o.get("dot"))));
        }
        for (int i = 0; i < keys.size(); i++) {
            MergeResult<Json.Raw> r = node.vvStore().merge(keys.get(i), siblings.get(i));
            if (r.applied()) {
                for (String p : peers) {
                    if (!p.equals(src)) {
                        dirtyVv.get(p).add(keys.get(i));
                    }
                }
            }
        }
        return null;
    }

    private void sendVv(String peer, List<String> keys) {
        List<Json> items = new ArrayList<>();
        Store<Json.Raw> store = node.vvStore();
        for (String key : keys) {
            Json keyJson = new Json.Raw(key);
            for (Sibling<Json.Raw> s : store.read(key).siblings()) {
                Map<String, Json> m = new LinkedHashMap<>(8);
                m.put("key", keyJson);
                m.put("value", s.value());
                m.put("vc", Node.clock(s.clock()));
                m.put("writer", new Json.Str(s.writer()));
                m.put("ts", Json.num(s.timestamp().time()));
                m.put("node", new Json.Str(s.timestamp().node()));
                m.put(
                        "dot",
                        new Json.Arr(List.of(
                                new Json.Str(s.dot().node()), Json.num(s.dot().counter()))));
                items.add(new Json.Obj(m));
            }
        }
        if (items.isEmpty()) {
            return;
        }
        Map<String, Json> body = Node.body(VV_GOSSIP);
        body.put("siblings", new Json.Arr(items));
        node.sendTo(peer, body);
    }

    private void sendKv(String peer, List<String> keys) {
        Map<String, Json> entries = new LinkedHashMap<>();
        for (String key : keys) {
            for (Sibling<Json.Raw> s : node.kvStore().read(key).siblings()) {
                Map<String, Json> e = new LinkedHashMap<>(4);
                e.put("value", s.value());
                e.put("ts", Node.seconds(s.timestamp().time()));
                e.put("node", new Json.Str(s.timestamp().node()));
                entries.put(key, new Json.Obj(e));
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        Map<String, Json> body = Node.body("kv_merge");
        body.put("entries", new Json.Obj(entries));
        body.put("json_keys", Json.bool(true));
        node.sendTo(peer, body);
    }

    /** The store key of a key sent as its JSON text. */
    static String keyFromText(String text) throws Node.Malformed {
        try {
            Json k = JsonParser.parse(text, 4);
            if (k instanceof Json.Str || k instanceof Json.Num n && n.integral()) {
                return Node.keyText(k);
            }
        } catch (JsonException e) {
            // fall through
        }
        throw malformed("entry key " + text + " is not a JSON string or integer");
    }

    private static VersionVector vc(Json j) throws Node.Malformed {
        if (!(j instanceof Json.Obj o)) {
            throw malformed("a sibling's vc must be an object");
        }
        VersionVector.Builder b = VersionVector.builder();
        for (Map.Entry<String, Json> e : o.members().entrySet()) {
            long n = number(e.getValue());
            if (n < 1) {
                throw malformed("a sibling's vc must hold positive integers");
            }
            b.put(e.getKey(), n);
        }
        return b.build();
    }

    private static Dot dot(Json j) throws Node.Malformed {
        if (j instanceof Json.Arr a && a.items().size() == 2 && a.items().get(0) instanceof Json.Str n) {
            long c = number(a.items().get(1));
            if (c >= 1) {
                return new Dot(n.value(), c);
            }
        }
        throw malformed("a sibling's dot must be [node, counter]");
    }

    private static long number(Json j) throws Node.Malformed {
        Long n = j instanceof Json.Num num ? num.asLong() : null;
        if (n == null) {
            throw malformed("expected an integer, got "
                    + (j == null ? "nothing" : io.conflictexplorer.node.json.JsonWriter.write(j)));
        }
        return n;
    }

    private static String string(Json.Obj o, String field) throws Node.Malformed {
        if (o.get(field) instanceof Json.Str s) {
            return s.value();
        }
        throw malformed("a sibling's " + field + " must be a string");
    }

    private static Node.Malformed malformed(String text) {
        return new Node.Malformed(Node.MALFORMED_REQUEST, text);
    }
}
