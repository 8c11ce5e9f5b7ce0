package io.conflictexplorer.node.wire;

import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;

/**
 * A request read from a parsed message.
 *
 * @param self  the answering node's id (before {@code init}: the message's {@code dest}, or empty)
 * @param src   the sender
 * @param msgId the request's {@code msg_id}, or null when it had none (its reply then has no
 *              {@code in_reply_to})
 */
public final class ParsedRequest extends Request {

    private final String self;
    private final Json msgId;

    public ParsedRequest(String self, String src, Json msgId) {
        this.self = self;
        this.src = src;
        this.msgId = msgId;
    }

    @Override
    ByteLine beginReply(Messages messages, MessageType type) {
        return messages.begin(self, src, type);
    }

    @Override
    void endReply(Messages messages) {
        messages.reply(msgId == null ? null : JsonWriter.write(msgId));
    }
}
