package io.conflictexplorer.gui.nodetest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.check.drive.NodeJob;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.check.drive.Progress;
import io.conflictexplorer.core.sim.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node test's view model without a window: what it shows after a run, the divergences moving
 * the cursor, stale results after an edit, the automatic run after a fast one and none after a slow
 * one, cancel, and the command remembered. The node's runs are a real wrong node's result handed
 * back by a scripted runner; what the job reports comes back through a queue the test drains, as
 * the FX thread would.
 */
class NodeTestModelTest {

    private static NodeTestResult wrong;

    @TempDir
    Path home;

    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final SimpleObjectProperty<Scenario> scenario =
            new SimpleObjectProperty<>(NodeRuns.twoBlindWritesThenARead());
    private final SimpleIntegerProperty cursor = new SimpleIntegerProperty(4);
    private final List<Scenario> started = new ArrayList<>();
    /** What the fake clock says: each start and end of a run reads it once. */
    private long now;
    /** How long each run takes on the fake clock. */
    private long runNanos = 100_000_000L;
    /** True: the scripted job waits until it is cancelled. */
    private boolean hang;

    private NodeTestModel model;

    @BeforeAll
    static void runTheWrongNode() throws Exception {
        wrong = NodeRuns.run(NodeRuns.twoBlindWritesThenARead(), NodeRuns.wrongNode("keeps-siblings-in-lww"));
    }

    @BeforeEach
    void makeModel() {
        model = model(new NodeTestSettings(home));
    }

    private NodeTestModel model(NodeTestSettings settings) {
        return new NodeTestModel(scenario, cursor, cursor::set, fx::add, this::start, this::clock, settings);
    }

    private long clock() {
        long t = now;
        now += runNanos / 2;
        return t;
    }

    private NodeJob<NodeTestResult> start(Scenario s, NodeCommand c, Consumer<Progress> progress) {
        started.add(s);
        boolean waits = hang;
        return NodeJob.start(
                "scripted",
                (cancel, report) -> {
                    report.accept(new Progress("lww run: 1 of 6 requests answered", 1, 12));
                    while (waits) {
                        cancel.check();
                        Thread.sleep(5);
                    }
                    return new NodeTestResult(s, c, wrong.modes(), wrong.scope());
                },
                progress);
    }

    private void drainUntil(BooleanSupplier done) throws InterruptedException {
        NodeRuns.drainUntil(fx, done);
    }

    @Test
    void aRunMarksTheChipsAndShowsTheFirstDivergenceAtItsStep() throws Exception {
        model.commandProperty().set("python3 main.py");
        assertTrue(model.run());
        assertTrue(model.runningProperty().get());
        assertTrue(model.shownProperty().get(), "the panel shows the run under way");
        drainUntil(() -> !model.runningProperty().get());

        assertEquals(Agreement.DIFFERS, model.marks().get("r1").agreement());
        assertEquals(Agreement.AGREES, model.marks().get("w1").agreement());
        assertEquals(0, model.divergenceProperty().get());
        assertEquals(3, cursor.get(), "the cursor went to the read that shows the first divergence");
        assertEquals(
                "c1's read of x",
                model.panelProperty().get().columns().get(0).atCursor().request());
        assertFalse(model.staleProperty().get());

        cursor.set(1); // the student steps back: the panel follows
        assertEquals(
                "c1's write of x",
                model.panelProperty().get().columns().get(0).atCursor().request());
        model.previous(); // wraps to the last divergence
        assertEquals(model.divergences().size() - 1, model.divergenceProperty().get());
        assertEquals(model.divergences().get(model.divergences().size() - 1).cursor(), cursor.get());
    }

    @Test
    void anEditAfterAFastRunRunsTheNodeAgainForTheEditedScenario() throws Exception {
        model.commandProperty().set("python3 main.py");
        model.run();
        drainUntil(() -> !model.runningProperty().get());
        assertTrue(model.lastRunNanos() < NodeTestModel.AUTO_RERUN_NANOS);
        cursor.set(2);

        Scenario dragged = scenario.get().replaceOperation("r1", op -> op.withTime(5));
        scenario.set(dragged);
        assertTrue(model.staleProperty().get());
        assertTrue(model.runningProperty().get(), "a fast node runs again by itself");
        drainUntil(() -> !model.runningProperty().get());
        assertEquals(dragged, started.get(started.size() - 1));
        assertFalse(model.staleProperty().get());
        assertEquals(2, cursor.get(), "a run started by an edit leaves the cursor where the student has it");
    }

    @Test
    void anEditAfterASlowRunWaitsForRunAgain() throws Exception {
        runNanos = 3_000_000_000L;
        model.commandProperty().set("python3 main.py");
        model.run();
        drainUntil(() -> !model.runningProperty().get());

        scenario.set(scenario.get().replaceOperation("r1", op -> op.withTime(5)));
        assertTrue(model.staleProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(1, started.size());
        assertNotNull(model.marks().get("r1"), "the last marks stay, stale, until run again");

        model.run(); // "Run again"
        drainUntil(() -> !model.runningProperty().get());
        assertEquals(2, started.size());
        assertFalse(model.staleProperty().get());
    }

    @Test
    void aRetitledScenarioIsNoEditOfTheRun() throws Exception {
        model.commandProperty().set("python3 main.py");
        model.run();
        drainUntil(() -> !model.runningProperty().get());
        Scenario s = scenario.get();
        scenario.set(new Scenario("Another title", "words", s.clients(), s.operations(), s.topology()));
        assertFalse(model.staleProperty().get());
        assertEquals(1, started.size());
    }

    @Test
    void cancelStopsTheRunAndSaysSo() throws Exception {
        hang = true;
        model.commandProperty().set("python3 main.py");
        model.run();
        drainUntil(() -> model.progressTextProperty().get().startsWith("lww run"));
        model.cancel();
        assertFalse(model.runningProperty().get());
        assertEquals("Cancelled: the node was stopped", model.statusProperty().get());
        assertTrue(model.marks().isEmpty());
        Thread.sleep(50); // the cancelled job's end must not bring anything back
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
        assertTrue(model.marks().isEmpty());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void anEmptyCommandIsRefusedAndNothingRuns() {
        model.commandProperty().set("   ");
        assertFalse(model.run());
        assertEquals("the node's command is empty", model.statusProperty().get());
        assertTrue(started.isEmpty());
    }

    @Test
    void theCommandIsRememberedOnlyOnceRunAndClearForgetsTheResult() throws Exception {
        model.commandProperty().set("python3 typed-but-not-run.py");
        assertEquals("", model(new NodeTestSettings(home)).commandProperty().get());
        model.commandProperty().set("python3 main.py");
        model.folderProperty().set(home);
        model.run();
        drainUntil(() -> !model.runningProperty().get());
        NodeTestModel next = model(new NodeTestSettings(home));
        assertEquals("python3 main.py", next.commandProperty().get());
        assertEquals(home, next.folderProperty().get());
        assertFalse(next.shownProperty().get(), "a new session runs nothing by itself");
        assertEquals(1, started.size());

        model.clear();
        assertTrue(model.marks().isEmpty());
        assertTrue(model.divergences().isEmpty());
        assertFalse(model.shownProperty().get());
    }
}
