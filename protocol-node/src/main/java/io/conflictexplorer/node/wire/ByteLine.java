package io.conflictexplorer.node.wire;

import io.conflictexplorer.node.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One outgoing line of ASCII text, built in a reused byte array: what every message the node sends
 * is written into ({@link Messages}), so that it is copied once into the output buffer, never built
 * as a {@link String} and encoded again. Only ASCII goes in (the protocol's JSON escapes everything
 * else), so a character is a byte.
 */
public final class ByteLine {

    private static final int QUOTED_SLOTS = 64;

    private byte[] bytes = new byte[256];
    private int length;
    private final String[] quotedIds = new String[QUOTED_SLOTS];
    private final byte[][] quotedText = new byte[QUOTED_SLOTS][];

    void clear() {
        length = 0;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public ByteLine append(byte[] src) {
        return append(src, 0, src.length);
    }

    /** Appends {@code src[from, to)}. */
    public ByteLine append(byte[] src, int from, int to) {
        int n = to - from;
        room(n);
        System.arraycopy(src, from, bytes, length, n);
        length += n;
        return this;
    }

    public ByteLine append(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Appends ASCII text (a stored value's JSON, a number's digits), one byte per character. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): one copy for ASCII text
    public ByteLine append(String ascii) {
        int n = ascii.length();
        room(n);
        ascii.getBytes(0, n, bytes, length);
        length += n;
        return this;
    }

    /** Appends the decimal digits of {@code n}, without a string in between. */
    public ByteLine append(long n) {
        if (n < 0) {
            if (n == Long.MIN_VALUE) {
                return append(Long.toString(n));
            }
            append('-');
            n = -n;
        }
        if (n <= Integer.MAX_VALUE) {
            return appendDigits((int) n); // int division: C1 calls a runtime routine for a long one
        }
        int digits = 1;
        for (long t = n; t >= 10; t /= 10) {
            digits++;
        }
        room(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length += digits;
        return this;
    }

    /** The digits of {@code n}, at least 0. */
    private ByteLine appendDigits(int n) {
        int digits = 1;
        for (int t = n; t >= 10; t /= 10) {
            digits++;
        }
        room(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        length += digits;
        return this;
    }

    /**
     * Appends {@code s} as a JSON string (Python's escaping). A clock's actors are the same few
     * client ids in reply after reply: their JSON text is kept, by the id, in a small table, so a
     * known id is one copy.
     */
    public ByteLine appendQuoted(String s) {
        int slot = s.hashCode() & (QUOTED_SLOTS - 1);
        String known = quotedIds[slot];
        byte[] text;
        if (known != null && (known == s || known.equals(s))) {
            text = quotedText[slot];
        } else {
            text = quoted(s);
            quotedIds[slot] = s;
            quotedText[slot] = text;
        }
        return append(text, 0, text.length);
    }

    /** {@code s} as a JSON string (Python's escaping), as bytes. */
    static byte[] quoted(String s) {
        return JsonWriter.quote(s).getBytes(StandardCharsets.ISO_8859_1); // escaped: ASCII only
    }

    /** Makes room for {@code n} more bytes: one test, small enough for C1 to inline. */
    private void room(int n) {
        if (length + n > bytes.length) {
            grow(n);
        }
    }

    private void grow(int n) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
    }
}
