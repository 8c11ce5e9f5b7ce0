package io.conflictexplorer.check.search;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.check.drive.ModeResult;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.core.store.Mode;

/**
 * How a node's test failed, coarsely enough that a smaller scenario failing the same way shows the
 * same mistake: the first mode that failed, and what failed first there (the kind of its first
 * divergence of meaning, or how the run ended when the node crashed, hung or wrote garbage first).
 * Shrinking keeps only scenarios that fail the same way, so it does not slip from one mistake of the
 * node to another.
 */
record FailureKind(Mode mode, String what) {

    /** How {@code result} failed, or null when it did not. */
    static FailureKind of(NodeTestResult result) {
        ModeResult m = result.firstFailing();
        if (m == null) {
            return null;
        }
        for (Divergence d : m.semanticDivergences()) {
            boolean causedByTheEnd =
                    d.kind() == DivergenceKind.MISSING_REPLY || d.kind() == DivergenceKind.UNEXPECTED_REPLY;
            if (!m.end().nodeFailed() || !causedByTheEnd) {
                return new FailureKind(m.mode(), d.kind().name());
            }
        }
        return new FailureKind(m.mode(), m.end().getClass().getSimpleName());
    }
}
