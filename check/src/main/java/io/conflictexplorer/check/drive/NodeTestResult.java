package io.conflictexplorer.check.drive;

import io.conflictexplorer.core.sim.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * A node tested on a scenario: one {@link ModeResult} per mode ({@code lww}, then {@code vv}), and
 * what of the scenario the task's messages could not express ({@link TaskScope}).
 */
public record NodeTestResult(Scenario scenario, NodeCommand command, List<ModeResult> modes, TaskScope scope) {

    public NodeTestResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(scope, "scope");
        modes = List.copyOf(modes);
    }

    public Verdict verdict() {
        boolean agrees = true;
        for (ModeResult m : modes) {
            if (m.end() instanceof RunEnd.NotStarted) {
                return Verdict.NOT_STARTED;
            }
            agrees &= m.agrees();
        }
        return agrees ? Verdict.AGREES : Verdict.DIVERGES;
    }

    /** The first mode that does not agree, or null when all do. */
    public ModeResult firstFailing() {
        for (ModeResult m : modes) {
            if (!m.agrees()) {
                return m;
            }
        }
        return null;
    }
}
