package io.conflictexplorer.gui.run.model;

import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Sibling;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one mode's store did for one operation of a run, in the words of the run window's details:
 * a write's value, clock, timestamp and where its context came from, the writes it overwrote and
 * whether it was lost later; a read's siblings and whether they conflict. Read off the trace alone.
 */
final class OutcomeText {

    private OutcomeText() {}

    /** What {@code trace} did for operation {@code id}. */
    static String of(Trace trace, String id) {
        Step.OfOperation step = trace.stepOf(id);
        if (step instanceof Step.Write w) {
            String s = "wrote " + w.value() + " " + w.written().clock() + ", ts "
                    + w.written().timestamp().time() + context(w);
            for (Loss<String> l : w.losses()) {
                s += "; lost " + l.lost().value() + " " + l.lost().clock();
            }
            if (trace.lostWritesUpTo(trace.size() - 1).contains(id)) {
                s += "; this write was lost later";
            }
            return s;
        }
        if (step instanceof Step.Read r) {
            List<Sibling<String>> sibs = r.read().siblings();
            if (sibs.isEmpty()) {
                return "returned nothing (the key was never written)";
            }
            return "returned "
                    + sibs.stream().map(x -> x.value() + " " + x.clock()).collect(Collectors.joining(", "))
                    + (r.read().conflict() ? " (conflict: " + sibs.size() + " siblings)" : "");
        }
        return "no step";
    }

    /** Where a write's context came from: a read (arrow), a clock no read returned (literal), or none. */
    private static String context(Step.Write w) {
        if (w.contextRead() != null) {
            return "; context " + w.context() + " from read " + w.contextRead();
        }
        if (w.operation().context() != null && !w.context().isEmpty()) {
            return "; literal context " + w.context() + " (no earlier read of the client returned it)";
        }
        return w.operation().blind() ? "; blind (no context)" : "; no context";
    }
}
