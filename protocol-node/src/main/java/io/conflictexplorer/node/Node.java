package io.conflictexplorer.node;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.MergeResult;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.core.store.TimeSource;
import io.conflictexplorer.core.store.WriteResult;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Maelstrom node around core's {@link Store}: it parses a message, checks every field, calls core,
 * and prints the reply. It holds no store rule of its own.
 *
 * <p>Two stores: the LWW problem's ({@code set_mode}, {@code vv_write}, {@code vv_read}), starting in
 * {@link Mode#LWW}, and the preceding task's LWW key-value store ({@code write}, {@code kv_read},
 * {@code kv_merge}), always in {@link Mode#LWW}. Keys are kept by their JSON text, so the string
 * {@code "1"} and the number {@code 1} are different keys.
 */
public final class Node {

    /** Maelstrom error codes used here. */
    static final int NOT_SUPPORTED = 10;

    static final int MALFORMED_REQUEST = 12;
    static final int CRASH = 13;
    static final int KEY_DOES_NOT_EXIST = 20;
    /** A definite refusal the client can fix: here, too many siblings (resolve them first). */
    static final int PRECONDITION_FAILED = 22;

    /** Values merged in by kv_merge carry no node; this one loses timestamp ties to any local write. */
    private static final String MERGED_NODE = "";

    private final NodeConfig config;
    private final Output out;
    private final TimeSource clock;
    private String nodeId;
    private List<String> nodeIds = List.of();
    private long nextMsgId;
    private Store<Json.Raw> vv;
    private Store<Json.Raw> kv;
    private long mergeSequence;
    private final Gossip gossip;

    public Node(NodeConfig config, Output out, TimeSource clock) {
        this(config, out, clock, Gossip.Timer.NONE);
    }

    /** @param timer starts periodic gossip once init names peers */
    public Node(NodeConfig config, Output out, TimeSource clock, Gossip.Timer timer) {
        this.config = config;
        this.out = out;
        this.clock = clock;
        this.gossip = new Gossip(this, timer);
    }

    /** Handles one input line (without its line break). Never throws: bad input is logged or answered. */
    public synchronized void handleLine(String line, long lineNumber) {
        if (line.isBlank()) {
            return;
        }
        Json parsed;
        try {
            parsed = JsonParser.parse(line, config.maxDepth());
        } catch (JsonException e) {
            log("line " + lineNumber + " ignored: not JSON (" + e.getMessage() + ")");
            // too deep: the rest of the line was read; cut short or broken: what came before the error
            replyUnreadable(
                    e.partial() != null ? e.partial() : JsonParser.parsePrefix(line, config.maxDepth()),
                    "not JSON: " + e.getMessage());
            return;
        }
        if (!(parsed instanceof Json.Obj msg)) {
            log("line " + lineNumber + " ignored: a message must be a JSON object");
            return;
        }
        if (!(msg.get("src") instanceof Json.Str src)) {
            log("line " + lineNumber + " ignored: the message has no \"src\" string");
            return;
        }
        if (!(msg.get("body") instanceof Json.Obj body)) {
            log("line " + lineNumber + " ignored: the message has no \"body\" object");
            return;
        }
        if (body.members().containsKey("in_reply_to")) {
            return; // a reply (e.g. a peer's kv_merge_ok): answering it could start an endless exchange
        }
        Json msgId = body.get("msg_id");
        String self = nodeId != null ? nodeId : msg.get("dest") instanceof Json.Str d ? d.value() : "";
        try {
            Map<String, Json> reply = dispatch(src.value(), body);
            if (reply != null) {
                send(self, src.value(), reply, msgId);
            }
        } catch (Malformed e) {
            send(self, src.value(), error(e.code, e.getMessage()), msgId);
        } catch (RuntimeException e) {
            log("line " + lineNumber + ": internal error: " + e);
            send(self, src.value(), error(CRASH, "internal error: " + e.getMessage()), msgId);
        }
        gossip.afterMessage();
    }

    /**
     * A line the node does not process because of how it arrived ({@code why}: longer than the
     * limit, not UTF-8), given as far as it could be read ({@code readable}: the beginning of an
     * over-long line, or the line with bad bytes replaced). If that names a sender and a body, the
     * sender gets error 12 (with in_reply_to when the msg_id was readable) instead of waiting.
     */
    public synchronized void refuseLine(String readable, String why, long lineNumber) {
        log("line " + lineNumber + " ignored: " + why);
        replyUnreadable(JsonParser.parsePrefix(readable, config.maxDepth()), "line " + why);
    }

    /** Error 12 for a line the node could not take in full, if what it read says who sent it. */
    private void replyUnreadable(Json partial, String why) {
        if (partial instanceof Json.Obj msg
                && msg.get("src") instanceof Json.Str src
                && msg.get("body") instanceof Json.Obj body) {
            String self = nodeId != null ? nodeId : msg.get("dest") instanceof Json.Str d ? d.value() : "";
            send(self, src.value(), error(MALFORMED_REQUEST, why), body.get("msg_id"));
        }
    }

    private Map<String, Json> dispatch(String src, Json.Obj body) throws Malformed {
        Json type = body.get("type");
        if (!(type instanceof Json.Str t)) {
            throw new Malformed(
                    MALFORMED_REQUEST, type == null ? "missing field \"type\"" : "field \"type\" must be a string");
        }
        return switch (t.value()) {
            case "init" -> init(body);
            case "set_mode" -> setMode(body);
            case "vv_write" -> vvWrite(src, body);
            case "vv_read" -> vvRead(body);
            case "write" -> kvWrite(src, body);
            case "kv_read" -> kvRead(body);
            case "kv_merge" -> kvMerge(src, body);
            case Gossip.VV_GOSSIP -> gossip.receive(src, body);
            default -> throw new Malformed(NOT_SUPPORTED, "unsupported message type \"" + t.value() + "\"");
        };
    }

    private Map<String, Json> init(Json.Obj body) throws Malformed {
        String id = requireString(body, "node_id");
        List<String> ids = new ArrayList<>();
        Json list = body.get("node_ids");
        if (list != null) {
            if (!(list instanceof Json.Arr arr)) {
                throw new Malformed(MALFORMED_REQUEST, "field \"node_ids\" must be an array of strings");
            }
            for (Json j : arr.items()) {
                if (!(j instanceof Json.Str s)) {
                    throw new Malformed(MALFORMED_REQUEST, "field \"node_ids\" must be an array of strings");
                }
                ids.add(s.value());
            }
        }
        if (nodeId != null && !nodeId.equals(id)) {
            throw new Malformed(MALFORMED_REQUEST, "already initialised as " + nodeId + ", cannot become " + id);
        }
        if (nodeId == null) {
            nodeId = id;
            nodeIds = List.copyOf(ids);
            gossip.start(id, nodeIds);
        }
        return body("init_ok");
    }

    private Map<String, Json> setMode(Json.Obj body) throws Malformed {
        String name = requireString(body, "mode");
        Mode mode;
        try {
            mode = Mode.parse(name);
        } catch (IllegalArgumentException e) {
            throw new Malformed(MALFORMED_REQUEST, e.getMessage());
        }
        vvStore().setMode(mode);
        return body("set_mode_ok");
    }

    private Map<String, Json> vvWrite(String src, Json.Obj body) throws Malformed {
        String key = requireKey(body);
        Json.Raw value = requireValue(body);
        VersionVector context = context(body);
        // a write adds at most one value: below both limits there is nothing to check
        int siblings = vvStore().read(key).siblings().size() < Math.min(config.siblingsWarn(), config.siblingsMax())
                ? 0
                : vvStore().siblingsAfterWrite(key, src, context);
        if (siblings > config.siblingsMax()) {
            throw new Malformed(
                    PRECONDITION_FAILED,
                    "write refused: key " + key + " would have " + siblings + " siblings, more than "
                            + config.siblingsMax() + "; read it and write with the merged context");
        }
        WriteResult<Json.Raw> result;
        try {
            result = vvStore().write(key, src, value, context);
        } catch (IllegalArgumentException e) {
            throw new Malformed(MALFORMED_REQUEST, e.getMessage());
        }
        if (siblings > config.siblingsWarn()) {
            log("key " + key + " has " + siblings + " siblings (more than " + config.siblingsWarn() + ")");
        }
        gossip.changedVv(key);
        Map<String, Json> reply = body("vv_write_ok");
        reply.put("vc", clock(result.written().clock()));
        return reply;
    }

    private Map<String, Json> vvRead(Json.Obj body) throws Malformed {
        ReadResult<Json.Raw> r = vvStore().read(requireKey(body));
        // the values are printed straight into one piece of JSON text: this is every read's reply
        StringBuilder values = new StringBuilder(32 * r.siblings().size() + 2).append('[');
        for (Sibling<Json.Raw> s : r.siblings()) {
            if (values.length() > 1) {
                values.append(", ");
            }
            values.append("{\"value\": ").append(s.value().text()).append(", \"vc\": ");
            appendClock(values, s.clock());
            values.append('}');
        }
        Map<String, Json> reply = body("vv_read_ok");
        reply.put("values", new Json.Raw(values.append(']').toString()));
        reply.put("conflict", Json.bool(r.conflict()));
        return reply;
    }

    private Map<String, Json> kvWrite(String src, Json.Obj body) throws Malformed {
        String key = requireKey(body);
        Json.Raw value = requireValue(body);
        WriteResult<Json.Raw> result = kvStore().write(key, src, value, VersionVector.empty());
        gossip.changedKv(key);
        Map<String, Json> reply = body("write_ok");
        reply.put("ts", seconds(result.written().timestamp().time()));
        return reply;
    }

    private Map<String, Json> kvRead(Json.Obj body) throws Malformed {
        Json keyJson = body.get("key");
        ReadResult<Json.Raw> r = kvStore().read(requireKey(body));
        if (r.siblings().isEmpty()) {
            throw new Malformed(KEY_DOES_NOT_EXIST, "Key not found");
        }
        Sibling<Json.Raw> s = r.siblings().get(0);
        Map<String, Json> reply = body("kv_read_ok");
        reply.put("key", keyJson);
        reply.put("value", s.value());
        reply.put("ts", seconds(s.timestamp().time()));
        return reply;
    }

    private Map<String, Json> kvMerge(String src, Json.Obj body) throws Malformed {
        if (!(body.get("entries") instanceof Json.Obj entries)) {
            throw new Malformed(
                    MALFORMED_REQUEST,
                    body.get("entries") == null
                            ? "missing field \"entries\""
                            : "field \"entries\" must be an object of {value, ts}");
        }
        // peers send each key as its JSON text, so integer keys stay integers
        boolean jsonKeys = body.get("json_keys") instanceof Json.Bool b && b.value();
        // Check every entry before changing anything, so a bad entry leaves the store as it was.
        List<String> keys = new ArrayList<>(entries.members().size());
        List<Sibling<Json.Raw>> incoming = new ArrayList<>(entries.members().size());
        for (Map.Entry<String, Json> e : entries.members().entrySet()) {
            if (!(e.getValue() instanceof Json.Obj entry) || !entry.members().containsKey("value")) {
                throw new Malformed(
                        MALFORMED_REQUEST, "entry \"" + e.getKey() + "\" must be an object with \"value\" and \"ts\"");
            }
            if (!(entry.get("ts") instanceof Json.Num ts)) {
                throw new Malformed(MALFORMED_REQUEST, "entry \"" + e.getKey() + "\" needs a number \"ts\"");
            }
            double seconds = ts.asDouble();
            if (!(seconds >= 0 && seconds < 9.0e9 * 1000)) {
                throw new Malformed(
                        MALFORMED_REQUEST, "entry \"" + e.getKey() + "\" has a ts out of range: " + ts.text());
            }
            long micros = Math.round(seconds * 1_000_000.0);
            // peers add the node that stamped the value, so equal times break ties the same everywhere
            String origin = entry.get("node") instanceof Json.Str n ? n.value() : MERGED_NODE;
            keys.add(jsonKeys ? Gossip.keyFromText(e.getKey()) : keyText(new Json.Str(e.getKey())));
            incoming.add(new Sibling<>(
                    raw(entry.get("value")),
                    VersionVector.empty(),
                    src,
                    new Timestamp(micros, origin),
                    new Dot(self() + "/merge", ++mergeSequence)));
        }
        int updated = 0;
        for (int i = 0; i < keys.size(); i++) {
            MergeResult<Json.Raw> r = kvStore().merge(keys.get(i), incoming.get(i));
            if (r.applied()) {
                updated++;
                gossip.changedKv(keys.get(i));
            }
        }
        if (nodeIds.contains(src) && !src.equals(nodeId)) {
            return null; // anti-entropy from a peer: no reply, the next round repairs any loss
        }
        Map<String, Json> reply = body("kv_merge_ok");
        reply.put("updated", Json.num(updated));
        return reply;
    }

    Store<Json.Raw> vvStore() {
        if (vv == null) {
            vv = new Store<>(self(), Mode.LWW, clock, VALUE_ORDER);
        }
        return vv;
    }

    Store<Json.Raw> kvStore() {
        if (kv == null) {
            kv = new Store<>(self(), Mode.LWW, clock, VALUE_ORDER);
        }
        return kv;
    }

    /** Equal timestamps are broken by the value's JSON text, the same on every replica. */
    private static final Comparator<Json.Raw> VALUE_ORDER = Json.Raw.BY_TEXT; // no lambda: start-up

    private String self() {
        return nodeId != null ? nodeId : "";
    }

    static Map<String, Json> body(String type) {
        Map<String, Json> m = new LinkedHashMap<>(8);
        m.put("type", new Json.Str(type));
        return m;
    }

    private static Map<String, Json> error(int code, String text) {
        Map<String, Json> m = body("error");
        m.put("code", Json.num(code));
        m.put("text", new Json.Str(text));
        return m;
    }

    /** Sends a message of this node's own (gossip) to {@code dest}, with the next msg_id. */
    void sendTo(String dest, Map<String, Json> body) {
        send(self(), dest, body, null);
    }

    /** Periodic anti-entropy; called by the gossip timer. */
    public synchronized void tick() {
        gossip.tick();
        out.flush(); // the main thread may be waiting for input: nothing else would flush this
    }

    private void send(String src, String dest, Map<String, Json> body, Json inReplyTo) {
        if (inReplyTo != null) {
            body.put("in_reply_to", inReplyTo);
        }
        body.put("msg_id", Json.num(nextMsgId++));
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"src\": ");
        JsonWriter.string(sb, src);
        sb.append(", \"dest\": ");
        JsonWriter.string(sb, dest);
        sb.append(", \"body\": ");
        JsonWriter.write(sb, new Json.Obj(body));
        sb.append('}');
        out.line(sb);
    }

    /** A clock as the JSON object the protocol prints, in display order; written once, not as a tree. */
    static Json.Raw clock(VersionVector vc) {
        StringBuilder sb = new StringBuilder(16 * vc.size() + 2);
        appendClock(sb, vc);
        return new Json.Raw(sb.toString());
    }

    private static void appendClock(StringBuilder sb, VersionVector vc) {
        sb.append('{');
        for (int i = 0; i < vc.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            JsonWriter.string(sb, vc.actorAt(i));
            sb.append(": ").append(vc.counterAt(i));
        }
        sb.append('}');
    }

    /** Microseconds since the epoch as float seconds, printed like Python's {@code time.time()}. */
    static Json.Raw seconds(long micros) {
        StringBuilder sb = new StringBuilder(24);
        JsonWriter.pythonFloat(sb, micros / 1_000_000.0);
        return new Json.Raw(sb.toString());
    }

    private static String requireString(Json.Obj body, String field) throws Malformed {
        Json v = body.get(field);
        if (v instanceof Json.Str s) {
            return s.value();
        }
        throw new Malformed(
                MALFORMED_REQUEST,
                v == null ? "missing field \"" + field + "\"" : "field \"" + field + "\" must be a string");
    }

    private static String requireKey(Json.Obj body) throws Malformed {
        Json k = body.get("key");
        if (k == null) {
            throw new Malformed(MALFORMED_REQUEST, "missing field \"key\"");
        }
        if (k instanceof Json.Str || k instanceof Json.Num n && n.integral()) {
            return keyText(k);
        }
        throw new Malformed(MALFORMED_REQUEST, "field \"key\" must be a string or an integer");
    }

    static String keyText(Json key) {
        return JsonWriter.write(key);
    }

    private static Json.Raw requireValue(Json.Obj body) throws Malformed {
        if (!body.members().containsKey("value")) {
            throw new Malformed(MALFORMED_REQUEST, "missing field \"value\"");
        }
        return raw(body.get("value"));
    }

    private static Json.Raw raw(Json value) {
        return new Json.Raw(JsonWriter.write(value));
    }

    private static VersionVector context(Json.Obj body) throws Malformed {
        if (!body.members().containsKey("context")) {
            return VersionVector.empty();
        }
        if (!(body.get("context") instanceof Json.Obj ctx)) {
            throw new Malformed(MALFORMED_REQUEST, "field \"context\" must be an object of positive integers");
        }
        if (ctx.members().isEmpty()) {
            return VersionVector.empty();
        }
        VersionVector.Builder b = VersionVector.builder();
        for (Map.Entry<String, Json> e : ctx.members().entrySet()) {
            Long n = e.getValue() instanceof Json.Num num ? num.asLong() : null;
            if (n == null || n < 1) {
                throw new Malformed(
                        MALFORMED_REQUEST,
                        "context entry \"" + e.getKey() + "\" must be a positive integer, was "
                                + JsonWriter.write(e.getValue()));
            }
            b.put(e.getKey(), n);
        }
        return b.build();
    }

    private static void log(String message) {
        System.err.println("protocol-node: " + message);
    }

    /** The node id after init, or null. */
    public String nodeId() {
        return nodeId;
    }

    /** The peers named by init. */
    public List<String> nodeIds() {
        return nodeIds;
    }

    /** A request the node answers with a Maelstrom error. */
    static final class Malformed extends Exception {
        private final int code;

        Malformed(int code, String text) {
            super(text, null, false, false);
            this.code = code;
        }
    }
}
