package io.conflictexplorer.node.wire;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
import java.util.Map;

/**
 * The fields of a request, read from a parsed message, and a clock written into a reply: keys,
 * values, strings, contexts and clocks ({@link Timestamps} reads and writes times,
 * {@link GossipCodec} what peers send each other). Every decoder checks its field and throws
 * {@link ProtocolError} (error 12) with the text the client sees; the encoder appends JSON text in
 * Python's form.
 *
 * <p>Keys may be strings or integers; a key is kept by its JSON text, so {@code "7"} and {@code 7}
 * are different keys. Values of any JSON type are kept as their Python-style JSON text.
 */
public final class Wire {

    private Wire() {}

    /** The {@code key} field's store key (its JSON text): a string or an integer. */
    public static String key(Json.Obj body) throws ProtocolError {
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
    public static boolean integerText(String s) {
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
    public static Json.Raw value(Json.Obj body) throws ProtocolError {
        Json v = body.get(Name.VALUE.text());
        if (v == null) {
            throw missing(Name.VALUE);
        }
        return raw(v);
    }

    /** Any JSON value as its Python-style text. */
    public static Json.Raw raw(Json v) {
        return new Json.Raw(v instanceof Json.Str s ? JsonWriter.quote(s.value()) : JsonWriter.write(v));
    }

    /** A string field. */
    public static String string(Json.Obj body, Name field) throws ProtocolError {
        Json v = body.get(field.text());
        if (v instanceof Json.Str s) {
            return s.value();
        }
        throw v == null ? missing(field) : ProtocolError.malformed("field \"" + field.text() + "\" must be a string");
    }

    public static ProtocolError missing(Name field) {
        return ProtocolError.malformed("missing field \"" + field.text() + "\"");
    }

    /** A write's {@code context}: absent or {@code {}} is empty, else an object of positive integers. */
    public static VersionVector context(Json.Obj body) throws ProtocolError {
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
}
