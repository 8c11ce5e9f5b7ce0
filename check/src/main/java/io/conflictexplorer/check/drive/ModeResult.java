package io.conflictexplorer.check.drive;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.core.store.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One mode's run of a scenario against a node, compared with the rules.
 *
 * @param mode        the mode the node was set to
 * @param operations  each operation that was sent, in the order it was, with its reply and divergences
 * @param finalReads  the reads of each key after the operations (what the node holds at the end),
 *                    those that were sent
 * @param divergences every divergence of the run, first first (the rules' replies are core's store's
 *                    for exactly the requests sent); those of {@code init}, {@code set_mode} and the
 *                    final reads too. Each one's {@code operationId} is the scenario operation's
 *                    (null for those others)
 * @param notRun      how many operations were never sent, the run having stopped before them
 * @param end         how the run ended
 * @param requests    the requests sent, one a line: what the sentences' line numbers count
 * @param replies     the node's output, one line each
 * @param expected    the rules' replies to {@code requests}, byte for byte as the reference node
 *                    prints them: with {@code requests}, a grader case
 * @param stderr      the end of the node's stderr (bounded), for the user
 */
public record ModeResult(
        Mode mode,
        List<OperationReply> operations,
        List<FinalRead> finalReads,
        List<Divergence> divergences,
        int notRun,
        RunEnd end,
        String requests,
        String replies,
        String expected,
        String stderr) {

    public ModeResult {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(end, "end");
        operations = List.copyOf(operations);
        finalReads = List.copyOf(finalReads);
        divergences = List.copyOf(divergences);
    }

    /** The divergences of meaning, first first. */
    public List<Divergence> semanticDivergences() {
        List<Divergence> out = new ArrayList<>();
        for (Divergence d : divergences) {
            if (d.kind().semantic()) {
                out.add(d);
            }
        }
        return out;
    }

    /** The byte-level differences alone, first first. */
    public List<Divergence> formatDivergences() {
        List<Divergence> out = new ArrayList<>(divergences);
        out.removeAll(semanticDivergences());
        return out;
    }

    /** True when the run completed and every reply means what the rules say. */
    public boolean agrees() {
        return end instanceof RunEnd.Completed && semanticDivergences().isEmpty();
    }

    /**
     * What went wrong first, in one sentence; empty when the node agrees. A reply that is missing or
     * answers no request because the node failed is said by the failure's sentence ({@link #end()}),
     * which says why.
     */
    public String firstProblem() {
        for (Divergence d : semanticDivergences()) {
            boolean causedByTheEnd =
                    d.kind() == DivergenceKind.MISSING_REPLY || d.kind() == DivergenceKind.UNEXPECTED_REPLY;
            if (!end.nodeFailed() || !causedByTheEnd) {
                return d.sentence();
            }
        }
        return end.sentence();
    }
}
