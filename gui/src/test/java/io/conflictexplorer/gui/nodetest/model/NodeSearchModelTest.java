package io.conflictexplorer.gui.nodetest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.check.drive.NodeJob;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.check.drive.Progress;
import io.conflictexplorer.check.search.Failure;
import io.conflictexplorer.check.search.SearchOptions;
import io.conflictexplorer.check.search.SearchResult;
import io.conflictexplorer.core.sim.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The search's view model without a window: what it found is handed on once, titled and narrated
 * with its divergence; "no divergence in N scenarios"; the options reach the search; cancel.
 */
class NodeSearchModelTest {

    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final List<NodeSearchModel.Found> found = new ArrayList<>();
    private final List<SearchOptions> asked = new ArrayList<>();

    private NodeSearchModel model(SearchResultMaker result, boolean hang) {
        NodeSearchModel.Searcher searcher = (NodeCommand c, SearchOptions o, Consumer<Progress> p) -> {
            asked.add(o);
            return NodeJob.start(
                    "scripted-search",
                    (cancel, report) -> {
                        report.accept(new Progress("scenario 1 of " + o.tries(), 0, o.tries()));
                        while (hang) {
                            cancel.check();
                            Thread.sleep(5);
                        }
                        return result.make(o);
                    },
                    p);
        };
        return new NodeSearchModel(fx::add, searcher, found::add);
    }

    interface SearchResultMaker {
        SearchResult make(SearchOptions o) throws InterruptedException;
    }

    private void drainUntil(BooleanSupplier done) throws InterruptedException {
        NodeRuns.drainUntil(fx, done);
    }

    @Test
    void aFoundScenarioIsHandedOnNamedWithItsDivergence() throws Exception {
        Scenario drawn = NodeRuns.twoBlindWritesThenARead();
        NodeTestResult broken = NodeRuns.run(drawn, NodeRuns.wrongNode("keeps-siblings-in-lww"));
        NodeSearchModel search =
                model(o -> new SearchResult(o, 3, new Failure(3, drawn, drawn, broken, 12), null), false);
        search.seedProperty().set(7);
        search.triesProperty().set(50);
        assertTrue(search.start(NodeCommand.of("python3 main.py")));
        assertTrue(search.runningProperty().get());
        drainUntil(() -> !search.runningProperty().get());

        assertEquals(new SearchOptions(7, 50, 3, SearchOptions.DEFAULT_SHRINK_RUNS), asked.get(0));
        assertEquals(1, found.size());
        Scenario opened = found.get(0).scenario();
        assertEquals("Breaks my node (seed 7)", opened.title());
        assertTrue(opened.narration().startsWith("In the lww run: c1's read of x at line 5"), opened.narration());
        assertEquals(drawn.operations(), opened.operations());
        assertEquals(broken, found.get(0).result());
        assertTrue(
                search.outcomeProperty()
                        .get()
                        .startsWith("Found a scenario that breaks your node: scenario 3 of"
                                + " seed 7, 4 operations, shrunk to 4 in 12 runs."),
                search.outcomeProperty().get());
    }

    @Test
    void noFailureSaysHowManyScenariosWereTried() throws Exception {
        NodeSearchModel search = model(o -> new SearchResult(o, o.tries(), null, null), false);
        search.start(NodeCommand.of("protocol-node/bin/protocol-node"));
        drainUntil(() -> !search.runningProperty().get());
        assertEquals(
                "No divergence in 200 scenarios (seed 1, up to 3 clients).",
                search.outcomeProperty().get());
        assertTrue(found.isEmpty());
    }

    @Test
    void cancelStopsTheSearchAndNothingIsOpened() throws Exception {
        NodeSearchModel search = model(o -> null, true);
        search.start(NodeCommand.of("python3 main.py"));
        drainUntil(() -> search.progressTextProperty().get().startsWith("scenario 1 of"));
        search.cancel();
        assertFalse(search.runningProperty().get());
        assertEquals(
                "Cancelled: the search was stopped.", search.outcomeProperty().get());
        Thread.sleep(50);
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
        assertTrue(found.isEmpty());
    }

    @Test
    void badOptionsAreRefusedAndNothingRuns() {
        NodeSearchModel search = model(o -> null, false);
        search.triesProperty().set(0);
        assertFalse(search.start(NodeCommand.of("python3 main.py")));
        assertTrue(asked.isEmpty());
        assertTrue(search.outcomeProperty().get().contains("tries and clients start at 1"));
        assertNull(found.isEmpty() ? null : found.get(0));
    }
}
