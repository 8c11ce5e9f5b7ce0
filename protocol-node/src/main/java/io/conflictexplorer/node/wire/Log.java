package io.conflictexplorer.node.wire;

/**
 * The node's third stream: what it says about its input and itself, one line each on stderr, never
 * on stdout (which carries the protocol's messages only).
 */
public final class Log {

    private Log() {}

    /** Writes {@code protocol-node: MESSAGE} on stderr. */
    public static void line(String message) {
        System.err.println("protocol-node: " + message);
    }
}
