package io.conflictexplorer.node.handlers;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Store;
import io.conflictexplorer.core.store.WriteResult;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.wire.Log;
import io.conflictexplorer.node.wire.MessageType;
import io.conflictexplorer.node.wire.Name;
import io.conflictexplorer.node.wire.ProtocolError;
import io.conflictexplorer.node.wire.Replies;
import io.conflictexplorer.node.wire.Request;
import io.conflictexplorer.node.wire.Wire;

/**
 * The LWW problem's requests: {@code set_mode}, {@code vv_write}, {@code vv_read}, on the store
 * that starts in {@link Mode#LWW}. Its fields come decoded, from a parsed message or from the
 * slices of a plain line, so both paths run this same code. Every check comes before any change,
 * so a refused request ({@link ProtocolError}) leaves the store as it was.
 *
 * <p>Sibling limits: a write that would leave a key with more than {@code siblingsMax} values is
 * refused with error 22 (the client can read and write with the merged context); one that leaves
 * more than {@code siblingsWarn} is logged. Riak's defaults are 25 and 100.
 */
public final class VvHandler {

    private final Stores stores;
    private final Replies replies;
    private final Gossip gossip;
    private final int siblingsWarn;
    private final int siblingsMax;

    public VvHandler(Stores stores, Replies replies, Gossip gossip, int siblingsWarn, int siblingsMax) {
        this.stores = stores;
        this.replies = replies;
        this.gossip = gossip;
        this.siblingsWarn = siblingsWarn;
        this.siblingsMax = siblingsMax;
    }

    /** {@code set_mode {mode: "lww"|"vv"}}. */
    public void setMode(Request r, Json.Obj body) throws ProtocolError {
        String name = Wire.string(body, Name.MODE);
        Mode mode;
        try {
            mode = Mode.parse(name);
        } catch (IllegalArgumentException e) {
            throw ProtocolError.malformed(e.getMessage());
        }
        stores.vv().setMode(mode);
        replies.ack(r, MessageType.SET_MODE_OK);
    }

    /** {@code vv_write {key, value, context}}: the sender writes, its clock is the reply's {@code vc}. */
    public void write(Request r, String key, Json.Raw value, VersionVector context) throws ProtocolError {
        Store<Json.Raw> vv = stores.vv();
        String writer = r.src();
        // a write adds at most one value: below both limits there is nothing to check
        int siblings = vv.read(key).siblings().size() < Math.min(siblingsWarn, siblingsMax)
                ? 0
                : vv.siblingsAfterWrite(key, writer, context);
        if (siblings > siblingsMax) {
            throw new ProtocolError(
                    ProtocolError.Code.PRECONDITION_FAILED,
                    "write refused: key " + key + " would have " + siblings + " siblings, more than " + siblingsMax
                            + "; read it and write with the merged context");
        }
        WriteResult<Json.Raw> result;
        try {
            result = vv.write(key, writer, value, context);
        } catch (IllegalArgumentException e) {
            throw ProtocolError.malformed(e.getMessage()); // a counter at its maximum: nothing changed
        }
        if (siblings > siblingsWarn) {
            Log.line("key " + key + " has " + siblings + " siblings (more than " + siblingsWarn + ")");
        }
        gossip.changedVv(key);
        replies.vvWriteOk(r, result.written().clock());
    }

    /** {@code vv_read {key}}: every value the key holds, and whether there is more than one. */
    public void read(Request r, String key) {
        ReadResult<Json.Raw> read = stores.vv().read(key);
        replies.vvReadOk(r, read.siblings(), read.conflict());
    }
}
