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
    private int pos;

    private JsonParser(String s, int maxDepth) {
        this.s = s;
        this.maxDepth = maxDepth;
    }

    /** Parses one complete JSON text. */
    public static Json parse(String text, int maxDepth) throws JsonException {
        JsonParser p = new JsonParser(text, maxDepth);
        p.skipWhitespace();
        Json v = p.value(0);
        p.skipWhitespace();
        if (p.pos != p.s.length()) {
            throw p.error("extra data after the JSON value");
        }
        return v;
    }

    private Json value(int depth) throws JsonException {
        if (pos >= s.length()) {
            throw error("expected a value, found the end of the line");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
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
        while (true) {
            if (peek() != '"') {
                throw error("expected a property name in double quotes");
            }
            String key = string();
            skipWhitespace();
            if (peek() != ':') {
                throw error("expected ':' after a property name");
            }
            pos++;
            skipWhitespace();
            members.add(key, value(depth));
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
        return new Json.Num(s.substring(start, pos), integral);
    }

    private void literal(String word) throws JsonException {
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
        return new JsonException(why + " at column " + (pos + 1));
    }
}
