package io.conflictexplorer.check.compare;

import java.util.Objects;

/**
 * One message a node sent to a client, as read from its output.
 *
 * @param line      its line in the output, from 1
 * @param dest      to whom ({@code dest})
 * @param inReplyTo its {@code in_reply_to} as JSON text, or null
 * @param body      its meaning
 * @param text      the line as the node printed it
 */
public record ActualReply(int line, String dest, String inReplyTo, ReplyBody body, String text) {

    public ActualReply {
        Objects.requireNonNull(dest, "dest");
        Objects.requireNonNull(body, "body");
    }
}
