package io.conflictexplorer.node;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
import io.conflictexplorer.node.json.PythonFloat;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The wire codec: how each protocol field is read from a parsed message and written into a reply.
 * Keys, values, contexts and clocks, timestamps, and the siblings of {@code vv_gossip}. Every
 * decoder checks its field and throws {@link ProtocolError} (error 12) with the text the client
 * sees; every encoder appends JSON text in Python's form.
 *
 * <p>Keys may be strings or integers; a key is kept by its JSON text, so {@code "7"} and {@code 7}
 * are different keys. Values of any JSON type are kept as their Python-style JSON text.
 */
final class Wire {

    private Wire() {}

    /** The {@code key} field's store key (its JSON text): a string or an integer. */
    static String key(Json.Obj body) throws ProtocolError {
        Json k = body.get(Name.KEY.text());
        if (k == null) {
            throw missing(Name.KEY);
        }
        if (k instanceof Json.Str || k instanceof Json.Num n && n.integral()) {
            return keyText(k);
        }
        throw ProtocolError.malformed("field \"key\" must be a string or an integer");
    }

    /** The store key of a string or an integer (its JSON text). */
    static String keyText(Json key) {
        return key instanceof Json.Str s ? JsonWriter.quote(s.value()) : JsonWriter.write(key);
    }

    /**
     * True when {@code s} is an integer's JSON text ({@code -?(0|[1-9][0-9]*)}): the name of an entry
     * of a kv_merge with {@code integer_keys}. A loop, not a regular expression, whose classes
     * would cost start-up time.
     */
    static boolean integerText(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (i >= s.length() || s.charAt(i) == '0' && s.length() > i + 1) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The {@code value} field, of any JSON type, as its Python-style text. */
    static Json.Raw value(Json.Obj body) throws ProtocolError {
        Json v = body.get(Name.VALUE.text());
        if (v == null) {
            throw missing(Name.VALUE);
        }
        return raw(v);
    }

    static Json.Raw raw(Json v) {
        return new Json.Raw(v instanceof Json.Str s ? JsonWriter.quote(s.value()) : JsonWriter.write(v));
    }

    /** A string field. */
    static String string(Json.Obj body, Name field) throws ProtocolError {
        Json v = body.get(field.text());
        if (v instanceof Json.Str s) {
            return s.value();
        }
        throw v == null ? missing(field) : ProtocolError.malformed("field \"" + field.text() + "\" must be a string");
    }

    static ProtocolError missing(Name field) {
        return ProtocolError.malformed("missing field \"" + field.text() + "\"");
    }

    /** A write's {@code context}: absent or {@code {}} is empty, else an object of positive integers. */
    static VersionVector context(Json.Obj body) throws ProtocolError {
        Json c = body.get(Name.CONTEXT.text());
        if (c == null) {
            return VersionVector.empty();
        }
        if (!(c instanceof Json.Obj ctx)) {
            throw ProtocolError.malformed("field \"context\" must be an object of positive integers");
        }
        return clock(ctx, "context entry");
    }

    /** An object of actor -> positive integer, in its order; {@code what} names an entry in errors. */
    static VersionVector clock(Json.Obj o, String what) throws ProtocolError {
        Map<String, Json> members = o.members();
        if (members.isEmpty()) {
            return VersionVector.empty();
        }
        VersionVector.Builder b = VersionVector.builder();
        for (Map.Entry<String, Json> e : members.entrySet()) {
            Long n = e.getValue() instanceof Json.Num num ? num.asLong() : null;
            if (n == null || n < 1) {
                throw ProtocolError.malformed(what + " \"" + e.getKey() + "\" must be a positive integer, was "
                        + JsonWriter.write(e.getValue()));
            }
            b.put(e.getKey(), n);
        }
        return b.build();
    }

    /** Appends a clock as the JSON object the protocol prints, in display order. */
    static void appendClock(StringBuilder sb, VersionVector vc) {
        sb.append('{');
        for (int i = 0, n = vc.size(); i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            JsonWriter.string(sb, vc.actorAt(i));
            sb.append(": ").append(vc.counterAt(i));
        }
        sb.append('}');
    }

    /** {@link #appendClock(StringBuilder, VersionVector)} as bytes. */
    static void appendClock(ByteLine b, VersionVector vc) {
        b.append('{');
        for (int i = 0, n = vc.size(); i < n; i++) {
            if (i > 0) {
                b.append(',').append(' ');
            }
            b.appendQuoted(vc.actorAt(i)).append(':').append(' ').append(vc.counterAt(i));
        }
        b.append('}');
    }

    /** Appends microseconds since the epoch as float seconds, printed like Python's {@code time.time()}. */
    static void appendSeconds(StringBuilder sb, long micros) {
        sb.append(PythonFloat.seconds(micros));
    }

    /**
     * A {@code ts} in seconds as the sender wrote it: any finite JSON number, kept exactly (in the
     * store's unit, microseconds, as a decimal) so that no rounding can make two times equal or
     * reorder them. Null when it is not a finite number.
     */
    static BigDecimal micros(Json ts) {
        if (!(ts instanceof Json.Num n)
                || n.text().endsWith("Infinity")
                || n.text().equals("NaN")) {
            return null;
        }
        try {
            return new BigDecimal(n.text()).movePointRight(6);
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // an exponent beyond what BigDecimal holds (|e| over about 2^31)
        }
    }

    /**
     * Appends one sibling of {@code vv_gossip}: {@code {key, value, vc, writer, ts, node, dot}}, the
     * dot as {@code [node, counter]}.
     */
    static void appendGossipSibling(StringBuilder sb, String keyText, Sibling<Json.Raw> s) {
        Timestamp ts = s.timestamp();
        Dot dot = s.dot();
        sb.append("{\"key\": ").append(keyText);
        sb.append(Name.VALUE.member()).append(s.value().text());
        sb.append(Name.VC.member());
        appendClock(sb, s.clock());
        sb.append(Name.WRITER.member());
        JsonWriter.string(sb, s.writer());
        sb.append(Name.TS.member()).append(ts.time());
        sb.append(Name.NODE.member());
        JsonWriter.string(sb, ts.node());
        sb.append(Name.DOT.member()).append('[');
        JsonWriter.string(sb, dot.node());
        sb.append(", ").append(dot.counter()).append("]}");
    }

    /** A key and the sibling a peer sent for it in {@code vv_gossip}. */
    record GossipSibling(String key, Sibling<Json.Raw> sibling) {}

    /** Reads one sibling of {@code vv_gossip}. */
    static GossipSibling gossipSibling(Json item) throws ProtocolError {
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
                raw(o.get(Name.VALUE.text())),
                clock(vc, "a sibling's vc entry"),
                gossipString(o, Name.WRITER),
                new Timestamp(integer(o.get(Name.TS.text())), gossipString(o, Name.NODE)),
                dot(o.get(Name.DOT.text())));
        return new GossipSibling(keyText(k), s);
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

    private static String gossipString(Json.Obj o, Name field) throws ProtocolError {
        if (o.get(field.text()) instanceof Json.Str s) {
            return s.value();
        }
        throw ProtocolError.malformed("a sibling's " + field.text() + " must be a string");
    }
}
