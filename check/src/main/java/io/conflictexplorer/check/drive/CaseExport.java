package io.conflictexplorer.check.drive;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.store.Mode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A scenario as a grader case ({@link GraderCase}): the scenario's clients played against the rules'
 * node in-process ({@link ReferenceChannel}) exactly as {@link NodeTest} plays them against a node
 * under test, so the {@code .in} holds the requests a correct node gets (each write's context the one
 * its client's own earlier read returned) and the {@code .out} what it answers. A teacher turns a
 * drawing into a test case; a student adds a case the search found to their tests.
 *
 * <p>Rules: one case per mode ({@code init}, {@code set_mode}, then the operations in time order);
 * a scenario the task's messages cannot express ({@link TaskScope}: several replicas, a network,
 * pruning) is refused, since a case carries no word of what it leaves out.
 */
public final class CaseExport {

    private CaseExport() {}

    /**
     * The case of {@code scenario} in {@code mode}.
     *
     * @throws IllegalArgumentException saying what the task cannot express, when it cannot express
     *     the whole scenario
     */
    public static GraderCase of(Scenario scenario, Mode mode) {
        TaskScope scope = TaskScope.of(scenario);
        if (!scope.expressible()) {
            throw new IllegalArgumentException("\"" + scenario.title() + "\" has " + String.join(", ", scope.missing())
                    + ", which a grader case cannot hold: it talks to one node with the task's messages (check-node"
                    + " --node runs a node on the scenario as one store, and says what that leaves out)");
        }
        return run(scenario, mode);
    }

    /** The case of exactly the requests {@code scenario} makes in {@code mode}, whatever it leaves out. */
    static GraderCase run(Scenario scenario, Mode mode) {
        DrivenRun run;
        try {
            run = ScenarioDriver.drive(
                    scenario, mode, new ReferenceChannel(), Duration.ofSeconds(1), new CancelToken(), () -> {});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (!(run.end() instanceof RunEnd.Completed)) {
            throw new IllegalStateException(
                    "the rules' own node did not answer: " + run.end().sentence());
        }
        return new GraderCase(
                new String(run.requests(), StandardCharsets.UTF_8), new String(run.replies(), StandardCharsets.UTF_8));
    }
}
