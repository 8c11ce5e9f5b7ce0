package io.conflictexplorer.node.handlers;

import io.conflictexplorer.node.wire.ByteLine;
import io.conflictexplorer.node.wire.MessageType;

/**
 * Where a node's own messages (gossip) are written: {@link #start} begins a message to a peer and
 * returns its line so far, the caller appends the body's members ({@code , "name": value}), and
 * {@link #send} closes it with the next {@code msg_id} and writes it out. One message at a time.
 */
public interface Outbox {

    /** Begins {@code {"src": SELF, "dest": DEST, "body": {"type": "TYPE"}; returns the line to append to. */
    ByteLine start(String dest, MessageType type);

    /** Ends the message begun by {@link #start} and writes it. */
    void send();
}
