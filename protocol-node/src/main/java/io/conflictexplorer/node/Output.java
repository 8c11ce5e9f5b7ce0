package io.conflictexplorer.node;

/**
 * Where the node's messages go, one line each. An implementation may buffer; {@link #flush()}
 * writes out everything buffered, and is called before the node waits for input and after each
 * gossip round, so no message waits while the node is idle.
 */
@FunctionalInterface
public interface Output {

    /** Writes {@code line} (pure ASCII, without its line break) and a line break. */
    void line(CharSequence line);

    /** Writes out what is buffered. */
    default void flush() {}
}
