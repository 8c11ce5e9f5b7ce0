package io.conflictexplorer.gui.run;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.run.RunSource;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Sibling;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the window says about one chip of a run, all read off the session: which operation it is,
 * the transcript line that asked for it, the sentence of each divergence of the node's reply, and
 * what each mode's store answered (LWW and VV side by side, as for presets). Pure: the same session
 * and chip always give the same details, so it is tested without a window.
 *
 * @param title       who did what on which key, when
 * @param sourceLine  {@code FILE line N: TEXT}, or empty when the operation came from no line
 * @param divergences the sentences, first first; empty when the node agreed or no replies were compared
 * @param lww         what the LWW store did
 * @param vv          what the VV store did
 */
public record ChipDetails(String title, String sourceLine, List<String> divergences, String lww, String vv) {

    /** Nothing selected. */
    public static final ChipDetails NONE = new ChipDetails(
            "Nothing selected: click a chip, or jump to a divergence, loss or conflict.", "", List.of(), "", "");

    public ChipDetails {
        divergences = List.copyOf(divergences);
    }

    /** The details of {@code chip} of {@code session}; {@link #NONE} for -1. */
    public static ChipDetails of(RunSession session, int chip) {
        RunTimeline t = session.timeline();
        if (chip < 0 || chip >= t.size()) {
            return NONE;
        }
        String id = t.id(chip);
        String title = t.client(chip) + (t.isWrite(chip) ? " writes " : " reads ") + t.key(chip) + " at t="
                + t.time(chip) + " (operation " + id + ")";
        RunSource src = session.run().index().source(id);
        String source = src == null ? "" : src.file() + " line " + src.line() + ":  " + src.text();
        List<String> sentences =
                session.divergencesOf(id).stream().map(Divergence::sentence).toList();
        return new ChipDetails(
                title,
                source,
                sentences,
                "LWW: " + outcome(session.simulation().lww(), id),
                "VV: " + outcome(session.simulation().vv(), id));
    }

    /**
     * The details of a divergence that belongs to no chip (a reply to no request, an error to a
     * request that is no read or write): its line and its sentence.
     */
    public static ChipDetails of(Divergence d) {
        return new ChipDetails(
                "Line " + d.requestLine() + " of the case"
                        + (d.replyLine() > 0 ? ", line " + d.replyLine() + " of the replies" : "")
                        + ": no operation on the diagram",
                "",
                List.of(d.sentence()),
                "",
                "");
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

    private static String outcome(Trace trace, String id) {
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
}
