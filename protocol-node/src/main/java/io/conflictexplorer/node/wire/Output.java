package io.conflictexplorer.node.wire;

import java.nio.charset.StandardCharsets;

/**
 * Where the node's messages go, one line each. An implementation may buffer; {@link #flush()}
 * writes out everything buffered, and is called before the node waits for input and after each
 * gossip round, so no message waits while the node is idle.
 */
@FunctionalInterface
public interface Output {

    /** Writes {@code line} (pure ASCII, without its line break) and a line break. */
    void line(CharSequence line);

    /**
     * Writes {@code len} bytes of ASCII text from {@code off} (a line without its line break) and a
     * line break: the same as {@link #line(CharSequence)} of that text, without the text as a string.
     */
    default void line(byte[] ascii, int off, int len) {
        line(new String(ascii, off, len, StandardCharsets.ISO_8859_1));
    }

    /** Writes out what is buffered. */
    default void flush() {}
}
