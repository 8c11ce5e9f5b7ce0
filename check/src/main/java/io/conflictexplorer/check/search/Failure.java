package io.conflictexplorer.check.search;

import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.core.sim.Scenario;
import java.util.Objects;

/**
 * A scenario that breaks the node, as the search found it and as it shrank it.
 *
 * @param trial       which scenario of the search it was, from 1
 * @param found       the scenario as drawn
 * @param shrunk      the smallest scenario found that fails the same way
 * @param result      the node's test on {@code shrunk}, both modes: its divergences name the mistake
 * @param shrinkRuns  how many runs the shrinking took
 */
public record Failure(int trial, Scenario found, Scenario shrunk, NodeTestResult result, int shrinkRuns) {

    public Failure {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(shrunk, "shrunk");
        Objects.requireNonNull(result, "result");
    }
}
