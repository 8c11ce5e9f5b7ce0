package io.conflictexplorer.check.transcript;

import io.conflictexplorer.check.compare.ReplyBody;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a reply's body into core's {@link ReplyBody}: the meaning the task fixes, nothing of the
 * bytes. Values become JSON text in Python's form ({@link JsonWriter}), so {@code 2.50} and
 * {@code 2.5} are the same value; a {@code vc} becomes a {@link VersionVector} (an object of
 * positive integers). A field that is missing or of the wrong type makes the reply
 * {@link ReplyBody.Unreadable}, saying which.
 */
public final class ReplyReader {

    private ReplyReader() {}

    public static ReplyBody read(Json.Obj body) {
        if (!(body.get("type") instanceof Json.Str t)) {
            return new ReplyBody.Unreadable("a reply", "it has no \"type\" string");
        }
        String type = t.value();
        switch (type) {
            case "init_ok":
            case "set_mode_ok":
                return new ReplyBody.Ack(type);
            case "vv_write_ok": {
                VersionVector vc = clock(body.get("vc"));
                return vc == null
                        ? new ReplyBody.Unreadable(type, notAClock(body.get("vc")))
                        : new ReplyBody.VvWritten(vc);
            }
            case "vv_read_ok":
                return values(body);
            case "write_ok":
                return body.get("ts") instanceof Json.Num ts
                        ? new ReplyBody.KvWritten(ts.text())
                        : new ReplyBody.Unreadable(type, "its \"ts\" is not a number");
            case "kv_read_ok": {
                Json key = body.get("key");
                Json value = body.get("value");
                if (key == null || value == null || !(body.get("ts") instanceof Json.Num ts)) {
                    return new ReplyBody.Unreadable(type, "it needs \"key\", \"value\" and a number \"ts\"");
                }
                return new ReplyBody.KvValue(JsonWriter.write(key), JsonWriter.write(value), ts.text());
            }
            case "kv_merge_ok": {
                Long updated = body.get("updated") instanceof Json.Num n ? n.asLong() : null;
                return updated == null
                        ? new ReplyBody.Unreadable(type, "its \"updated\" is not a whole number")
                        : new ReplyBody.KvMerged(updated);
            }
            case "error": {
                Long code = body.get("code") instanceof Json.Num n ? n.asLong() : null;
                if (code == null || code < Integer.MIN_VALUE || code > Integer.MAX_VALUE) {
                    return new ReplyBody.Unreadable(type, "its \"code\" is not a whole number");
                }
                String text = body.get("text") instanceof Json.Str s ? s.value() : "";
                return new ReplyBody.Refused(code.intValue(), text);
            }
            default:
                return new ReplyBody.Unreadable(type, "a reply type the protocol does not have");
        }
    }

    private static ReplyBody values(Json.Obj body) {
        String type = "vv_read_ok";
        if (!(body.get("values") instanceof Json.Arr arr)) {
            return new ReplyBody.Unreadable(type, "its \"values\" is not an array");
        }
        if (!(body.get("conflict") instanceof Json.Bool conflict)) {
            return new ReplyBody.Unreadable(type, "its \"conflict\" is not true or false");
        }
        List<ReplyBody.ReadValue> values = new ArrayList<>(arr.items().size());
        for (Json item : arr.items()) {
            VersionVector vc = item instanceof Json.Obj o ? clock(o.get("vc")) : null;
            Json value = item instanceof Json.Obj o ? o.get("value") : null;
            if (value == null) {
                return new ReplyBody.Unreadable(type, "each of its values must be {\"value\", \"vc\"}");
            }
            if (vc == null) {
                return new ReplyBody.Unreadable(
                        type,
                        "the vc of " + JsonWriter.write(value) + " is "
                                + notAClock(item instanceof Json.Obj o ? o.get("vc") : null)
                                        .substring("its \"vc\" is ".length()));
            }
            values.add(new ReplyBody.ReadValue(JsonWriter.write(value), vc));
        }
        return new ReplyBody.VvValues(values, conflict.value());
    }

    /** Why {@code json} is not a clock, in words starting {@code its "vc" is}. */
    private static String notAClock(Json json) {
        return "its \"vc\" is " + (json == null ? "missing" : JsonWriter.write(json))
                + ", not a clock (an object of whole numbers from 1 to " + Long.MAX_VALUE + ")";
    }

    /** An object of actor -> positive integer (up to 2^63-1) as a clock, or null when it is not one. */
    public static VersionVector clock(Json json) {
        if (!(json instanceof Json.Obj o)) {
            return null;
        }
        VersionVector.Builder b = VersionVector.builder();
        for (Map.Entry<String, Json> e : o.members().entrySet()) {
            Long n = e.getValue() instanceof Json.Num num ? num.asLong() : null;
            if (n == null || n < 1) {
                return null;
            }
            b.put(e.getKey(), n);
        }
        return b.build();
    }
}
