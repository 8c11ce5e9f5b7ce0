package io.conflictexplorer.check.drive;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.store.Mode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tests a node on a scenario: the scenario's clients are played against the node
 * ({@link ScenarioDriver}) once per mode, {@code lww} then {@code vv}, each in a fresh process, and
 * each run is compared with the rules ({@link RulesCheck}). What of the scenario the task's messages
 * cannot express is said, never pretended ({@link TaskScope}). A node that could not be started in
 * the first mode is not started again for the second.
 *
 * <p>For the app: {@link #start} runs on a thread of its own and returns at once; its
 * {@link NodeJob} can be cancelled and reports progress. The command line calls {@link #run}.
 */
public final class NodeTest {

    /** The modes a scenario is run in, in this order: one run each. */
    public static final List<Mode> MODES = List.of(Mode.LWW, Mode.VV);

    private NodeTest() {}

    /** Starts testing {@code command}'s node on {@code scenario} in both modes; returns at once. */
    public static NodeJob<NodeTestResult> start(Scenario scenario, NodeCommand command, Consumer<Progress> progress) {
        return NodeJob.start("node-test", (cancel, report) -> run(scenario, command, MODES, cancel, report), progress);
    }

    /** Tests {@code command}'s node on {@code scenario} in both modes, on this thread. */
    public static NodeTestResult run(Scenario scenario, NodeCommand command, Consumer<Progress> progress)
            throws InterruptedException {
        return run(scenario, command, MODES, new CancelToken(), progress == null ? p -> {} : progress);
    }

    /** Tests in {@code modes} only (the search shrinks a failure in its mode), watching {@code cancel}. */
    public static NodeTestResult run(
            Scenario scenario, NodeCommand command, List<Mode> modes, CancelToken cancel, Consumer<Progress> progress)
            throws InterruptedException {
        List<ModeResult> results = new ArrayList<>();
        int perMode = scenario.operations().size()
                + 2
                + ScenarioDriver.keys(scenario.operations()).size();
        long total = (long) perMode * modes.size();
        for (Mode mode : modes) {
            long before = (long) perMode * results.size();
            long[] answered = {0};
            String what = mode.wireName() + " run: ";
            progress.accept(new Progress(what + "starting the node", before, total));
            ModeResult result = runMode(scenario, command, mode, cancel, () -> {
                answered[0]++;
                progress.accept(new Progress(
                        what + answered[0] + " of " + perMode + " requests answered", before + answered[0], total));
            });
            results.add(result);
            if (result.end() instanceof RunEnd.NotStarted) {
                break;
            }
        }
        return new NodeTestResult(scenario, command, results, TaskScope.of(scenario));
    }

    private static ModeResult runMode(
            Scenario scenario, NodeCommand command, Mode mode, CancelToken cancel, Runnable answered)
            throws InterruptedException {
        cancel.check();
        NodeProcess node;
        try {
            node = NodeProcess.start(command);
        } catch (IOException e) {
            RunEnd end = new RunEnd.NotStarted(e.getMessage());
            return new ModeResult(
                    mode, List.of(), List.of(), List.of(), scenario.operations().size(), end, "", "", "", "");
        }
        DrivenRun run;
        try {
            cancel.attach(node);
            run = ScenarioDriver.drive(scenario, mode, node, command.replyTimeout(), cancel, answered);
        } finally {
            cancel.attach(null);
            node.close();
        }
        return RulesCheck.of(new DrivenRun(
                run.mode(), run.requests(), run.replies(), run.operations(), run.notRun(), run.end(), node.stderr()));
    }
}
