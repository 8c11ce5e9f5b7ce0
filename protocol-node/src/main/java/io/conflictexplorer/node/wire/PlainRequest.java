package io.conflictexplorer.node.wire;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonLexer;
import java.nio.charset.StandardCharsets;

/**
 * A {@code vv_write} or {@code vv_read} in its plain form, found by one scan of the line's bytes
 * without building a JSON tree: the envelope {@code src}, {@code dest}, {@code body}; in the body
 * {@code type}, {@code msg_id}, {@code key}, {@code value}, {@code context}, each at most once, in
 * any order, with any JSON whitespace. Plain means: every string is printable ASCII without an escape,
 * a quote or a backslash, so its JSON text is exactly the bytes between its quotes and Python's
 * {@code json.dumps} would write it the same; {@code msg_id} and an integer key are integers other
 * than {@code -0}; a value is such a string or integer, or {@code true}, {@code false}, {@code null};
 * a context is an object of such names to integers from 1 to 10^18 - 1.
 *
 * <p>Why: in that form every field is already in the text the node stores and prints, so the node
 * answers from slices of the line (most requests are in this form). Any other line, including every
 * line the node would refuse, is not plain ({@link #scan} says false) and takes the general path,
 * which parses it fully; both paths answer a plain line byte for byte the same (a property test
 * checks it): the same handlers answer both, and a plain request's reply is addressed from its
 * slices ({@link #request()}). The tokens are {@link JsonLexer}'s, as the parser's are. Reused from
 * line to line: one instance per node, under the node's lock.
 */
public final class PlainRequest extends JsonLexer {

    private static final byte[] SRC = bytes("src");
    private static final byte[] DEST = bytes("dest");
    private static final byte[] BODY = bytes("body");
    private static final byte[] TYPE = bytes("type");
    private static final byte[] MSG_ID = bytes("msg_id");
    private static final byte[] KEY = bytes("key");
    private static final byte[] VALUE = bytes("value");
    private static final byte[] CONTEXT = bytes("context");
    private static final byte[] VV_WRITE = bytes("vv_write");
    private static final byte[] VV_READ = bytes("vv_read");
    private static final byte[] TRUE = bytes("true");
    private static final byte[] FALSE = bytes("false");
    private static final byte[] NULL = bytes("null");

    /** At most this many context entries: a longer context takes the general path. */
    private static final int MAX_CONTEXT = 16;

    /** The counters a plain context allows: up to 18 digits, so they never overflow a long. */
    private static final int MAX_COUNTER_DIGITS = 18;

    private final Reply reply = new Reply();
    private String self; // who answers: see answer()

    private MessageType type;
    private int srcFrom; // the src string's JSON text, quotes included: [srcFrom, srcTo)
    private int srcTo;
    private int msgIdFrom; // the msg_id's JSON text, or -1 when absent
    private int msgIdTo;
    private int keyFrom; // the key's JSON text, quotes included for a string, or -1
    private int keyTo;
    private int valueFrom; // the value's JSON text, or -1
    private int valueTo;
    private int contextSize; // -1 when absent
    private final int[] actorFrom = new int[MAX_CONTEXT]; // an actor's name, without quotes
    private final int[] actorTo = new int[MAX_CONTEXT];
    private final long[] counters = new long[MAX_CONTEXT];

    /**
     * Scans {@code len} bytes from {@code off}: true when they are a plain {@code vv_write} (with a
     * key and a value) or {@code vv_read} (with a key), whose fields the getters then give.
     */
    public boolean scan(byte[] line, int off, int len) {
        reset(line, off, len);
        type = null;
        srcFrom = -1;
        msgIdFrom = -1;
        keyFrom = -1;
        valueFrom = -1;
        contextSize = -1;
        boolean dest = false;
        boolean body = false;
        ws();
        if (!take('{')) {
            return false;
        }
        do {
            int name = pos;
            int nameEnd = plainString();
            if (nameEnd < 0 || !colon()) {
                return false;
            }
            int n = nameEnd - name - 2; // the name's length: most names are told apart by it alone
            if (n == 3 && named(name, nameEnd, SRC) && srcFrom < 0) {
                srcFrom = pos;
                if (plainString() < 0) {
                    return false;
                }
                srcTo = pos;
            } else if (n == 4 && named(name, nameEnd, DEST) && !dest) {
                dest = true;
                if (plainString() < 0) {
                    return false;
                }
            } else if (n == 4 && named(name, nameEnd, BODY) && !body) {
                body = true;
                if (!body()) {
                    return false;
                }
            } else {
                return false;
            }
            ws();
        } while (take(','));
        if (!take('}')) {
            return false;
        }
        ws();
        return pos == end
                && srcFrom >= 0
                && body
                && keyFrom >= 0
                && (type == MessageType.VV_READ || valueFrom >= 0 && type == MessageType.VV_WRITE);
    }

