package io.conflictexplorer.node;

import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes the node's messages, one line each, in the envelope the protocol prints: {@code src},
 * {@code dest}, {@code body}; in the body the type, the fields, {@code in_reply_to}, then this
 * node's {@code msg_id}, counting from 0 across replies and the node's own messages. A message is
 * written straight into one reused buffer, never built as a tree: this is every request's path. The
 * reply to a {@link PlainRequest} is written as bytes ({@link #beginBytes}, {@link #replyBytes}),
 * the sender and msg_id copied from the request's line; every other message as text. One message at
 * a time (the node's lock).
 */
final class Messages {

    private static final byte[] SRC = "{\"src\": ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DEST = ", \"dest\": ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] BODY = ", \"body\": {".getBytes(StandardCharsets.ISO_8859_1);

    private final Output out;
    private final StringBuilder line = new StringBuilder(256);
    private final ByteLine bytes = new ByteLine();
    private String self; // whose quoted id selfQuoted is
    private byte[] selfQuoted;
    private long nextMsgId;
    // nextMsgId's digits, right-aligned from digitsFrom: counted up in place, no division per reply
    private final byte[] msgIdDigits = new byte[20];
    private int digitsFrom = 19;

    Messages(Output out) {
        this.out = out;
        msgIdDigits[19] = '0';
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
        line.append(Name.MSG_ID.member()).append(nextMsgId).append("}}");
        countUp();
        out.line(line);
    }

    /**
     * {@link #begin} as bytes, for a {@link PlainRequest}: the reply to the sender whose id's JSON
     * text is {@code request[destFrom, destTo)} (plain, so written as it came).
     */
    ByteLine beginBytes(String src, byte[] request, int destFrom, int destTo, MessageType type) {
        if (src != self) {
            self = src;
            StringBuilder quoted = new StringBuilder();
            JsonWriter.string(quoted, src);
            selfQuoted = quoted.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteLine b = bytes;
        b.clear();
        return b.append(SRC)
                .append(selfQuoted)
                .append(DEST)
                .append(request, destFrom, destTo)
                .append(BODY)
                .append(type.memberBytes());
    }

    /**
     * {@link #reply} as bytes: {@code in_reply_to} the msg_id whose JSON text is {@code
     * request[msgIdFrom, msgIdTo)} (none when {@code msgIdFrom} is negative), then the node's own.
     */
    void replyBytes(byte[] request, int msgIdFrom, int msgIdTo) {
        ByteLine b = bytes;
        if (msgIdFrom >= 0) {
            b.append(Name.IN_REPLY_TO.memberBytes()).append(request, msgIdFrom, msgIdTo);
        }
        b.append(Name.MSG_ID.memberBytes()).append(msgIdDigits, digitsFrom, msgIdDigits.length);
        b.append('}').append('}');
        countUp();
        out.line(b.bytes(), 0, b.length());
    }

    /** The next msg_id: one more, in the number and in its digits. */
    private void countUp() {
        nextMsgId++;
        int i = msgIdDigits.length - 1;
        while (i >= digitsFrom && msgIdDigits[i] == '9') {
            msgIdDigits[i--] = '0';
        }
        if (i < digitsFrom) {
            msgIdDigits[--digitsFrom] = (byte) '1';
        } else {
            msgIdDigits[i]++;
        }
    }
}
