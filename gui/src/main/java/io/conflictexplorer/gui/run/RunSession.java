package io.conflictexplorer.gui.run;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.run.OpenedRun;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An opened run as the window holds it: the {@link OpenedRun} core read, its two traces computed
 * once when it opens ({@link Simulation}), its {@link RunTimeline}, and its divergences by
 * operation. Immutable: scrolling, zooming, filtering and selecting never recompute a trace.
 *
 * <p>A run of at most {@link #EDIT_LIMIT} operations can be edited (it becomes a scenario in the
 * main window, as a preset does); a larger one is read-only, since the main window's editor redraws
 * every chip on every drag.
 */
public final class RunSession {

    /** The most operations a run may have and still be edited as a scenario. */
    public static final int EDIT_LIMIT = 2_000;

    private final OpenedRun run;
    private final Simulation simulation;
    private final RunTimeline timeline;
    private final Map<String, List<Divergence>> byOperation = new HashMap<>();
    private final List<Divergence> shown;

    private RunSession(OpenedRun run) {
        this.run = run;
        this.simulation = Simulator.run(run.scenario());
        // FORMAT differences are reported apart: they mark no chip
        shown = run.semanticDivergences();
        for (Divergence d : shown) {
            if (d.operationId() != null) {
                byOperation
                        .computeIfAbsent(d.operationId(), k -> new ArrayList<>(1))
                        .add(d);
            }
        }
        this.timeline = RunTimeline.of(simulation, byOperation.keySet());
    }

    /** Computes both traces of {@code run} and lays it out. */
    public static RunSession of(OpenedRun run) {
        return new RunSession(run);
    }

    public OpenedRun run() {
        return run;
    }

    public Simulation simulation() {
        return simulation;
    }

    public RunTimeline timeline() {
        return timeline;
    }

    /** The divergences of meaning, first first (FORMAT ones are in {@link OpenedRun#formatDivergences()}). */
    public List<Divergence> divergences() {
        return shown;
    }

    /** The divergences of meaning of operation {@code id}, first first; none when it agrees. */
    public List<Divergence> divergencesOf(String operationId) {
        return byOperation.getOrDefault(operationId, List.of());
    }

    /** True when the run is small enough to edit as a scenario. */
    public boolean editable() {
        return run.scenario().operations().size() <= EDIT_LIMIT;
    }

    /** The chip a divergence belongs to, or -1 (it answers no operation: a reply to no request). */
    public int chipOf(Divergence d) {
        return d.operationId() == null ? -1 : timeline.chipOf(d.operationId());
    }
}
