package io.conflictexplorer.check.drive;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.ReplyBody;
import java.util.List;
import java.util.Objects;

/**
 * One operation of the scenario in one mode's run: the request the clients sent for it, what the
 * node answered, and where that differs from the rules. What the app marks on the operation's chip.
 *
 * @param operationId the scenario operation's id
 * @param line        the request's line in the run's requests ({@link ModeResult#requests()}), from 1
 * @param request     the request as sent
 * @param reply       the reply as the node printed it, or null when it sent none
 * @param answer      the reply's meaning ({@link ReplyBody.VvValues} for a read: the values and clocks
 *                    the node says the key holds), or null when it sent none
 * @param divergences the divergences of this request, of meaning and of format, first first
 */
public record OperationReply(
        String operationId, int line, String request, String reply, ReplyBody answer, List<Divergence> divergences) {

    public OperationReply {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(request, "request");
        divergences = List.copyOf(divergences);
    }

    /** True when the node answered and the answer means what the rules say. */
    public boolean agrees() {
        if (answer == null) {
            return false;
        }
        for (Divergence d : divergences) {
            if (d.kind().semantic()) {
                return false;
            }
        }
        return true;
    }
}
