package io.conflictexplorer.check.drive;

import java.io.IOException;
import java.time.Duration;

/**
 * The clients' line to a node: requests go in one line each, and the node's stdout comes back one
 * line at a time. A started process ({@link NodeProcess}) or the rules' node in-process
 * ({@link ReferenceChannel}).
 */
interface NodeChannel extends AutoCloseable {

    /**
     * Sends one line (without its line break).
     *
     * @throws IOException when the node no longer reads its input (it exited)
     */
    void send(String line) throws IOException;

    /** The node's next line, or what happened instead within {@code limit}. */
    NodeOutput receive(Duration limit) throws InterruptedException;

    /** What the node wrote on stderr so far (bounded; empty for the in-process node). */
    String stderr();

    /** Ends its input and stops it; at once when it does not exit by itself. Never throws. */
    @Override
    void close();

    /** Stops it at once (a cancelled run): a {@link #receive} waiting then returns. Never throws. */
    void kill();
}
