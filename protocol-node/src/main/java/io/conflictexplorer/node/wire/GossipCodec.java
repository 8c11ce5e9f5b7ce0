package io.conflictexplorer.node.wire;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
import java.nio.charset.StandardCharsets;

/**
 * What the nodes send each other: a sibling of {@code vv_gossip} ({@code {key, value, vc, writer,
 * ts, node, dot}}, the dot as {@code [node, counter]}), both ways, and an entry of the preceding
 * task's {@code kv_merge} to a peer ({@code "key": {value, ts, node}}, the {@code ts} exactly as it
 * came: {@link Timestamps#appendExactTs}).
 */
public final class GossipCodec {

    private static final byte[] KEY_FIRST = "{\"key\": ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] VALUE_FIRST = ": {\"value\": ".getBytes(StandardCharsets.ISO_8859_1);

    private GossipCodec() {}

    /** A key and the sibling a peer sent for it in {@code vv_gossip}. */
    public record GossipSibling(String key, Sibling<Json.Raw> sibling) {}

    /** Appends one sibling of {@code vv_gossip}; {@code keyText} is the key's JSON text. */
    public static void appendSibling(ByteLine b, String keyText, Sibling<Json.Raw> s) {
        Timestamp ts = s.timestamp();
        Dot dot = s.dot();
        b.append(KEY_FIRST).append(keyText);
        b.append(Name.VALUE.memberBytes()).append(s.value().text());
        b.append(Name.VC.memberBytes());
        Wire.appendClock(b, s.clock());
        b.append(Name.WRITER.memberBytes()).appendQuoted(s.writer());
        b.append(Name.TS.memberBytes()).append(ts.time());
        b.append(Name.NODE.memberBytes()).appendQuoted(ts.node());
        b.append(Name.DOT.memberBytes()).append('[').appendQuoted(dot.node());
        b.append(',').append(' ').append(dot.counter()).append(']').append('}');
    }

    /**
     * Appends one entry of a {@code kv_merge} to a peer: {@code "NAME": {value, ts, node}}, where
     * NAME is the key's JSON text for a string key ({@code "x"}) and the integer's text quoted for an
     * integer key (sent with {@code integer_keys}).
     */
    public static void appendKvEntry(ByteLine b, String key, boolean integerKey, Sibling<KvValue> s) {
        if (integerKey) {
            b.append('"').append(key).append('"');
        } else {
            b.append(key); // a string key's text is its quoted name
        }
        b.append(VALUE_FIRST).append(s.value().value().text());
        b.append(Name.TS.memberBytes());
        Timestamps.appendExactTs(b, s);
        b.append(Name.NODE.memberBytes()).appendQuoted(s.timestamp().node());
        b.append('}');
    }

    /** Reads one sibling of {@code vv_gossip}. */
    public static GossipSibling sibling(Json item) throws ProtocolError {
        Json k = item instanceof Json.Obj obj ? obj.get(Name.KEY.text()) : null;
        if (!(item instanceof Json.Obj o)
                || !o.members().containsKey(Name.VALUE.text())
                || !(k instanceof Json.Str || k instanceof Json.Num n && n.integral())) {
            throw ProtocolError.malformed("each sibling needs key, value, vc, writer, ts, node and dot");
        }
        if (!(o.get(Name.VC.text()) instanceof Json.Obj vc)) {
            throw ProtocolError.malformed("a sibling's vc must be an object");
        }
        Sibling<Json.Raw> s = new Sibling<>(
                Wire.raw(o.get(Name.VALUE.text())),
                Wire.clock(vc, "a sibling's vc entry"),
                string(o, Name.WRITER),
                new Timestamp(integer(o.get(Name.TS.text())), string(o, Name.NODE)),
                dot(o.get(Name.DOT.text())));
        return new GossipSibling(Wire.keyText(k), s);
    }

    private static Dot dot(Json j) throws ProtocolError {
        if (j instanceof Json.Arr a && a.items().size() == 2 && a.items().get(0) instanceof Json.Str n) {
            long c = integer(a.items().get(1));
            if (c >= 1) {
                return new Dot(n.value(), c);
            }
        }
        throw ProtocolError.malformed("a sibling's dot must be [node, counter]");
    }

    private static long integer(Json j) throws ProtocolError {
        Long n = j instanceof Json.Num num ? num.asLong() : null;
        if (n == null) {
            throw ProtocolError.malformed("expected an integer, got " + (j == null ? "nothing" : JsonWriter.write(j)));
        }
        return n;
    }

    private static String string(Json.Obj o, Name field) throws ProtocolError {
        if (o.get(field.text()) instanceof Json.Str s) {
            return s.value();
        }
        throw ProtocolError.malformed("a sibling's " + field.text() + " must be a string");
    }
}
