package io.conflictexplorer.check.compare;

import java.util.Objects;

/**
 * One reply of a node that differs from core's rules, said in plain words.
 *
 * @param kind        what differs
 * @param requestLine the request's line in the case (1-based), 0 when the reply answers no request
 * @param replyLine   the reply's line in the node's output (1-based), 0 when the node sent none
 * @param operationId the operation of the run's scenario the request became, or null (a request
 *                    that is not a read or a write, such as {@code init}, or no request)
 * @param sentence    the plain words, e.g. {@code c2's read of x at line 9: expected 2 values (a
 *                    {c1: 1}, b {c2: 1}), conflict true; your node returned b only: it dropped c1's
 *                    concurrent write a {c1: 1}}
 */
public record Divergence(DivergenceKind kind, int requestLine, int replyLine, String operationId, String sentence) {

    public Divergence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        if (requestLine < 0 || replyLine < 0) {
            throw new IllegalArgumentException("line numbers start at 1 (0: none)");
        }
    }
}
