package io.conflictexplorer.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.BigScenario;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A large scenario's drag ({@link Runs#large}): each position's run is made in the background
 * (a queue the test runs by hand), the latest waiting one only, and shown when made; the release
 * lands where the pointer let go, at once, as one undo step, whatever the background got to.
 */
class ChipDragAheadTest {

    private final Scenario big = BigScenario.eachClient(8, 250, 10, 3);
    private final ScenarioEditor editor = new ScenarioEditor(big);
    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final Runs runs = new Runs(background::add, fx::add);
    private final ChipDrag drag = new ChipDrag(editor, Runnable::run, runs);
    /** The scenarios the editor showed, in order. */
    private final List<Scenario> shown = new ArrayList<>();

    ChipDragAheadTest() {
        editor.setListener((s, replaced) -> shown.add(s));
    }

    private static void runAll(Deque<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    /** An operation near the middle whose lane is free for {@code ticks} ticks after it. */
    private Operation movable(int ticks) {
        for (int i = big.operations().size() / 2; ; i++) {
            Operation op = big.operations().get(i);
            boolean free = true;
            for (int k = 1; k <= ticks; k++) {
                free &= big.freeTime(op.client(), op.time() + k, op.id(), op.time()) == op.time() + k;
            }
            if (free) {
                return op;
            }
        }
    }

    private long timeOf(String id) {
        return editor.scenario().operation(id).time();
    }

    @Test
    void theScenarioIsLarge() {
        assertTrue(Runs.large(big), big.operations().size() + " operations");
    }

    @Test
    void onlyTheLatestPositionWaitingIsRunAndItIsShownWhenMade() {
        Operation op = movable(3);
        assertTrue(drag.begin(op.id()));
        drag.to(op.time() + 1);
        drag.to(op.time() + 2);
        drag.to(op.time() + 3);
        assertEquals(op.time(), timeOf(op.id()), "nothing shown before its run is made");
        assertTrue(shown.isEmpty());
        runAll(background);
        assertEquals(1, fx.size(), "one run made: the positions passed while none was free are skipped");
        runAll(fx);
        assertEquals(op.time() + 3, timeOf(op.id()));
        drag.end();
        assertEquals("Undo move " + OperationNames.name(op) + " to t=" + (op.time() + 3), editor.undoText());
    }

    @Test
    void theReleaseLandsWhereItLetGoAtOnceAsOneUndoStep() {
        Operation op = movable(2);
        drag.begin(op.id());
        drag.to(op.time() + 1);
        runAll(background);
        runAll(fx);
        assertEquals(op.time() + 1, timeOf(op.id()));
        drag.to(op.time() + 2); // its run still on its way
        drag.end();
        assertEquals(op.time() + 2, timeOf(op.id()), "where it was let go");
        assertTrue(editor.canUndo());
        runAll(background);
        runAll(fx); // the run of the released position arrives late: it changes nothing
        assertEquals(op.time() + 2, timeOf(op.id()));
        editor.undo();
        assertEquals(big, editor.scenario(), "one undo brings it back");
    }

    @Test
    void aDragLetGoWhereItBeganLeavesNoUndoStep() {
        Operation op = movable(1);
        drag.begin(op.id());
        drag.to(op.time() + 1);
        drag.to(op.time());
        drag.end();
        runAll(background);
        runAll(fx);
        assertEquals(big, editor.scenario());
        assertFalse(editor.canUndo());
    }

    @Test
    void aCancelledDragPutsTheChipBackAndItsRunIsNotShown() {
        Operation op = movable(1);
        drag.begin(op.id());
        drag.to(op.time() + 1);
        drag.cancel();
        runAll(background);
        runAll(fx);
        assertEquals(big, editor.scenario());
    }
}
