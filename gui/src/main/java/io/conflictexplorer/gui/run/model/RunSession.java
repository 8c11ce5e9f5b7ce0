package io.conflictexplorer.gui.run.model;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.run.OpenedRun;
import io.conflictexplorer.check.run.RunFiles;
import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An opened run as the run window holds it: the {@link OpenedRun} read from the files, its two
 * traces computed once when it opens ({@link Simulation}), and its divergences of meaning by
 * operation. Immutable: scrolling, zooming, filtering and selecting never recompute a trace. The
 * one place the run window reads files ({@link #open}); {@link RunProjection} turns a session into
 * what the window shows.
 *
 * <p>A run of at most {@link #EDIT_LIMIT} operations can be edited (it becomes a scenario in the
 * main window, as a preset does); a larger one is read-only, since the main window's editor redraws
 * every chip on every drag.
 */
public final class RunSession {

    /** The most operations a run may have and still be edited as a scenario. */
    public static final int EDIT_LIMIT = 2_000;

    /** Nothing of the files could be opened as a run; the message says why, for the user. */
    public static final class CannotOpen extends Exception {
        public CannotOpen(String message) {
            super(message);
        }
    }

    private final OpenedRun run;
    private final Simulation simulation;
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
    }

    /** Reads {@code files} as one run (a case, a node's replies, traces) and computes both traces. */
    public static RunSession open(List<Path> files) throws CannotOpen {
        try {
            return new RunSession(RunFiles.open(files));
        } catch (RunFileException e) {
            throw new CannotOpen(e.getMessage());
        }
    }

    /** Computes both traces of {@code run}. */
    public static RunSession of(OpenedRun run) {
        return new RunSession(run);
    }

    public OpenedRun run() {
        return run;
    }

    /** The run as a scenario (what "Edit as scenario" takes to the main window). */
    public Scenario scenario() {
        return run.scenario();
    }

    public Simulation simulation() {
        return simulation;
    }

    /** The divergences of meaning, first first (FORMAT ones are in {@link OpenedRun#formatDivergences()}). */
    public List<Divergence> divergences() {
        return shown;
    }

    /** The divergences of meaning of operation {@code id}, first first; none when it agrees. */
    public List<Divergence> divergencesOf(String operationId) {
        return byOperation.getOrDefault(operationId, List.of());
    }

    /** The operations some divergence of meaning names. */
    public Set<String> divergentOperations() {
        return byOperation.keySet();
    }

    /** True when the run is small enough to edit as a scenario. */
    public boolean editable() {
        return run.scenario().operations().size() <= EDIT_LIMIT;
    }
}
