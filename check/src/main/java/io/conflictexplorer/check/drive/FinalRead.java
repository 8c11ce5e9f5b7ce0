package io.conflictexplorer.check.drive;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.ReplyBody;
import java.util.List;
import java.util.Objects;

/**
 * A read of one key after the scenario's operations, by the test's own client: what the node holds
 * at the end, beside what the app's panels show the store holds.
 *
 * @param key         the key read
 * @param line        the request's line in the run's requests, from 1
 * @param request     the request as sent
 * @param reply       the reply as the node printed it, or null when it sent none
 * @param answer      the reply's meaning (the values and clocks the node says the key holds), or null
 * @param divergences the divergences of this request, first first
 */
public record FinalRead(
        String key, int line, String request, String reply, ReplyBody answer, List<Divergence> divergences) {

    public FinalRead {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(request, "request");
        divergences = List.copyOf(divergences);
    }

    /** True when the node answered and the answer means what the rules say. */
    public boolean agrees() {
        return answer != null && divergences.stream().noneMatch(d -> d.kind().semantic());
    }
}
