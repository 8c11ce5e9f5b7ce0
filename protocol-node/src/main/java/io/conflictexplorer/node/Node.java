package io.conflictexplorer.node;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.core.store.TimeSource;
import io.conflictexplorer.node.handlers.Gossip;
import io.conflictexplorer.node.handlers.KvHandler;
import io.conflictexplorer.node.handlers.Outbox;
import io.conflictexplorer.node.handlers.Stores;
import io.conflictexplorer.node.handlers.VvHandler;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.wire.ByteLine;
import io.conflictexplorer.node.wire.Log;
import io.conflictexplorer.node.wire.MessageType;
import io.conflictexplorer.node.wire.Messages;
import io.conflictexplorer.node.wire.Name;
import io.conflictexplorer.node.wire.Output;
import io.conflictexplorer.node.wire.ParsedRequest;
import io.conflictexplorer.node.wire.PlainRequest;
import io.conflictexplorer.node.wire.ProtocolError;
import io.conflictexplorer.node.wire.Replies;
import io.conflictexplorer.node.wire.Request;
import io.conflictexplorer.node.wire.Wire;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Maelstrom node around core's {@link Store}: it takes a line, finds the request in it, and
 * hands it to its handler ({@link VvHandler}, {@link KvHandler}, {@link Gossip}), which calls core
 * and answers through {@link Replies}. It holds no store rule of its own.
 *
 * <p>Two stores: the LWW problem's ({@code set_mode}, {@code vv_write}, {@code vv_read}), starting in
 * {@link Mode#LWW}, and the preceding task's LWW key-value store ({@code write}, {@code kv_read},
 * {@code kv_merge}), always in {@link Mode#LWW}. A handler checks every field before it changes
 * anything, so a refused request ({@link ProtocolError}) leaves both stores as they were.
 *
 * <p>Two ways in. Most requests are a {@code vv_write} or {@code vv_read} in the form
 * {@link PlainRequest} recognises: their fields are taken from slices of the line, without a JSON
 * tree. Every other line is parsed in full and its fields decoded by {@link Wire}. Both reach the
 * same handlers, which answer both the same way (a property test compares the two paths byte for
 * byte).
 */
public final class Node {

    private final NodeConfig config;
    private final Output out;
    private final Messages messages;
    private final Replies replies;
    private final Gossip gossip;
    private final VvHandler vv;
    private final KvHandler kv;
    private final Stores stores;
    private final Clients clients = new Clients();
    private final PlainRequest plain = new PlainRequest();
    private final boolean plainPath;
    private String nodeId;

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
        this.replies = new Replies(messages);
        this.stores = new Stores(clock);
        this.gossip = new Gossip(stores, new PeerOutbox(), timer, new Ticker());
        this.vv = new VvHandler(stores, replies, gossip, config.siblingsWarn(), config.siblingsMax());
        this.kv = new KvHandler(stores, replies, gossip);
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
        String src = clients.of(line, plain.srcFrom() + 1, plain.srcTo() - 1);
        Request r = plain.answer(nodeId, src);
        try {
            if (plain.type() == MessageType.VV_READ) {
                vv.read(r, plain.key());
            } else {
                vv.write(r, plain.key(), plain.value(), plain.context());
            }
        } catch (ProtocolError e) {
            replies.error(r, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            crashed(r, e, lineNumber);
        }
        gossip.afterMessage(src);
        return true;
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
            Log.line("line " + lineNumber + " ignored: not JSON (" + e.getMessage() + ")");
            // too deep: the rest of the line was read; cut short or broken: what came before the error
            replyUnreadable(
                    e.partial() != null ? e.partial() : JsonParser.parsePrefix(line, off, len, config.maxDepth()),
                    "not JSON: " + e.getMessage());
            return;
        }
        if (!(parsed instanceof Json.Obj msg)) {
            Log.line("line " + lineNumber + " ignored: a message must be a JSON object");
            return;
        }
        if (!(msg.get(Name.SRC.text()) instanceof Json.Str src)) {
            Log.line("line " + lineNumber + " ignored: the message has no \"src\" string");
            return;
        }
        if (!(msg.get(Name.BODY.text()) instanceof Json.Obj body)) {
            Log.line("line " + lineNumber + " ignored: the message has no \"body\" object");
            return;
        }
        if (body.members().containsKey(Name.IN_REPLY_TO.text())) {
            return; // a reply (e.g. a peer's kv_merge_ok): answering it could start an endless exchange
        }
        Request r = new ParsedRequest(self(msg), clients.of(src.value()), body.get(Name.MSG_ID.text()));
        try {
            dispatch(r, body);
        } catch (ProtocolError e) {
            replies.error(r, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            crashed(r, e, lineNumber);
        }
        gossip.afterMessage(src.value());
    }

    /** A bug answers error 13 instead of ending the node. */
    private void crashed(Request r, RuntimeException e, long lineNumber) {
        Log.line("line " + lineNumber + ": internal error: " + e);
        replies.error(r, ProtocolError.Code.CRASH, "internal error: " + e.getMessage());
    }

    /**
     * A line the node does not process because of how it arrived ({@code why}: longer than the
     * limit, not UTF-8), given as far as it could be read ({@code readable}: the beginning of an
     * over-long line, or the line with bad bytes replaced). If that names a sender and a body, the
     * sender gets error 12 (with in_reply_to when the msg_id was readable) instead of waiting.
     */
    public synchronized void refuseLine(String readable, String why, long lineNumber) {
        Log.line("line " + lineNumber + " ignored: " + why);
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

    /** Who answers a message: this node once init named it, else the node it was sent to. */
    private String self(Json.Obj msg) {
        return nodeId != null ? nodeId : msg.get(Name.DEST.text()) instanceof Json.Str d ? d.value() : "";
    }

    /** Error 12 for a line the node could not take in full, if what it read says who sent it. */
    private void replyUnreadable(Json partial, String why) {
        if (partial instanceof Json.Obj msg
                && msg.get(Name.SRC.text()) instanceof Json.Str src
                && msg.get(Name.BODY.text()) instanceof Json.Obj body) {
            replies.error(
                    new ParsedRequest(self(msg), src.value(), body.get(Name.MSG_ID.text())),
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
            case SET_MODE -> vv.setMode(r, body);
            case VV_WRITE -> vv.write(r, Wire.key(body), Wire.value(body), Wire.context(body));
            case VV_READ -> vv.read(r, Wire.key(body));
            case WRITE -> kv.write(r, Wire.key(body), Wire.value(body));
            case KV_READ -> kv.read(r, Wire.key(body));
            case KV_MERGE -> kv.merge(r, body);
            case VV_GOSSIP -> gossip.receive(r.src(), body); // gossip is not answered
            default -> throw unsupported(t.value()); // a reply type sent as a request
        }
    }

    private static ProtocolError unsupported(String type) {
        return new ProtocolError(ProtocolError.Code.NOT_SUPPORTED, "unsupported message type \"" + type + "\"");
    }

    /** {@code init {node_id, node_ids}}: the node's name, once, and its peers. */
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
            stores.named(id);
            gossip.start(id, ids);
        }
        replies.ack(r, MessageType.INIT_OK);
    }

    /** The node's own messages (gossip) to its peers, from its id. */
    private final class PeerOutbox implements Outbox {
        @Override
        public ByteLine start(String dest, MessageType type) {
            return messages.begin(stores.self(), dest, type);
        }

        @Override
        public void send() {
            messages.send();
        }
    }
}
