package io.conflictexplorer.core.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares a node's replies with the replies core's rules give, and says each difference in plain
 * words.
 */
public final class ReplyComparison {

    private ReplyComparison() {}

    /**
     * Every difference between {@code replies} (what the node sent, in output order) and
     * {@code exchanges} (the case's requests, in case order, with the rules' replies).
     */
    public static List<Divergence> compare(List<Exchange> exchanges, List<ActualReply> replies) {
        return new ArrayList<>(); // filled in after the API commit
    }
}
