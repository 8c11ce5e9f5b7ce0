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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Maelstrom node around core's {@link Store}: it dispatches a message to its handler, which reads
 * its fields through the {@link Wire} codec, calls core, and writes the reply. It holds no store
 * rule of its own.
 *
 * <p>Two stores: the LWW problem's ({@code set_mode}, {@code vv_write}, {@code vv_read}), starting in
 * {@link Mode#LWW}, and the preceding task's LWW key-value store ({@code write}, {@code kv_read},
 * {@code kv_merge}), always in {@link Mode#LWW}. A handler checks every field before it changes
 * anything, so a refused request ({@link ProtocolError}) leaves both stores as they were. Replies
 * are written by {@link Messages}; the wire format of each field is {@link Wire}'s.
 *
 * <p>Most requests are a {@code vv_write} or {@code vv_read} in the form {@link PlainRequest}
 * recognises; those are answered from slices of their line, without a JSON tree, by the same store
 * calls and to the same bytes as the handlers below (a property test compares the two paths). Every
 * other line is parsed in full and dispatched.
 */
public final class Node {

    /** Values merged in by kv_merge carry no node; this one loses timestamp ties to any local write. */
    private static final String MERGED_NODE = "";

    private final NodeConfig config;
    private final Output out;
    private final TimeSource clock;
    private final Gossip gossip;
    private final Messages messages;
    private String nodeId;
    private final LocalStores stores = new LocalStores();
    private long mergeSequence;
    private final Map<String, String> clients = new HashMap<>();
    private static final int MAX_CLIENTS = 10_000;
    private final PlainRequest plain = new PlainRequest();
    private final boolean plainPath;
    // recent senders by the bytes of their ids (a direct-mapped cache): see client(byte[], int, int)
    private final byte[][] clientBytes = new byte[CLIENT_CACHE][];
    private final String[] clientIds = new String[CLIENT_CACHE];
    private static final int CLIENT_CACHE = 64;

    public Node(NodeConfig config, Output out, TimeSource clock) {
        this(config, out, clock, Gossip.Timer.NONE);
    }

    /** @param timer starts periodic gossip once init names peers */
    Node(NodeConfig config, Output out, TimeSource clock, Gossip.Timer timer) {
        this(config, out, clock, timer, true);
    }

    /**
     * @param plainPath whether a {@link PlainRequest} is answered from the slices of its line (the
     *                  node's way); false parses every line fully, which a test compares it with
     */
    Node(NodeConfig config, Output out, TimeSource clock, Gossip.Timer timer, boolean plainPath) {
        this.plainPath = plainPath;
        this.config = config;
        this.out = out;
        this.messages = new Messages(out);
        this.clock = clock;
        this.gossip = new Gossip(stores, new PeerOutbox(), timer, new Ticker());
    }

    /** Handles one input line (without its line break). Never throws: bad input is logged or answered. */
    public void handleLine(String text, long lineNumber) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        handleLine(bytes, 0, bytes.length, lineNumber);
    }

    /**
     * Handles one input line given as {@code len} bytes of valid UTF-8 from {@code off} (without its
     * line break), parsed as it is, without being decoded to a string first. Never throws.
     */
    public synchronized void handleLine(byte[] line, int off, int len, long lineNumber) {
        if (!handlePlainLine(line, off, len, lineNumber)) {
            handleParsedLine(line, off, len, lineNumber);
        }
    }

    /**
     * Answers the line ({@code len} bytes from {@code off}, without its line break) if it is a
     * {@link PlainRequest}, from the line's bytes, without a JSON tree: true then. A plain line is
     * ASCII, so it needs no UTF-8 check. False, having changed nothing, for any other line.
     */
    public synchronized boolean handlePlainLine(byte[] line, int off, int len, long lineNumber) {
        if (!plainPath || nodeId == null || !plain.scan(line, off, len)) {
            return false;
        }
        try {
            return answerPlain();
        } catch (RuntimeException e) {
            // as on the general path: a bug answers error 13 instead of ending the node
            log("line " + lineNumber + ": internal error: " + e);
            byte[] b = plain.line();
            String src = client(b, plain.srcFrom() + 1, plain.srcTo() - 1);
            Json msgId = plain.msgIdFrom() < 0
                    ? null
                    : new Json.Num(
                            new String(
                                    b,
                                    plain.msgIdFrom(),
                                    plain.msgIdTo() - plain.msgIdFrom(),
                                    StandardCharsets.ISO_8859_1),
                            true);
            error(new Request(nodeId, src, msgId), ProtocolError.Code.CRASH, "internal error: " + e.getMessage());
            gossip.afterMessage(src);
            return true;
        }
    }

    /**
     * {@link #handleLine(byte[], int, int, long)} without trying the plain path: the line is parsed
     * into a JSON tree. For a line that {@link #handlePlainLine} did not answer.
     */
    public synchronized void handleParsedLine(byte[] line, int off, int len, long lineNumber) {
        if (blank(line, off, len)) {
            return;
        }
        Json parsed;
        try {
            parsed = JsonParser.parse(line, off, len, config.maxDepth());
        } catch (JsonException e) {
            log("line " + lineNumber + " ignored: not JSON (" + e.getMessage() + ")");
            // too deep: the rest of the line was read; cut short or broken: what came before the error
            replyUnreadable(
                    e.partial() != null ? e.partial() : JsonParser.parsePrefix(line, off, len, config.maxDepth()),
                    "not JSON: " + e.getMessage());
            return;
        }
        if (!(parsed instanceof Json.Obj msg)) {
            log("line " + lineNumber + " ignored: a message must be a JSON object");
            return;
        }
        if (!(msg.get(Name.SRC.text()) instanceof Json.Str src)) {
            log("line " + lineNumber + " ignored: the message has no \"src\" string");
            return;
        }
        if (!(msg.get(Name.BODY.text()) instanceof Json.Obj body)) {
            log("line " + lineNumber + " ignored: the message has no \"body\" object");
            return;
        }
        if (body.members().containsKey(Name.IN_REPLY_TO.text())) {
            return; // a reply (e.g. a peer's kv_merge_ok): answering it could start an endless exchange
        }
        Json msgId = body.get(Name.MSG_ID.text());
        String self = nodeId != null ? nodeId : msg.get(Name.DEST.text()) instanceof Json.Str d ? d.value() : "";
        Request r = new Request(self, client(src.value()), msgId);
        try {
            dispatch(r, body);
        } catch (ProtocolError e) {
            error(r, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            log("line " + lineNumber + ": internal error: " + e);
            error(r, ProtocolError.Code.CRASH, "internal error: " + e.getMessage());
        }
        gossip.afterMessage(src.value());
    }

    /**
     * Answers the {@link PlainRequest} just scanned as {@link #vvWrite} or {@link #vvRead} would
     * answer it parsed, byte for byte, from slices of its line. False, having changed nothing, for a
     * write the general path must refuse or log (a key near the sibling limits, a counter at its
     * maximum): the general path then handles the line.
     */
    private boolean answerPlain() {
        byte[] b = plain.line();
        String src = client(b, plain.srcFrom() + 1, plain.srcTo() - 1);
        String key = plain.key();
        Store<Json.Raw> vv = vv();
        ByteLine reply;
        if (plain.type() == MessageType.VV_READ) {
            ReadResult<Json.Raw> read = vv.read(key);
            reply = messages.beginBytes(nodeId, b, plain.srcFrom(), plain.srcTo(), MessageType.VV_READ_OK)
                    .append(Name.VALUES.memberBytes())
                    .append('[');
            List<Sibling<Json.Raw>> siblings = read.siblings();
            for (int i = 0; i < siblings.size(); i++) {
                Sibling<Json.Raw> s = siblings.get(i);
                reply.append(i == 0 ? VALUE_FIRST : VALUE_NEXT).append(s.value().text());
                reply.append(Name.VC.memberBytes());
                Wire.appendClock(reply, s.clock());
                reply.append('}');
            }
            reply.append(']').append(Name.CONFLICT.memberBytes()).append(read.conflict() ? "true" : "false");
        } else {
            if (vv.read(key).siblings().size() >= Math.min(config.siblingsWarn(), config.siblingsMax())) {
                return false;
            }
            WriteResult<Json.Raw> result;
            try {
                result = vv.write(key, src, new Json.Raw(plain.value()), plain.context());
            } catch (IllegalArgumentException e) {
                return false; // refused before anything changed: the general path answers the error
            }
            gossip.changedVv(key);
            reply = messages.beginBytes(nodeId, b, plain.srcFrom(), plain.srcTo(), MessageType.VV_WRITE_OK)
                    .append(Name.VC.memberBytes());
            Wire.appendClock(reply, result.written().clock());
        }
        messages.replyBytes(b, plain.msgIdFrom(), plain.msgIdTo());
        gossip.afterMessage(src);
        return true;
    }

    private static final byte[] VALUE_FIRST = "{\"value\": ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] VALUE_NEXT = ", {\"value\": ".getBytes(StandardCharsets.ISO_8859_1);

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

    /** Empty or only whitespace, as {@link String#isBlank()} says of the decoded line: ignored. */
    private static boolean blank(byte[] line, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (line[i] < 0) {
                return new String(line, off, len, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    /** Periodic anti-entropy; called by the gossip timer. */
    public synchronized void tick() {
        gossip.tick();
        out.flush(); // the main thread may be waiting for input: nothing else would flush this
    }

    /** Calls {@link #tick}: a class, not a method reference, which would cost start-up time. */
    private final class Ticker implements Runnable {
        @Override
        public void run() {
            tick();
        }
    }

    /** The node id after init, or null. */
    public String nodeId() {
        return nodeId;
    }

    /**
     * One instance per sender id: a client's id becomes the actor of the clocks it writes, and
     * core compares actors on every write; the same instance compares by identity at once. At
     * most {@value #MAX_CLIENTS} ids are kept, so a stream of ever-new senders cannot fill memory.
     */
    private String client(String id) {
        String known = clients.get(id);
        if (known != null) {
            return known;
        }
        if (clients.size() < MAX_CLIENTS) {
            clients.put(id, id);
        }
        return id;
    }

    /**
     * {@link #client(String)} of the id whose text is {@code b[from, to)} (plain ASCII), remembered
     * by its bytes: a recent sender costs no new string.
     */
    private String client(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 16)) & (CLIENT_CACHE - 1);
        byte[] known = clientBytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, b, from, to)) {
            return clientIds[slot];
        }
        String id = client(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        clientBytes[slot] = Arrays.copyOfRange(b, from, to);
        clientIds[slot] = id;
        return id;
    }

    /** Who sent the request being handled, to whom, and its msg_id (null without one). */
    private record Request(String self, String src, Json msgId) {}

    /** Error 12 for a line the node could not take in full, if what it read says who sent it. */
    private void replyUnreadable(Json partial, String why) {
        if (partial instanceof Json.Obj msg
                && msg.get(Name.SRC.text()) instanceof Json.Str src
                && msg.get(Name.BODY.text()) instanceof Json.Obj body) {
            String self = nodeId != null ? nodeId : msg.get(Name.DEST.text()) instanceof Json.Str d ? d.value() : "";
            error(
                    new Request(self, src.value(), body.get(Name.MSG_ID.text())),
                    ProtocolError.Code.MALFORMED_REQUEST,
                    why);
        }
    }

    private void dispatch(Request r, Json.Obj body) throws ProtocolError {
        Json type = body.get(Name.TYPE.text());
        if (!(type instanceof Json.Str t)) {
            throw type == null ? Wire.missing(Name.TYPE) : ProtocolError.malformed("field \"type\" must be a string");
        }
        MessageType known = MessageType.of(t.value());
        if (known == null) {
            throw unsupported(t.value());
        }
        switch (known) {
            case INIT -> init(r, body);
            case SET_MODE -> setMode(r, body);
            case VV_WRITE -> vvWrite(r, body);
            case VV_READ -> vvRead(r, body);
            case WRITE -> kvWrite(r, body);
            case KV_READ -> kvRead(r, body);
            case KV_MERGE -> kvMerge(r, body);
            case VV_GOSSIP -> gossip.receive(r.src(), body); // gossip is not answered
            default -> throw unsupported(t.value()); // a reply type sent as a request
        }
    }

    private static ProtocolError unsupported(String type) {
        return new ProtocolError(ProtocolError.Code.NOT_SUPPORTED, "unsupported message type \"" + type + "\"");
    }

    private void init(Request r, Json.Obj body) throws ProtocolError {
        String id = Wire.string(body, Name.NODE_ID);
        List<String> ids = new ArrayList<>();
        Json list = body.get(Name.NODE_IDS.text());
        if (list != null) {
            if (!(list instanceof Json.Arr arr)) {
                throw ProtocolError.malformed("field \"node_ids\" must be an array of strings");
            }
            for (Json j : arr.items()) {
                if (!(j instanceof Json.Str s)) {
                    throw ProtocolError.malformed("field \"node_ids\" must be an array of strings");
                }
                ids.add(s.value());
            }
        }
        if (nodeId != null && !nodeId.equals(id)) {
            throw ProtocolError.malformed("already initialised as " + nodeId + ", cannot become " + id);
        }
        if (nodeId == null) {
            nodeId = id;
            gossip.start(id, ids);
        }
        reply(r, MessageType.INIT_OK);
        finish(r);
    }

    private void setMode(Request r, Json.Obj body) throws ProtocolError {
        String name = Wire.string(body, Name.MODE);
        Mode mode;
        try {
            mode = Mode.parse(name);
        } catch (IllegalArgumentException e) {
            throw ProtocolError.malformed(e.getMessage());
        }
        vv().setMode(mode);
        reply(r, MessageType.SET_MODE_OK);
        finish(r);
    }

    private void vvWrite(Request r, Json.Obj body) throws ProtocolError {
        String key = Wire.key(body);
        Json.Raw value = Wire.value(body);
        VersionVector context = Wire.context(body);
        // a write adds at most one value: below both limits there is nothing to check
        int siblings = vv().read(key).siblings().size() < Math.min(config.siblingsWarn(), config.siblingsMax())
                ? 0
                : vv().siblingsAfterWrite(key, r.src(), context);
        if (siblings > config.siblingsMax()) {
            throw new ProtocolError(
                    ProtocolError.Code.PRECONDITION_FAILED,
                    "write refused: key " + key + " would have " + siblings + " siblings, more than "
                            + config.siblingsMax() + "; read it and write with the merged context");
        }
        WriteResult<Json.Raw> result;
        try {
            result = vv().write(key, r.src(), value, context);
        } catch (IllegalArgumentException e) {
            throw ProtocolError.malformed(e.getMessage());
        }
        if (siblings > config.siblingsWarn()) {
            log("key " + key + " has " + siblings + " siblings (more than " + config.siblingsWarn() + ")");
        }
        gossip.changedVv(key);
        StringBuilder sb = reply(r, MessageType.VV_WRITE_OK).append(Name.VC.member());
        Wire.appendClock(sb, result.written().clock());
        finish(r);
    }

    private void vvRead(Request r, Json.Obj body) throws ProtocolError {
        ReadResult<Json.Raw> read = vv().read(Wire.key(body));
        StringBuilder sb =
                reply(r, MessageType.VV_READ_OK).append(Name.VALUES.member()).append('[');
        boolean first = true;
        for (Sibling<Json.Raw> s : read.siblings()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append("{\"value\": ").append(s.value().text()).append(Name.VC.member());
            Wire.appendClock(sb, s.clock());
            sb.append('}');
        }
        sb.append(']').append(Name.CONFLICT.member()).append(read.conflict() ? "true" : "false");
        finish(r);
    }

    private void kvWrite(Request r, Json.Obj body) throws ProtocolError {
        String key = Wire.key(body);
        Json.Raw value = Wire.value(body);
        WriteResult<KvValue> result = kv().write(key, r.src(), new KvValue(value, null), VersionVector.empty());
        gossip.changedKv(key);
        StringBuilder sb = reply(r, MessageType.WRITE_OK).append(Name.TS.member());
        Wire.appendSeconds(sb, result.written().timestamp().time());
        finish(r);
    }

    private void kvRead(Request r, Json.Obj body) throws ProtocolError {
        String key = Wire.key(body);
        ReadResult<KvValue> read = kv().read(key);
        if (read.siblings().isEmpty()) {
            throw new ProtocolError(ProtocolError.Code.KEY_DOES_NOT_EXIST, "Key not found");
        }
        Sibling<KvValue> s = read.siblings().get(0);
        StringBuilder sb = reply(r, MessageType.KV_READ_OK);
        sb.append(Name.KEY.member()).append(key);
        sb.append(Name.VALUE.member()).append(s.value().value().text());
        sb.append(Name.TS.member());
        appendTs(sb, s);
        finish(r);
    }

    /**
     * A kv value's {@code ts} for a client: a kv_merge sender's number as Python's {@code json.dumps}
     * prints what {@code json.loads} read ({@code 5E9} is {@code 5000000000.0}), or this node's time
     * in seconds.
     */
    static void appendTs(StringBuilder sb, Sibling<KvValue> s) {
        if (s.value().ts() != null) {
            sb.append(JsonWriter.number(s.value().ts()));
        } else {
            Wire.appendSeconds(sb, s.timestamp().time());
        }
    }

    /**
     * A kv value's {@code ts} for a peer: a kv_merge sender's number exactly as it was written, so
     * that the peer compares the same exact time (Python's form of it may be rounded), or this
     * node's time in seconds.
     */
    static void appendExactTs(StringBuilder sb, Sibling<KvValue> s) {
        if (s.value().ts() != null) {
            sb.append(s.value().ts());
        } else {
            Wire.appendSeconds(sb, s.timestamp().time());
        }
    }

    /**
     * {@code kv_merge {entries: {key: {value, ts}}}}: each entry whose {@code ts} is greater (as a
     * number, exactly) than the stored one's wins; the reply counts them. Policy for a bad entry (no
     * value, or a ts that is not a finite number): the whole request is refused with error 12 naming
     * it, before anything changes, so the sender knows that nothing of it was taken. Answered
     * whoever sent it, a peer included. {@code integer_keys: true} (sent by peers) means every entry
     * name is the text of an integer key.
     */
    private void kvMerge(Request r, Json.Obj body) throws ProtocolError {
        Json entriesJson = body.get(Name.ENTRIES.text());
        if (!(entriesJson instanceof Json.Obj entries)) {
            throw ProtocolError.malformed(
                    entriesJson == null
                            ? "missing field \"entries\""
                            : "field \"entries\" must be an object of {value, ts}");
        }
        boolean integerKeys = body.get(Name.INTEGER_KEYS.text()) instanceof Json.Bool b && b.value();
        List<String> keys = new ArrayList<>(entries.members().size());
        List<Sibling<KvValue>> incoming = new ArrayList<>(entries.members().size());
        for (Map.Entry<String, Json> e : entries.members().entrySet()) {
            String name = e.getKey();
            if (!(e.getValue() instanceof Json.Obj entry) || !entry.members().containsKey(Name.VALUE.text())) {
                throw ProtocolError.malformed("entry \"" + name + "\" must be an object with \"value\" and \"ts\"");
            }
            Json ts = entry.get(Name.TS.text());
            BigDecimal micros = Wire.micros(ts);
            if (micros == null) {
                throw ProtocolError.malformed("entry \"" + name + "\" needs a number \"ts\"");
            }
            if (integerKeys && !Wire.integerText(name)) {
                throw ProtocolError.malformed("entry \"" + name + "\" is not an integer key");
            }
            // peers add the node that stamped the value, so equal times break ties the same everywhere
            String origin = entry.get(Name.NODE.text()) instanceof Json.Str n ? n.value() : MERGED_NODE;
            keys.add(integerKeys ? name : JsonWriter.quote(name));
            incoming.add(new Sibling<>(
                    new KvValue(Wire.raw(entry.get(Name.VALUE.text())), ((Json.Num) ts).text()),
                    VersionVector.empty(),
                    r.src(),
                    Timestamp.ofDecimal(micros, origin),
                    new Dot(self() + "/merge", ++mergeSequence)));
        }
        int updated = 0;
        for (int i = 0; i < keys.size(); i++) {
            MergeResult<KvValue> m = kv().merge(keys.get(i), incoming.get(i));
            if (m.applied()) {
                updated++;
                gossip.changedKv(keys.get(i));
            }
        }
        reply(r, MessageType.KV_MERGE_OK).append(Name.UPDATED.member()).append(updated);
        finish(r);
    }

    private Store<Json.Raw> vv() {
        return stores.vv();
    }

    private Store<KvValue> kv() {
        return stores.kv();
    }

    /** The two stores, made on first use (after init, so that they carry the node's id). */
    private final class LocalStores implements Stores {
        private Store<Json.Raw> vv;
        private Store<KvValue> kv;

        @Override
        public Store<Json.Raw> vv() {
            if (vv == null) {
                vv = new Store<>(self(), Mode.LWW, clock, Json.Raw.BY_TEXT);
            }
            return vv;
        }

        @Override
        public Store<KvValue> kv() {
            if (kv == null) {
                kv = new Store<>(self(), Mode.LWW, clock, KvValue.TIE_BREAK);
            }
            return kv;
        }
    }

    /** The node's own messages (gossip) to its peers, from its id. */
    private final class PeerOutbox implements Outbox {
        @Override
        public StringBuilder start(String dest, MessageType type) {
            return messages.begin(self(), dest, type);
        }

        @Override
        public void send() {
            messages.send();
        }
    }

    private String self() {
        return nodeId != null ? nodeId : "";
    }

    private void error(Request r, ProtocolError.Code code, String text) {
        StringBuilder sb = reply(r, MessageType.ERROR);
        sb.append(Name.CODE.member()).append(code.value()).append(Name.TEXT.member());
        JsonWriter.string(sb, text);
        finish(r);
    }

    /** Begins the reply to {@code r}: the envelope and the body's type. */
    private StringBuilder reply(Request r, MessageType type) {
        return messages.begin(r.self(), r.src(), type);
    }

    /** Ends the reply to {@code r} and writes it out. */
    private void finish(Request r) {
        messages.reply(r.msgId());
    }

    private static void log(String message) {
        System.err.println("protocol-node: " + message);
    }
}
