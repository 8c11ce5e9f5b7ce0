package io.conflictexplorer.check.drive;

import io.conflictexplorer.check.compare.ReplyBody;

/**
 * A scenario operation as the clients sent it, or one of the run's final reads, and the node's reply
 * as it came back.
 *
 * @param operationId the scenario operation's id, or null for a final read
 * @param key         the key it reads or writes
 * @param line        the request's line in the run's requests, from 1
 * @param request     the request as sent
 * @param reply       the reply as the node printed it, or null when it sent none
 * @param answer      the reply's meaning, or null when it sent none
 */
record SentOperation(String operationId, String key, int line, String request, String reply, ReplyBody answer) {}
