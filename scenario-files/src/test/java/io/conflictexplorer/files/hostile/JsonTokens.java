package io.conflictexplorer.files.hostile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the JSON values and object members lie in a file's bytes (one document, or one per line),
 * found by a tolerant scan: strings with their escapes, scalars, and brackets matched with a stack.
 * A file that is already broken gives what can be found; nothing here throws. The mutations use it
 * to change a value or a member instead of random bytes, so the reader's checks past the JSON
 * syntax are reached.
 */
final class JsonTokens {

    /** A span of bytes: {@code [start, end)}. */
    record Span(int start, int end) {}

    /** The values (strings that are not keys, scalars, whole objects and arrays), in order. */
    final List<Span> values = new ArrayList<>();

    /** The scalars that are numbers. */
    final List<Span> numbers = new ArrayList<>();

    /** The string values (not keys), quotes included. */
    final List<Span> strings = new ArrayList<>();

    /** Whole members {@code "key": value}, without the comma. */
    final List<Span> members = new ArrayList<>();

    /** Positions just after an object's opening brace. */
    final List<Integer> objectStarts = new ArrayList<>();

    private JsonTokens() {}

    static JsonTokens of(byte[] b) {
        JsonTokens t = new JsonTokens();
        Deque<Integer> open = new ArrayDeque<>();
        List<int[]> keys = new ArrayList<>(); // keys whose value has not ended: {start, depth}
        int i = 0;
        while (i < b.length) {
            byte c = b[i];
            if (c == '"') {
                int end = stringEnd(b, i);
                int next = skipSpace(b, end);
                if (next < b.length && b[next] == ':') {
                    keys.add(new int[] {i, open.size()});
                    i = next + 1;
                    continue;
                }
                value(t, keys, open.size(), i, end);
                t.strings.add(new Span(i, end));
                i = end;
            } else if (c == '{' || c == '[') {
                open.push(i);
                if (c == '{') {
                    t.objectStarts.add(i + 1);
                }
                i++;
            } else if (c == '}' || c == ']') {
                if (!open.isEmpty()) {
                    int start = open.pop();
                    value(t, keys, open.size(), start, i + 1);
                }
                i++;
            } else if (c == '-'
                    || c == '+'
                    || (c >= '0' && c <= '9')
                    || (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')) {
                int end = i;
                while (end < b.length && scalarByte(b[end])) {
                    end++;
                }
                value(t, keys, open.size(), i, end);
                if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
                    t.numbers.add(new Span(i, end));
                }
                i = end;
            } else {
                i++;
            }
        }
        return t;
    }

    /** A value ended: it is the value of the last key at its depth, if any. */
    private static void value(JsonTokens t, List<int[]> keys, int depth, int start, int end) {
        t.values.add(new Span(start, end));
        if (!keys.isEmpty() && keys.get(keys.size() - 1)[1] == depth) {
            int[] key = keys.remove(keys.size() - 1);
            t.members.add(new Span(key[0], end));
        }
    }

    private static boolean scalarByte(byte c) {
        return c == '-'
                || c == '+'
                || c == '.'
                || (c >= '0' && c <= '9')
                || (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z');
    }

    /** The position after the string that starts at {@code i} (its closing quote), or the end of the line. */
    private static int stringEnd(byte[] b, int i) {
        int j = i + 1;
        while (j < b.length && b[j] != '"' && b[j] != '\n') {
            j += b[j] == '\\' ? 2 : 1;
        }
        return Math.min(b.length, j + 1);
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
            i++;
        }
        return i;
    }
}
