package io.conflictexplorer.check.run;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.transcript.LineProblem;
import io.conflictexplorer.core.sim.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A transcript opened as a run: a normal {@link Scenario} (so the simulator and the projection draw
 * it with LWW and VV side by side as for presets), the way back to its lines ({@link RunIndex}), the
 * node's replies that differ from core's rules ({@link Divergence}, first first), the lines that
 * could not be taken ({@link LineProblem}) and the marks on the time axis ({@link RunMarker}).
 *
 * @param hasReplies true when a node's replies were compared with the rules (then an empty
 *                   {@code divergences} means the node agrees); false for a case alone or traces
 */
public record OpenedRun(
        String title,
        Scenario scenario,
        RunIndex index,
        List<Divergence> divergences,
        List<LineProblem> problems,
        List<RunMarker> markers,
        boolean hasReplies) {

    public OpenedRun {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(index, "index");
        title = title == null ? "" : title;
        divergences = List.copyOf(divergences);
        problems = List.copyOf(problems);
        markers = List.copyOf(markers);
    }

    /** The divergences of meaning (every kind but {@link DivergenceKind#FORMAT}), first first. */
    public List<Divergence> semanticDivergences() {
        return ofKind(true);
    }

    /** The byte-level differences alone ({@link DivergenceKind#FORMAT}), first first. */
    public List<Divergence> formatDivergences() {
        return ofKind(false);
    }

    /** A loop, not a stream: the first lambda of a run costs the check-node launcher's start-up. */
    private List<Divergence> ofKind(boolean semantic) {
        List<Divergence> out = new ArrayList<>();
        for (Divergence d : divergences) {
            if (d.kind().semantic() == semantic) {
                out.add(d);
            }
        }
        return out;
    }

    /** True when replies were compared and none differs in meaning. */
    public boolean agrees() {
        return hasReplies && semanticDivergences().isEmpty();
    }
}
