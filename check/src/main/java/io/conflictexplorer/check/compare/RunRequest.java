package io.conflictexplorer.check.compare;

import io.conflictexplorer.core.store.Mode;
import java.util.Objects;

/**
 * One request of a case, as the comparison names it in its sentences.
 *
 * @param line        its line in the case, from 1
 * @param client      who sent it ({@code src})
 * @param msgId       its {@code msg_id} as JSON text, or null when it had none; a reply to it carries
 *                    the same text as {@code in_reply_to}
 * @param type        its {@code type} ({@code vv_read}, {@code write}, ...)
 * @param key         the key it reads or writes as JSON text, or null
 * @param value       the value it writes as JSON text, or null
 * @param operationId the operation of the run's scenario it became, or null
 * @param mode        the mode the node was in when the request came (lww until a {@code set_mode}), or
 *                    null when not known
 */
public record RunRequest(
        int line, String client, String msgId, String type, String key, String value, String operationId, Mode mode) {

    public RunRequest {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(type, "type");
    }

    /** A request whose node's mode is not known. */
    public RunRequest(
            int line, String client, String msgId, String type, String key, String value, String operationId) {
        this(line, client, msgId, type, key, value, operationId, null);
    }
}
