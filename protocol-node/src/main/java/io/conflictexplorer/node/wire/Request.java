package io.conflictexplorer.node.wire;

/**
 * A request being answered: who sent it, and how its reply is addressed (from which node, to the
 * sender, in reply to its {@code msg_id}). The handlers answer both kinds the same way, through
 * {@link Replies}: a {@link ParsedRequest} holds the fields of a parsed message, a
 * {@link PlainRequest} the slices of its line, whose text is already the reply's.
 */
public abstract class Request {

    /** The sender; a field, not a method to override, so that the call is bound statically (C1 inlines it). */
    String src;

    /** The sender ({@code src}): one instance per sender id, the actor of the clocks it writes. */
    public final String src() {
        return src;
    }

    /** Begins the reply: the envelope from the answering node to the sender, and the body's type. */
    abstract ByteLine beginReply(Messages messages, MessageType type);

    /** Ends the reply ({@code in_reply_to} the request's {@code msg_id}, if it had one) and writes it out. */
    abstract void endReply(Messages messages);
}
