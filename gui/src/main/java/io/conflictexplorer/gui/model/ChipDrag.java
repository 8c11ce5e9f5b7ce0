package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import java.util.concurrent.Executor;

/**
 * A chip dragged along its lane, as one {@link ScenarioEditor.Gesture}: each tick it reaches is
 * previewed as a {@link EditCommand.MoveOperation} from where it started, and the release records
 * one move (none when it ends where it began). Ticks are batched ({@link LatestOnly}): only the
 * latest is previewed when the scheduler runs, and {@link #end()} previews the last one at once.
 * A chip never lands on a tick its client uses already ({@link Scenario#freeTime}): over a
 * neighbour it stops in front of it, so the chip always shows where it will land.
 */
final class ChipDrag {

    private final ScenarioEditor editor;
    private final LatestOnly previews;
    private ScenarioEditor.Gesture gesture;
    private String id;
    private String client;
    private long from;

    ChipDrag(ScenarioEditor editor, Executor scheduler) {
        this.editor = editor;
        this.previews = new LatestOnly(scheduler);
    }

    /** Starts dragging operation {@code id}; false when there is no such operation. */
    boolean begin(String opId) {
        Operation op = editor.scenario().operation(opId);
        if (op == null) {
            return false;
        }
        gesture = editor.begin();
        id = opId;
        client = op.client();
        from = op.time();
        return true;
    }

    /** The chip is over tick {@code time} (0 at least): previewed once the scheduler runs. */
    void to(long time) {
        if (active()) {
            long t = Math.max(0, time);
            previews.submit(() -> previewAt(t));
        }
    }

    /** The chip is released: the last tick reached becomes one undoable move. */
    void end() {
        previews.flush();
        if (active()) {
            gesture.commit();
        }
        id = null;
    }

    /** Puts a half-dragged chip back where it was. */
    void cancel() {
        previews.drop();
        if (active()) {
            gesture.cancel();
        }
        id = null;
    }

    private boolean active() {
        return id != null && gesture.isOpen();
    }

    private void previewAt(long wanted) {
        if (!active()) {
            return;
        }
        // the other operations stay where the gesture found them
        long t = gesture.start()
                .freeTime(client, wanted, id, editor.scenario().operation(id).time());
        if (editor.scenario().operation(id).time() != t) {
            gesture.preview(new EditCommand.MoveOperation(id, from, t));
        }
    }
}
