package io.conflictexplorer.check.transcript;

import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;

/**
 * A Maelstrom message as the node requires it: an object with a {@code src} string and a
 * {@code body} object ({@code dest} may be missing). The body's fields a transcript needs are read
 * here once.
 */
public record Envelope(String src, String dest, Json.Obj body) {

    /** {@code json} as a message, or null when it is not one; {@link #whyNot} says why. */
    public static Envelope of(Json json) {
        if (json instanceof Json.Obj o
                && o.get("src") instanceof Json.Str src
                && o.get("body") instanceof Json.Obj body) {
            return new Envelope(src.value(), o.get("dest") instanceof Json.Str d ? d.value() : null, body);
        }
        return null;
    }

    /** Why {@code json} is not a message. */
    public static String whyNot(Json json) {
        if (!(json instanceof Json.Obj o)) {
            return "not a message: a message is a JSON object";
        }
        if (!(o.get("src") instanceof Json.Str)) {
            return "not a message: it has no \"src\" string";
        }
        return "not a message: it has no \"body\" object";
    }

    /** The body's {@code type}, or null when it is not a string. */
    public String type() {
        return body.get("type") instanceof Json.Str t ? t.value() : null;
    }

    /** The body's {@code msg_id} as JSON text, or null. */
    public String msgId() {
        Json id = body.get("msg_id");
        return id == null ? null : JsonWriter.write(id);
    }

    /** The body's {@code in_reply_to} as JSON text, or null. */
    public String inReplyTo() {
        Json id = body.get("in_reply_to");
        return id == null ? null : JsonWriter.write(id);
    }

    /** True when it answers something (it has {@code in_reply_to}). */
    public boolean isReply() {
        return body.members().containsKey("in_reply_to");
    }

    /** A body field as JSON text (Python's form, so equal values have equal text), or null. */
    public String text(String field) {
        Json v = body.get(field);
        return v == null ? null : JsonWriter.write(v);
    }
}
