package io.conflictexplorer.check.drive;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.node.json.JsonWriter;

/**
 * The task's requests as a grader sends them, one line each: compact JSON (no spaces), the envelope
 * {@code src, dest, body}, and in the body {@code type}, {@code msg_id}, then the request's fields
 * in the task's order, strings escaped as Python's {@code json.dumps} escapes them. For example
 * {@code {"src":"c1","dest":"n1","body":{"type":"vv_write","msg_id":2,"key":"x","value":"a","context":{}}}},
 * byte for byte the course's sample case.
 */
final class RequestLines {

    /** The node's id, as in the task's cases. */
    static final String NODE = "n1";

    /** Who sends {@code init} and {@code set_mode}: the test's own client, as in the task's cases. */
    static final String ADMIN = "c0";

    private RequestLines() {}

    /** {@code init} with {@code node_ids} naming only this node: one store, no peers. */
    static String init(long msgId) {
        StringBuilder b = head(ADMIN, "init", msgId);
        b.append(",\"node_id\":\"")
                .append(NODE)
                .append("\",\"node_ids\":[\"")
                .append(NODE)
                .append("\"]");
        return tail(b);
    }

    static String setMode(long msgId, Mode mode) {
        StringBuilder b = head(ADMIN, "set_mode", msgId);
        b.append(",\"mode\":\"").append(mode.wireName()).append('"');
        return tail(b);
    }

    static String write(String client, long msgId, String key, String value, VersionVector context) {
        StringBuilder b = head(client, "vv_write", msgId);
        b.append(",\"key\":");
        JsonWriter.string(b, key);
        b.append(",\"value\":");
        JsonWriter.string(b, value);
        b.append(",\"context\":{");
        for (int i = 0; i < context.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            JsonWriter.string(b, context.actorAt(i));
            b.append(':').append(context.counterAt(i));
        }
        b.append('}');
        return tail(b);
    }

    static String read(String client, long msgId, String key) {
        StringBuilder b = head(client, "vv_read", msgId);
        b.append(",\"key\":");
        JsonWriter.string(b, key);
        return tail(b);
    }

    private static StringBuilder head(String client, String type, long msgId) {
        StringBuilder b = new StringBuilder(128).append("{\"src\":");
        JsonWriter.string(b, client);
        return b.append(",\"dest\":\"")
                .append(NODE)
                .append("\",\"body\":{\"type\":\"")
                .append(type)
                .append("\",\"msg_id\":")
                .append(msgId);
    }

    private static String tail(StringBuilder b) {
        return b.append("}}").toString();
    }
}
