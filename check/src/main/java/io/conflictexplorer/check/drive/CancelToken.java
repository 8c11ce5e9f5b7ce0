package io.conflictexplorer.check.drive;

import java.util.concurrent.CancellationException;

/**
 * The user's "stop" for a run in progress: set from any thread; the run notices it before its next
 * request, and the node it is talking to is stopped at once, so a client waiting for a reply stops
 * waiting.
 */
public final class CancelToken {

    private volatile boolean cancelled;
    private volatile NodeChannel current;

    /** Stops the run: the node it talks to now is stopped at once. */
    public void cancel() {
        cancelled = true;
        NodeChannel c = current;
        if (c != null) {
            c.kill();
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The node the run talks to now (null: none), stopped at once if the run is cancelled. */
    void attach(NodeChannel channel) {
        current = channel;
        if (cancelled && channel != null) {
            channel.kill();
        }
    }

    /** @throws CancellationException when the run was cancelled */
    public void check() {
        if (cancelled) {
            throw new CancellationException("the run was stopped");
        }
    }
}
