package io.conflictexplorer.node.json;

/**
 * The tokens of JSON at the level of bytes, shared by the parser ({@link JsonParser}) and the
 * node's scan of a plain request (which answers a request from slices of its line without a tree):
 * whitespace, a literal word, a number, and a string that needs no escape. It reads the
 * UTF-8 bytes {@code b[pos, end)} as they arrived; positions are byte offsets. One lexer, so that
 * the two readers cannot disagree about where a token ends.
 *
 * <p>Every method here is small and final: C1, the node's only compiler, inlines it into the
 * caller's loop.
 */
public abstract class JsonLexer {

    /** {@link #scanNumber()}: no digit where one was required; {@link #pos} is at that place. */
    protected static final int NOT_A_NUMBER = 0;

    /** {@link #scanNumber()}: an integer (no fraction, no exponent): Python reads an int. */
    protected static final int INTEGER = 1;

    /** {@link #scanNumber()}: a number with a fraction or an exponent: Python reads a float. */
    protected static final int FLOAT = 2;

    /** The bytes read. */
    protected byte[] b;

    /** The next byte to read. */
    protected int pos;

    /** Where the text ends (exclusive). */
    protected int end;

    /** Starts reading {@code len} bytes of {@code bytes} from {@code off}. */
    protected final void reset(byte[] bytes, int off, int len) {
        b = bytes;
        pos = off;
        end = off + len;
    }

    /** Skips whitespace: a test of one byte where there is none, the common case. */
    protected final void ws() {
        if (pos < end && b[pos] <= ' ') {
            skipWhitespace();
        }
    }

    /** Skips JSON whitespace (space, tab, line feed, carriage return). */
    protected final void skipWhitespace() {
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The next byte (0 to 255), or 0 at the end. */
    protected final int peek() {
        return pos < end ? b[pos] & 0xff : 0;
    }

    /** True when the bytes at {@code at} are the ASCII {@code word}. */
    protected final boolean startsWith(byte[] word, int at) {
        if (end - at < word.length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (b[at + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A plain string at {@link #pos} (at its opening quote): printable ASCII other than a quote or a
     * backslash up to its closing quote. Its JSON text is then the bytes between the quotes, the way
     * Python's {@code json.dumps} would write it too. Moves {@link #pos} past the closing quote and
     * returns that position; returns -1, {@link #pos} unchanged, when the string there is not plain
     * (or there is none).
     */
    protected final int plainString() {
        if (pos >= end || b[pos] != '"') {
            return -1;
        }
        for (int i = pos + 1; i < end; i++) {
            int c = b[i];
            if (c == '"') {
                pos = i + 1;
                return pos;
            }
            if (c < 0x20 || c >= 0x7f || c == '\\') { // a negative byte: not ASCII
                return -1;
            }
        }
        return -1;
    }

    /**
     * Reads a number from {@link #pos} (at a digit or a minus sign) as Python's {@code json} reads
     * one: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}. A fraction or an exponent without
     * digits is not part of it ({@code 1.} is the number 1 followed by a dot), and a leading zero
     * ends the integer part ({@code 01} is 0 followed by 1): the caller finds what follows. Leaves
     * {@link #pos} after the number and returns {@link #INTEGER} or {@link #FLOAT}, or
     * {@link #NOT_A_NUMBER} with {@link #pos} where a digit was missing.
     */
    protected final int scanNumber() {
        if (b[pos] == '-') {
            pos++;
        }
        if (pos >= end || !digit(b[pos])) {
            return NOT_A_NUMBER;
        }
        if (b[pos++] != '0') {
            while (pos < end && digit(b[pos])) {
                pos++;
            }
        }
        if (pos < end && (b[pos] == '.' || b[pos] == 'e' || b[pos] == 'E')) {
            return fractionAndExponent();
        }
        return INTEGER; // most numbers of a message: kept short for them
    }

    /** {@link #scanNumber()} from a dot or an exponent mark after the integer part. */
    private int fractionAndExponent() {
        int kind = INTEGER;
        if (b[pos] == '.') {
            int dot = pos++;
            while (pos < end && digit(b[pos])) {
                pos++;
            }
            if (pos == dot + 1) {
                pos = dot;
            } else {
                kind = FLOAT;
            }
        }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            int e = pos++;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
                pos++;
            }
            int digits = pos;
            while (pos < end && digit(b[pos])) {
                pos++;
            }
            if (pos == digits) {
                pos = e;
            } else {
                kind = FLOAT;
            }
        }
        return kind;
    }

    protected static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }
}