    private boolean body() {
        if (!take('{')) {
            return false;
        }
        do {
            int name = pos;
            int nameEnd = plainString();
            if (nameEnd < 0 || !colon()) {
                return false;
            }
            int n = nameEnd - name - 2; // the name's length: most names are told apart by it alone
            if (n == 4 && named(name, nameEnd, TYPE) && type == null) {
                int from = pos;
                int to = plainString();
                if (to < 0) {
                    return false;
                }
                type = named(from, to, VV_WRITE)
                        ? MessageType.VV_WRITE
                        : named(from, to, VV_READ) ? MessageType.VV_READ : null;
                if (type == null) {
                    return false;
                }
            } else if (n == 6 && named(name, nameEnd, MSG_ID) && msgIdFrom < 0) {
                msgIdFrom = pos;
                if (!integer()) {
                    return false;
                }
                msgIdTo = pos;
            } else if (n == 3 && named(name, nameEnd, KEY) && keyFrom < 0) {
                keyFrom = pos;
                if (!(b[pos] == '"' ? plainString() >= 0 : integer())) {
                    return false;
                }
                keyTo = pos;
            } else if (n == 5 && named(name, nameEnd, VALUE) && valueFrom < 0) {
                valueFrom = pos;
                if (!scanValue()) {
                    return false;
                }
                valueTo = pos;
            } else if (n == 7 && named(name, nameEnd, CONTEXT) && contextSize < 0) {
                if (!scanContext()) {
                    return false;
                }
            } else {
                return false;
            }
            ws();
        } while (take(','));
        return take('}');
    }

    /** A plain string, integer, true, false or null. */
    private boolean scanValue() {
        int c = b[pos];
        if (c == '"') {
            return plainString() >= 0;
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return integer();
        }
        return word(TRUE) || word(FALSE) || word(NULL);
    }

    private boolean scanContext() {
        if (!take('{')) {
            return false;
        }
        contextSize = 0;
        ws();
        if (take('}')) {
            return true;
        }
        do {
            if (contextSize == MAX_CONTEXT) {
                return false;
            }
            int from = pos + 1;
            int to = plainString();
            if (to < 0 || !colon()) {
                return false;
            }
            for (int i = 0; i < contextSize; i++) { // a repeated actor: the general path's rule
                if (named(actorFrom[i] - 1, actorTo[i] + 1, from - 1, to)) {
                    return false;
                }
            }
            int digits = pos;
            if (!integer() || b[digits] == '-' || b[digits] == '0' || pos - digits > MAX_COUNTER_DIGITS) {
                return false;
            }
            long n = 0;
            for (int i = digits; i < pos; i++) {
                n = n * 10 + (b[i] - '0');
            }
            actorFrom[contextSize] = from;
            actorTo[contextSize] = to - 1;
            counters[contextSize] = n;
            contextSize++;
            ws();
        } while (take(','));
        return take('}');
    }

    /** An integer other than -0 ({@link #scanNumber}: not followed by a fraction or an exponent). */
    private boolean integer() {
        int from = pos;
        return scanNumber() == INTEGER && !(b[from] == '-' && b[from + 1] == '0');
    }

    private boolean word(byte[] w) {
        if (!startsWith(w, pos)) {
            return false;
        }
        pos += w.length;
        return true;
    }

    private boolean colon() {
        ws();
        if (!take(':')) {
            return false;
        }
        ws();
        return pos < end;
    }

    private boolean take(char c) {
        if (pos < end && b[pos] == c) {
            pos++;
            ws();
            return true;
        }
        return false;
    }

    /** True when the string whose JSON text is {@code [from, to)} is {@code name}. */
    private boolean named(int from, int to, byte[] name) {
        if (to - from != name.length + 2) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[from + 1 + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the JSON texts {@code [from, to)} and {@code [from2, to2)} are the same. */
    private boolean named(int from, int to, int from2, int to2) {
        if (to - from != to2 - from2) {
            return false;
        }
        for (int i = 0; i < to - from; i++) {
            if (b[from + i] != b[from2 + i]) {
                return false;
            }
        }
        return true;
    }

    public MessageType type() {
        return type;
    }

    /** The line the fields are in. */
    public byte[] line() {
        return b;
    }

    /** Where the src string's JSON text (quotes included) starts in {@link #line()}. */
    public int srcFrom() {
        return srcFrom;
    }

    public int srcTo() {
        return srcTo;
    }

    /** The store key: the key's JSON text, as {@link Wire#key} gives it. */
    public String key() {
        return ascii(keyFrom, keyTo);
    }

    /** The value's JSON text, as {@link Wire#value} gives it. */
    public Json.Raw value() {
        return new Json.Raw(ascii(valueFrom, valueTo));
    }

    /** The write's context, as {@link Wire#context} gives it. */
    public VersionVector context() {
        if (contextSize <= 0) {
            return VersionVector.empty();
        }
        VersionVector.Builder builder = VersionVector.builder();
        for (int i = 0; i < contextSize; i++) {
            builder.put(ascii(actorFrom[i], actorTo[i]), counters[i]);
        }
        return builder.build();
    }

    /**
     * The request just scanned, answered by node {@code self}; {@code src} is the sender's id (the
     * text between the quotes of {@link #srcFrom()} to {@link #srcTo()}, as one instance per
     * sender). The reply copies the sender's and the msg_id's text from the line.
     */
    public Request answer(String self, String src) {
        this.self = self;
        reply.src = src;
        return reply;
    }

    /** The scanned request as the handlers answer it: its reply addressed from the line's slices. */
    private final class Reply extends Request {
        @Override
        ByteLine beginReply(Messages messages, MessageType type) {
            return messages.begin(self, b, srcFrom, srcTo, type);
        }

        @Override
        void endReply(Messages messages) {
            messages.reply(b, msgIdFrom, msgIdTo);
        }
    }

    private String ascii(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }
}
