package io.conflictexplorer.node.wire;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The node's replies, one method per reply type, each written the one way whichever path the
 * request took ({@link ParsedRequest} or {@link PlainRequest}): the body's fields in the
 * protocol's order, in Python's JSON form, between the envelope and the {@code msg_id} that
 * {@link Messages} writes.
 */
public final class Replies {

    private static final byte[] VALUE_FIRST = "{\"value\": ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] VALUE_NEXT = ", {\"value\": ".getBytes(StandardCharsets.ISO_8859_1);

    private final Messages messages;

    public Replies(Messages messages) {
        this.messages = messages;
    }

    /** A reply with nothing but its type: {@code init_ok}, {@code set_mode_ok}. */
    public void ack(Request r, MessageType type) {
        r.beginReply(messages, type);
        r.endReply(messages);
    }

    /** {@code vv_write_ok {vc}}. */
    public void vvWriteOk(Request r, VersionVector vc) {
        ByteLine b = r.beginReply(messages, MessageType.VV_WRITE_OK).append(Name.VC.memberBytes());
        Wire.appendClock(b, vc);
        r.endReply(messages);
    }

    /** {@code vv_read_ok {values: [{value, vc}], conflict}}. */
    public void vvReadOk(Request r, List<Sibling<Json.Raw>> siblings, boolean conflict) {
        ByteLine b = r.beginReply(messages, MessageType.VV_READ_OK)
                .append(Name.VALUES.memberBytes())
                .append('[');
        for (int i = 0; i < siblings.size(); i++) {
            Sibling<Json.Raw> s = siblings.get(i);
            b.append(i == 0 ? VALUE_FIRST : VALUE_NEXT).append(s.value().text());
            b.append(Name.VC.memberBytes());
            Wire.appendClock(b, s.clock());
            b.append('}');
        }
        b.append(']').append(Name.CONFLICT.memberBytes()).append(conflict ? "true" : "false");
        r.endReply(messages);
    }

    /** {@code write_ok {ts}}: the write's time, {@code micros} since the epoch, in float seconds. */
    public void writeOk(Request r, long micros) {
        ByteLine b = r.beginReply(messages, MessageType.WRITE_OK).append(Name.TS.memberBytes());
        Timestamps.appendSeconds(b, micros);
        r.endReply(messages);
    }

    /** {@code kv_read_ok {key, value, ts}}: {@code key} as its JSON text. */
    public void kvReadOk(Request r, String key, Sibling<KvValue> s) {
        ByteLine b = r.beginReply(messages, MessageType.KV_READ_OK);
        b.append(Name.KEY.memberBytes()).append(key);
        b.append(Name.VALUE.memberBytes()).append(s.value().value().text());
        b.append(Name.TS.memberBytes());
        Timestamps.appendTs(b, s);
        r.endReply(messages);
    }

    /** {@code kv_merge_ok {updated}}. */
    public void kvMergeOk(Request r, int updated) {
        r.beginReply(messages, MessageType.KV_MERGE_OK)
                .append(Name.UPDATED.memberBytes())
                .append(updated);
        r.endReply(messages);
    }

    /** {@code error {code, text}}. */
    public void error(Request r, ProtocolError.Code code, String text) {
        r.beginReply(messages, MessageType.ERROR)
                .append(Name.CODE.memberBytes())
                .append(code.value())
                .append(Name.TEXT.memberBytes())
                .append(JsonWriter.quote(text));
        r.endReply(messages);
    }
}
