package io.conflictexplorer.node;

/** Where the node's messages go: one line each, flushed at once so a peer never waits. */
@FunctionalInterface
public interface Output {

    /** Writes {@code line} (pure ASCII, without its line break), a line break, and flushes. */
    void line(CharSequence line);
}
