package io.conflictexplorer.node;

import java.util.Arrays;

/**
 * One outgoing line of ASCII text, built in a reused byte array: what {@link PlainRequest}'s replies
 * are written into, so that a reply is copied once into the output buffer, never built as a
 * {@link String} and encoded again. Only ASCII goes in (the protocol's JSON escapes everything
 * else), so a character is a byte.
 */
final class ByteLine {

    private byte[] bytes = new byte[256];
    private int length;

    void clear() {
        length = 0;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    ByteLine append(byte[] src) {
        return append(src, 0, src.length);
    }

    /** Appends {@code src[from, to)}. */
    ByteLine append(byte[] src, int from, int to) {
        int n = to - from;
        room(n);
        System.arraycopy(src, from, bytes, length, n);
        length += n;
        return this;
    }

    ByteLine append(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    /** Appends ASCII text (a stored value's JSON, a number's digits), one byte per character. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): one copy for ASCII text
    ByteLine append(String ascii) {
        int n = ascii.length();
        room(n);
        ascii.getBytes(0, n, bytes, length);
        length += n;
        return this;
    }

    /** Appends the decimal digits of {@code n}, without a string in between. */
    ByteLine append(long n) {
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

    private void room(int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
    }
}
