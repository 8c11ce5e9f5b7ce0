package io.conflictexplorer.node.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A strict JSON parser (RFC 8259 plus Python's {@code NaN}, {@code Infinity} and
 * {@code -Infinity}), accepting what Python's {@code json.loads} accepts for one line: no raw
 * control characters in strings, no trailing data, lone surrogate escapes kept as they are. Nesting
 * deeper than {@code maxDepth} is refused instead of exhausting the stack.
 *
 * <p>It reads UTF-8 bytes, as they arrive, without decoding the line to a string first: only the
 * strings in it become Java strings (a run of ASCII in one copy). The caller checks that the bytes
 * are valid UTF-8. Error columns count characters (UTF-16 units), as in the text of the line. The
 * tokens are {@link JsonLexer}'s, which the node's plain scan reads with too.
 */
public final class JsonParser extends JsonLexer {

    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] NULL = ascii("null");
    private static final byte[] NAN = ascii("NaN");
    private static final byte[] INFINITY = ascii("Infinity");

    private final int start; // where the text begins in b
    private final int maxDepth;
    private final boolean prefix; // parsePrefix: the text is the beginning of a longer line
    private int tooDeepAt = -1; // byte position of the first value nested too deep, or -1

    private JsonParser(byte[] b, int off, int len, int maxDepth, boolean prefix) {
        reset(b, off, len);
        this.start = off;
        this.maxDepth = maxDepth;
        this.prefix = prefix;
    }

    /** {@link #parse(byte[], int, int, int)} of the text's UTF-8 bytes. */
    public static Json parse(String text, int maxDepth) throws JsonException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length, maxDepth);
    }

    /**
     * Parses one complete JSON text, {@code len} bytes of valid UTF-8 from {@code off}. Nesting deeper
     * than {@code maxDepth} is an error whose {@link JsonException#partial()} is the rest of the
     * document (each too-deep value skipped, without recursion, and read as {@code null}), so that
     * the sender of such a line can still be answered.
     */
    public static Json parse(byte[] bytes, int off, int len, int maxDepth) throws JsonException {
        JsonParser p = new JsonParser(bytes, off, len, maxDepth, false);
        p.skipWhitespace();
        Json v;
        try {
            v = p.value(0);
        } catch (StackOverflowError e) {
            // only with a depth limit set higher than the thread's stack allows: refuse, do not die
            throw new JsonException("nesting too deep for the stack (lower NODE_MAX_DEPTH, now " + maxDepth + ")");
        }
        p.skipWhitespace();
        if (p.pos != p.end) {
            throw p.error("extra data after the JSON value");
        }
        if (p.tooDeepAt >= 0) {
            throw new JsonException(
                    "nesting deeper than " + maxDepth + " levels at column " + p.column(p.tooDeepAt), v);
        }
        return v;
    }

    /** {@link #parsePrefix(byte[], int, int, int)} of the text's UTF-8 bytes. */
    public static Json parsePrefix(String text, int maxDepth) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return parsePrefix(bytes, 0, bytes.length, maxDepth);
    }

    /**
     * Reads what it can of the first part of a line that was cut (a line over the length limit):
     * every object and array still open at the cut is closed, and a member or item cut in the middle
     * is left out (a number at the very end too, since its digits may go on). Null when the
     * beginning is not JSON. The result is only good for finding out who sent the line.
     */
    public static Json parsePrefix(byte[] bytes, int off, int len, int maxDepth) {
        JsonParser p = new JsonParser(bytes, off, len, maxDepth, true);
        try {
            p.skipWhitespace();
            return p.value(0);
        } catch (Cut c) {
            return c.partial;
        } catch (JsonException | StackOverflowError e) {
            return null;
        }
    }

    /** parsePrefix: the text ended inside a value; {@code partial} is what was complete of it. */
    private static final class Cut extends JsonException {
        private Json partial;

        Cut() {
            super("cut");
        }
    }

    private Json value(int depth) throws JsonException {
        if (pos >= end) {
            throw error("expected a value, found the end of the line");
        }
        int c = b[pos] & 0xff;
        switch (c) {
            case '{':
                return depth + 1 > maxDepth ? skipTooDeep() : object(depth + 1);
            case '[':
                return depth + 1 > maxDepth ? skipTooDeep() : array(depth + 1);
            case '"':
                return new Json.Str(string());
            case 't':
                literal(TRUE);
                return Json.Bool.TRUE;
            case 'f':
                literal(FALSE);
                return Json.Bool.FALSE;
            case 'n':
                literal(NULL);
                return Json.Null.INSTANCE;
            case 'N':
                literal(NAN);
                return new Json.Num("NaN", false);
            case 'I':
                literal(INFINITY);
                return new Json.Num("Infinity", false);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character " + describe(pos));
        }
    }

    private Json object(int depth) throws JsonException {
        checkDepth(depth);
        pos++; // '{'
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new Json.Obj(Collections.emptyMap());
        }
        Members members = new Members();
        String key = null;
        try {
            while (true) {
                key = null;
                if (peek() != '"') {
                    throw error("expected a property name in double quotes");
                }
                String name = name();
                skipWhitespace();
                if (peek() != ':') {
                    throw error("expected ':' after a property name");
                }
                pos++;
                skipWhitespace();
                key = name;
                members.add(name, value(depth));
                key = null;
                skipWhitespace();
                int c = peek();
                pos++;
                if (c == '}') {
                    return new Json.Obj(members);
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or '}' in an object");
                }
                skipWhitespace();
            }
        } catch (Cut cut) {
            if (key != null && cut.partial != null) {
                members.add(key, cut.partial); // an object or array cut inside: keep what it had
            }
            cut.partial = new Json.Obj(members);
            throw cut;
        }
    }

    private Json array(int depth) throws JsonException {
        checkDepth(depth);
        pos++; // '['
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new Json.Arr(List.of());
        }
        List<Json> items = new ArrayList<>();
        try {
            while (true) {
                items.add(value(depth));
                skipWhitespace();
                int c = peek();
                pos++;
                if (c == ']') {
                    return new Json.Arr(Collections.unmodifiableList(items));
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ']' in an array");
                }
                skipWhitespace();
            }
        } catch (Cut cut) {
            if (cut.partial != null) {
                items.add(cut.partial);
            }
            cut.partial = new Json.Arr(Collections.unmodifiableList(items));
            throw cut;
        }
    }

    /**
     * A value nested deeper than the limit: skipped with a loop (brackets counted, strings jumped
     * over), never recursion, and read as null; {@link #parse} then refuses the line.
     */
    private Json skipTooDeep() throws JsonException {
        if (tooDeepAt < 0) {
            tooDeepAt = pos;
        }
        int level = 0;
        while (pos < end) {
            byte c = b[pos++];
            if (c == '"') {
                while (pos < end && b[pos] != '"') {
                    pos += b[pos] == '\\' ? 2 : 1;
                }
                if (pos >= end) {
                    break;
                }
                pos++;
            } else if (c == '[' || c == '{') {
                level++;
            } else if (c == ']' || c == '}') {
                if (--level == 0) {
                    return Json.Null.INSTANCE;
                }
            }
        }
        pos = end;
        throw error("nesting deeper than " + maxDepth + " levels, and unterminated");
    }

    /**
     * Recently read member names, by a hash of their bytes: a name read again (every message
     * repeats the same few) is this same string instead of a new one, and later lookups of it
     * compare by identity first. A benign race between threads only costs a miss.
     */
    private static final String[] NAME_CACHE = new String[256];

    private static final byte[][] NAME_BYTES = new byte[256][];

    /** A member name: a cached string when the same short plain name was read before, else like {@link #string()}. */
    private String name() throws JsonException {
        int from = pos + 1;
        if (plainString() >= 0 && pos - 1 - from <= 32) {
            int i = pos - 1; // the closing quote
            int len = i - from;
            int h = 0;
            for (int j = from; j < i; j++) {
                h = 31 * h + b[j];
            }
            int slot = (h ^ (h >>> 8) ^ len) & (NAME_CACHE.length - 1);
            String cached = NAME_CACHE[slot];
            byte[] cachedBytes = NAME_BYTES[slot];
            if (cached != null && cachedBytes.length == len && Arrays.equals(cachedBytes, 0, len, b, from, i)) {
                return cached;
            }
            // interned: the same instance as a string literal of the same text in the code that
            // looks the member up, so that lookup matches by identity
            String name = new String(b, from, len, StandardCharsets.ISO_8859_1).intern();
            NAME_BYTES[slot] = Arrays.copyOfRange(b, from, i);
            NAME_CACHE[slot] = name;
            return name;
        }
        pos = from - 1; // at the opening quote again: a longer plain name, or one that is not plain
        return string().intern(); // every name interned: see Members.add
    }

    private String string() throws JsonException {
        int from = pos + 1; // after '"'
        if (plainString() >= 0) { // plain: the bytes are the characters
            return new String(b, from, pos - 1 - from, StandardCharsets.ISO_8859_1);
        }
        pos = from;
        // next fastest: no escapes; ASCII in one copy, other UTF-8 decoded in one piece
        boolean ascii = true;
        while (pos < end) {
            int c = b[pos];
            if (c == '"') {
                pos++;
                return new String(
                        b, from, pos - 1 - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                break;
            }
            ascii &= c >= 0;
            pos++;
        }
        StringBuilder sb = new StringBuilder(end - from);
        sb.append(new String(b, from, pos - from, StandardCharsets.UTF_8));
        while (pos < end) {
            int c = b[pos] & 0xff;
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("raw control character " + describe(pos) + " in a string");
            }
            if (c >= 0x80) { // a run of non-ASCII bytes: whole UTF-8 sequences up to the next ASCII byte
                int run = pos;
                while (pos < end && b[pos] < 0) {
                    pos++;
                }
                sb.append(new String(b, run, pos - run, StandardCharsets.UTF_8));
                continue;
            }
            pos++;
            if (c != '\\') {
                sb.append((char) c);
                continue;
            }
            if (pos >= end) {
                break;
            }
            int e = b[pos++] & 0xff;
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(hex4());
                default -> {
                    pos--;
                    throw error("invalid escape \\" + describeChar(pos));
                }
            }
        }
        throw error("unterminated string");
    }

    private char hex4() throws JsonException {
        if (pos + 4 > end) {
            if (prefix) {
                throw new Cut();
            }
            throw error("incomplete \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(b[pos + i] & 0xff, 16);
            if (d < 0 || b[pos + i] < 0) {
                throw error("invalid \\u escape");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private Json number() throws JsonException {
        int from = pos;
        if (b[pos] == '-') {
            if (startsWith(INFINITY, pos + 1)) {
                pos += 9;
                return new Json.Num("-Infinity", false);
            }
            if (prefix && end - pos - 1 < INFINITY.length && startsWithPrefixOf(INFINITY, pos + 1)) {
                throw new Cut();
            }
        }
        int kind = scanNumber();
        if (kind == NOT_A_NUMBER) {
            throw error("expected a digit");
        }
        if (prefix) {
            int q = pos;
            while (q < end && "0123456789.eE+-".indexOf(b[q]) >= 0) {
                q++;
            }
            if (q == end) {
                throw new Cut(); // the number may go on after the cut ("4." may have been 4.5)
            }
        }
        return new Json.Num(new String(b, from, pos - from, StandardCharsets.ISO_8859_1), kind == INTEGER);
    }

    private void literal(byte[] word) throws JsonException {
        if (prefix && end - pos < word.length && startsWithPrefixOf(word, pos)) {
            throw new Cut();
        }
        if (!startsWith(word, pos)) {
            throw error("unexpected character " + describe(pos));
        }
        pos += word.length;
    }

    /** True when the text from {@code at} to its end is the beginning of {@code word} (parsePrefix). */
    private boolean startsWithPrefixOf(byte[] word, int at) {
        for (int i = at; i < end; i++) {
            if (b[i] != word[i - at]) {
                return false;
            }
        }
        return true;
    }

    private void checkDepth(int depth) throws JsonException {
        if (depth > maxDepth) {
            throw error("nesting deeper than " + maxDepth + " levels");
        }
    }

    /** The column (1-based, in characters of the decoded line) of the byte at {@code at}. */
    private int column(int at) {
        for (int i = start; i < at; i++) {
            if (b[i] < 0) { // not all ASCII before it: count the decoded characters
                return new String(b, start, at - start, StandardCharsets.UTF_8).length() + 1;
            }
        }
        return at - start + 1;
    }

    /** The character at byte {@code at} (the first UTF-16 unit of its code point). */
    private char charAt(int at) {
        if (b[at] >= 0) {
            return (char) b[at];
        }
        int n = 1;
        while (at + n < end && n < 4 && (b[at + n] & 0xc0) == 0x80) {
            n++;
        }
        return new String(b, at, n, StandardCharsets.UTF_8).charAt(0);
    }

    private String describe(int at) {
        char c = charAt(at);
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private static byte[] ascii(String word) {
        return word.getBytes(StandardCharsets.ISO_8859_1);
    }

    private String describeChar(int at) {
        return String.valueOf(charAt(at));
    }

    private JsonException error(String why) {
        if (prefix && pos >= end) {
            return new Cut();
        }
        return new JsonException(why + " at column " + column(pos));
    }
}
