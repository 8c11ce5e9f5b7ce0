package io.conflictexplorer.node.handlers;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.MergeResult;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.ReadResult;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.WriteResult;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
import io.conflictexplorer.node.wire.KvValue;
import io.conflictexplorer.node.wire.Name;
import io.conflictexplorer.node.wire.ProtocolError;
import io.conflictexplorer.node.wire.Replies;
import io.conflictexplorer.node.wire.Request;
import io.conflictexplorer.node.wire.Timestamps;
import io.conflictexplorer.node.wire.Wire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The preceding task's requests, on its LWW key-value store (always {@link Mode#LWW}):
 * {@code write}, {@code kv_read}, {@code kv_merge}. Every check comes before any change, so a
 * refused request ({@link ProtocolError}) leaves the store as it was.
 */
public final class KvHandler {

    /** Values merged in by kv_merge carry no node; this one loses timestamp ties to any local write. */
    private static final String MERGED_NODE = "";

    private final Stores stores;
    private final Replies replies;
    private final Gossip gossip;
    private long mergeSequence;

    public KvHandler(Stores stores, Replies replies, Gossip gossip) {
        this.stores = stores;
        this.replies = replies;
        this.gossip = gossip;
    }

    /** {@code write {key, value}}: stamped with the node's time, which the reply's {@code ts} is. */
    public void write(Request r, String key, Json.Raw value) {
        WriteResult<KvValue> result = stores.kv().write(key, r.src(), new KvValue(value, null), VersionVector.empty());
        gossip.changedKv(key);
        replies.writeOk(r, result.written().timestamp().time());
    }

    /** {@code kv_read {key}}: the value with the greatest time, or error 20 for a key never written. */
    public void read(Request r, String key) throws ProtocolError {
        ReadResult<KvValue> read = stores.kv().read(key);
        if (read.siblings().isEmpty()) {
            throw new ProtocolError(ProtocolError.Code.KEY_DOES_NOT_EXIST, "Key not found");
        }
        replies.kvReadOk(r, key, read.siblings().get(0));
    }

    /**
     * {@code kv_merge {entries: {key: {value, ts}}}}: each entry whose {@code ts} is greater (as a
     * number, exactly) than the stored one's wins; the reply counts them. Policy for a bad entry (no
     * value, or a ts that is not a finite number): the whole request is refused with error 12 naming
     * it, before anything changes, so the sender knows that nothing of it was taken. Answered
     * whoever sent it, a peer included. {@code integer_keys: true} (sent by peers) means every entry
     * name is the text of an integer key.
     */
    public void merge(Request r, Json.Obj body) throws ProtocolError {
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
            BigDecimal micros = Timestamps.micros(ts);
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
                    new Dot(stores.self() + "/merge", ++mergeSequence)));
        }
        int updated = 0;
        for (int i = 0; i < keys.size(); i++) {
            MergeResult<KvValue> m = stores.kv().merge(keys.get(i), incoming.get(i));
            if (m.applied()) {
                updated++;
                gossip.changedKv(keys.get(i));
            }
        }
        replies.kvMergeOk(r, updated);
    }
}
