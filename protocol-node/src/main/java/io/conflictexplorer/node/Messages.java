package io.conflictexplorer.node;

import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;

/**
 * Writes the node's messages, one line each, in the envelope the protocol prints: {@code src},
 * {@code dest}, {@code body}; in the body the type, the fields, {@code in_reply_to}, then this
 * node's {@code msg_id}, counting from 0 across replies and the node's own messages. A message is
 * written straight into one reused text buffer, never built as a tree: this is every request's path.
 * One message at a time (the node's lock).
 */
final class Messages {

    private final Output out;
    private final StringBuilder line = new StringBuilder(256);
    private long nextMsgId;

    Messages(Output out) {
        this.out = out;
    }

    /** Begins {@code {"src": SRC, "dest": DEST, "body": {"type": "TYPE"}; returns the text to append to. */
    StringBuilder begin(String src, String dest, MessageType type) {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append("{\"src\": ");
        JsonWriter.string(sb, src);
        sb.append(", \"dest\": ");
        JsonWriter.string(sb, dest);
        return sb.append(", \"body\": {").append(type.member());
    }

    /** Ends a reply: {@code in_reply_to} when the request had a {@code msg_id}, then the node's own. */
    void reply(Json inReplyTo) {
        if (inReplyTo != null) {
            line.append(Name.IN_REPLY_TO.member());
            JsonWriter.write(line, inReplyTo);
        }
        send();
    }

    /** Ends a message with the next {@code msg_id} and writes it out. */
    void send() {
        line.append(Name.MSG_ID.member()).append(nextMsgId++).append("}}");
        out.line(line);
    }
}
