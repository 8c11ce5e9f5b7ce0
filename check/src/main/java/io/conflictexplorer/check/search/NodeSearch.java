package io.conflictexplorer.check.search;

import io.conflictexplorer.check.drive.CancelToken;
import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.check.drive.NodeJob;
import io.conflictexplorer.check.drive.NodeTest;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.check.drive.Progress;
import io.conflictexplorer.check.drive.Verdict;
import io.conflictexplorer.core.sim.Scenario;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds a small scenario that breaks a node: runs the node ({@link NodeTest}, both modes) on the
 * seeded random scenarios of a {@link ScenarioGenerator} until one fails or the tries are spent;
 * then shrinks the first failure ({@link Shrinker}), running only the mode that failed, keeping
 * only scenarios that fail the same way ({@link FailureKind}), and tests the smallest one in both
 * modes once more for its report. The seed makes every search reproducible: the same node, seed,
 * tries and clients give the same scenarios, the same failure and the same shrunk scenario.
 *
 * <p>For the app: {@link #start} runs on a thread of its own; its {@link NodeJob} can be cancelled
 * and reports progress (scenarios tried, then runs spent shrinking).
 */
public final class NodeSearch {

    private NodeSearch() {}

    /** Starts the search; returns at once. */
    public static NodeJob<SearchResult> start(NodeCommand command, SearchOptions options, Consumer<Progress> progress) {
        return NodeJob.start("node-search", (cancel, report) -> run(command, options, cancel, report), progress);
    }

    /** Runs the search on this thread (the command line). */
    public static SearchResult run(NodeCommand command, SearchOptions options, Consumer<Progress> progress)
            throws InterruptedException {
        return run(command, options, new CancelToken(), progress == null ? p -> {} : progress);
    }

    static SearchResult run(NodeCommand command, SearchOptions options, CancelToken cancel, Consumer<Progress> progress)
            throws InterruptedException {
        ScenarioGenerator generator = new ScenarioGenerator(options.seed(), options.clients());
        for (int trial = 1; trial <= options.tries(); trial++) {
            progress.accept(new Progress("scenario " + trial + " of " + options.tries(), trial - 1, options.tries()));
            Scenario s = generator.next();
            NodeTestResult result = NodeTest.run(s, command, NodeTest.MODES, cancel, p -> {});
            if (result.verdict() == Verdict.NOT_STARTED) {
                return new SearchResult(options, trial, null, result);
            }
            FailureKind kind = FailureKind.of(result);
            if (kind != null) {
                return new SearchResult(
                        options, trial, shrink(command, options, trial, s, kind, cancel, progress), null);
            }
        }
        progress.accept(new Progress("no divergence", options.tries(), options.tries()));
        return new SearchResult(options, options.tries(), null, null);
    }

    private static Failure shrink(
            NodeCommand command,
            SearchOptions options,
            int trial,
            Scenario found,
            FailureKind kind,
            CancelToken cancel,
            Consumer<Progress> progress)
            throws InterruptedException {
        int[] runs = {0};
        Shrinker shrinker = new Shrinker(
                s -> {
                    runs[0]++;
                    progress.accept(new Progress(
                            "shrinking: run " + runs[0] + ", " + s.operations().size() + " operations",
                            runs[0],
                            options.shrinkRuns()));
                    return kind.equals(FailureKind.of(NodeTest.run(s, command, List.of(kind.mode()), cancel, p -> {})));
                },
                options.shrinkRuns());
        Scenario shrunk = shrinker.shrink(found);
        NodeTestResult result = NodeTest.run(shrunk, command, NodeTest.MODES, cancel, p -> {});
        if (FailureKind.of(result) == null) { // a node that does not fail the same way twice: keep what was found
            shrunk = found;
            result = NodeTest.run(found, command, NodeTest.MODES, cancel, p -> {});
        }
        return new Failure(trial, found, shrunk, result, shrinker.runs());
    }
}
