package io.conflictexplorer.node.wire;

import java.nio.charset.StandardCharsets;

/**
 * Writes the node's messages, one line each, in the envelope the protocol prints: {@code src},
 * {@code dest}, {@code body}; in the body the type, the fields, {@code in_reply_to}, then this
 * node's {@code msg_id}, counting from 0 across replies and the node's own messages. A message is
 * written straight into one reused {@link ByteLine}, never built as a tree or a string: this is
 * every request's path. A reply is addressed by its {@link Request} ({@link Replies} writes the
 * bodies). One message at a time (the node's lock).
 */
public final class Messages {

    private static final byte[] SRC = "{\"src\": ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DEST = ", \"dest\": ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] BODY = ", \"body\": {".getBytes(StandardCharsets.ISO_8859_1);

    private final Output out;
    private final ByteLine line = new ByteLine();
    private String self; // whose quoted id selfQuoted is
    private byte[] selfQuoted;
    // the next msg_id's digits, right-aligned from digitsFrom: counted up in place, no division per message
    private final byte[] msgIdDigits = new byte[20];
    private int digitsFrom = 19;

    public Messages(Output out) {
        this.out = out;
        msgIdDigits[19] = '0';
    }

    /**
     * Begins {@code {"src": SRC, "dest": DEST, "body": {"type": "TYPE"}: a message of the node's own
     * (gossip); {@link #send} ends it. Returns the line to append the body's members to.
     */
    public ByteLine begin(String src, String dest, MessageType type) {
        return envelope(src).appendQuoted(dest).append(BODY).append(type.memberBytes());
    }

    /** {@link #begin} with the dest's JSON text given as {@code request[destFrom, destTo)}. */
    ByteLine begin(String src, byte[] request, int destFrom, int destTo, MessageType type) {
        return envelope(src).append(request, destFrom, destTo).append(BODY).append(type.memberBytes());
    }

    /** Begins a line with {@code {"src": SRC, "dest": }. */
    private ByteLine envelope(String src) {
        if (src != self) { // the node's id: the same instance message after message
            self = src;
            selfQuoted = ByteLine.quoted(src);
        }
        ByteLine b = line;
        b.clear();
        return b.append(SRC).append(selfQuoted).append(DEST);
    }

    /**
     * Ends a reply: {@code in_reply_to} the request's {@code msg_id} given as its JSON text (none
     * when null), then the node's own {@code msg_id}; writes it out.
     */
    void reply(String inReplyTo) {
        if (inReplyTo != null) {
            line.append(Name.IN_REPLY_TO.memberBytes()).append(inReplyTo);
        }
        send();
    }

    /** {@link #reply(String)} with the msg_id's JSON text given as {@code request[from, to)} (none when {@code from} is negative). */
    void reply(byte[] request, int from, int to) {
        if (from >= 0) {
            line.append(Name.IN_REPLY_TO.memberBytes()).append(request, from, to);
        }
        send();
    }

    /** Ends a message with the next {@code msg_id} and writes it out. */
    public void send() {
        ByteLine b = line;
        b.append(Name.MSG_ID.memberBytes()).append(msgIdDigits, digitsFrom, msgIdDigits.length);
        b.append('}').append('}');
        countUp();
        out.line(b.bytes(), 0, b.length());
    }

    /** The next msg_id: one more, in its digits. */
    private void countUp() {
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
