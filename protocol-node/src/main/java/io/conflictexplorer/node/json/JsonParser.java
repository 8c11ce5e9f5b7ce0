package io.conflictexplorer.node.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A strict JSON parser (RFC 8259 plus Python's {@code NaN}, {@code Infinity} and
 * {@code -Infinity}), accepting what Python's {@code json.loads} accepts for one line: no raw
 * control characters in strings, no trailing data, lone surrogate escapes kept as they are. Nesting
 * deeper than {@code maxDepth} is refused instead of exhausting the stack.
 */
public final class JsonParser {

    private final String s;
    private final int maxDepth;
    private final boolean prefix; // parsePrefix: the text is the beginning of a longer line
    private int pos;
    private int tooDeepAt = -1; // column of the first value nested too deep, or -1

    private JsonParser(String s, int maxDepth, boolean prefix) {
        this.s = s;
        this.maxDepth = maxDepth;
        this.prefix = prefix;
    }

    /**
     * Parses one complete JSON text. Nesting deeper than {@code maxDepth} is an error whose
     * {@link JsonException#partial()} is the rest of the document (each too-deep value skipped, without
     * recursion, and read as {@code null}), so that the sender of such a line can still be answered.
     */
    public static Json parse(String text, int maxDepth) throws JsonException {
        JsonParser p = new JsonParser(text, maxDepth, false);
        p.skipWhitespace();
        Json v;
        try {
            v = p.value(0);
        } catch (StackOverflowError e) {
            // only with a depth limit set higher than the thread's stack allows: refuse, do not die
            throw new JsonException("nesting too deep for the stack (lower NODE_MAX_DEPTH, now " + maxDepth + ")");
        }
        p.skipWhitespace();
        if (p.pos != p.s.length()) {
            throw p.error("extra data after the JSON value");
        }
        if (p.tooDeepAt >= 0) {
            throw new JsonException("nesting deeper than " + maxDepth + " levels at column " + p.tooDeepAt, v);
        }
        return v;
    }

    /**
     * Reads what it can of the first part of a line that was cut (a line over the length limit):
     * every object and array still open at the cut is closed, and a member or item cut in the middle
     * is left out (a number at the very end too, since its digits may go on). Null when the
     * beginning is not JSON. The result is only good for finding out who sent the line.
     */
    public static Json parsePrefix(String text, int maxDepth) {
        JsonParser p = new JsonParser(text, maxDepth, true);
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
        if (pos >= s.length()) {
            throw error("expected a value, found the end of the line");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return depth + 1 > maxDepth ? skipTooDeep() : object(depth + 1);
            case '[':
                return depth + 1 > maxDepth ? skipTooDeep() : array(depth + 1);
            case '"':
                return new Json.Str(string());
            case 't':
                literal("true");
                return Json.Bool.TRUE;
            case 'f':
                literal("false");
                return Json.Bool.FALSE;
            case 'n':
                literal("null");
                return Json.Null.INSTANCE;
            case 'N':
                literal("NaN");
                return new Json.Num("NaN", false);
            case 'I':
                literal("Infinity");
                return new Json.Num("Infinity", false);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character " + describe(c));
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
                char c = peek();
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
                char c = peek();
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
            tooDeepAt = pos + 1;
        }
        int level = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                while (pos < s.length() && s.charAt(pos) != '"') {
                    pos += s.charAt(pos) == '\\' ? 2 : 1;
                }
                if (pos >= s.length()) {
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
        pos = s.length();
        throw error("nesting deeper than " + maxDepth + " levels, and unterminated");
    }

    /**
     * Recently read member names, by a hash of their text: a name read again (every message
     * repeats the same few) is this same string instead of a new one, and later lookups of it
     * compare by identity first. A benign race between threads only costs a miss.
     */
    private static final String[] NAME_CACHE = new String[256];

    /** A member name: a cached string when the same short plain name was read before, else like {@link #string()}. */
    private String name() throws JsonException {
        int start = pos + 1;
        int end = start;
        int n = s.length();
        int h = 0;
        while (end < n) {
            char c = s.charAt(end);
            if (c == '"') {
                int len = end - start;
                if (len > 32) {
                    break;
                }
                int slot = (h ^ (h >>> 8) ^ len) & (NAME_CACHE.length - 1);
                String cached = NAME_CACHE[slot];
                if (cached != null && cached.length() == len && s.startsWith(cached, start)) {
                    pos = end + 1;
                    return cached;
                }
                // interned: the same instance as a string literal of the same text in the code that
                // looks the member up, so that lookup matches by identity
                String name = s.substring(start, end).intern();
                NAME_CACHE[slot] = name;
                pos = end + 1;
                return name;
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            h = 31 * h + c;
            end++;
        }
        return string();
    }

    private String string() throws JsonException {
        int start = ++pos; // after '"'
        // fast path: no escapes
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                return s.substring(start, pos++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        StringBuilder sb = new StringBuilder(s.length() - start);
        sb.append(s, start, pos);
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("raw control character " + describe(c) + " in a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                break;
            }
            char e = s.charAt(pos++);
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
                    throw error("invalid escape \\" + e);
                }
            }
        }
        throw error("unterminated string");
    }

    private char hex4() throws JsonException {
        if (pos + 4 > s.length()) {
            if (prefix) {
                throw new Cut();
            }
            throw error("incomplete \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos + i), 16);
            if (d < 0) {
                throw error("invalid \\u escape");
            }
            v = v * 16 + d;
        }
        pos += 4;
        return (char) v;
    }

    private Json number() throws JsonException {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
            if (s.startsWith("Infinity", pos)) {
                pos += 8;
                return new Json.Num("-Infinity", false);
            }
            if (prefix && s.length() - pos < 8 && "Infinity".startsWith(s.substring(pos))) {
                throw new Cut();
            }
        }
        if (pos >= s.length() || !isDigit(s.charAt(pos))) {
            throw error("expected a digit");
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else {
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
        }
        boolean integral = true;
        if (pos < s.length() && s.charAt(pos) == '.') {
            int dot = pos++;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == dot + 1) {
                pos = dot; // Python reads "1." as 1 followed by extra data
            } else {
                integral = false;
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int e = pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            int digits = pos;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == digits) {
                pos = e;
            } else {
                integral = false;
            }
        }
        if (prefix) {
            int q = pos;
            while (q < s.length() && "0123456789.eE+-".indexOf(s.charAt(q)) >= 0) {
                q++;
            }
            if (q == s.length()) {
                throw new Cut(); // the number may go on after the cut ("4." may have been 4.5)
            }
        }
        return new Json.Num(s.substring(start, pos), integral);
    }

    private void literal(String word) throws JsonException {
        if (prefix && s.length() - pos < word.length() && word.startsWith(s.substring(pos))) {
            throw new Cut();
        }
        if (!s.startsWith(word, pos)) {
            throw error("unexpected character " + describe(s.charAt(pos)));
        }
        pos += word.length();
    }

    private void checkDepth(int depth) throws JsonException {
        if (depth > maxDepth) {
            throw error("nesting deeper than " + maxDepth + " levels");
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    private JsonException error(String why) {
        if (prefix && pos >= s.length()) {
            return new Cut();
        }
        return new JsonException(why + " at column " + (pos + 1));
    }
}
