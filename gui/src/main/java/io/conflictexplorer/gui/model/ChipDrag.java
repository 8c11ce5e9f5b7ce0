package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Operation;
import java.util.concurrent.Executor;

/**
 * A chip dragged along its lane, as one {@link ScenarioEditor.Gesture}: each tick it reaches is
 * previewed as a {@link EditCommand.MoveOperation} from where it started, and the release records
 * one move (none when it ends where it began).
 *
 * <p>A recompute can take tens of milliseconds on a big cluster, so ticks are batched: {@link #to}
 * only notes the tick and asks the {@code scheduler} (in the app: after the mouse events already
 * queued) to preview the latest one. A fast drag thus skips the ticks it has left behind instead of
 * lagging; {@link #end()} previews the last one at once.
 */
final class ChipDrag {

    private final ScenarioEditor editor;
    private final Executor scheduler;
    private ScenarioEditor.Gesture gesture;
    private String id;
    private long from;
    /** The tick the drag has reached and not yet previewed, or -1. */
    private long pending = -1;

    private boolean scheduled;

    ChipDrag(ScenarioEditor editor, Executor scheduler) {
        this.editor = editor;
        this.scheduler = scheduler;
    }

    /** Starts dragging operation {@code id}; false when there is no such operation. */
    boolean begin(String opId) {
        Operation op = editor.scenario().operation(opId);
        if (op == null) {
            return false;
        }
        gesture = editor.begin();
        id = opId;
        from = op.time();
        return true;
    }

    /** The chip is over tick {@code time}: previewed once the scheduler runs. */
    void to(long time) {
        if (!active()) {
            return;
        }
        pending = Math.max(0, time);
        if (!scheduled) {
            scheduled = true;
            scheduler.execute(this::previewPending);
        }
    }

    /** The chip is released: the last tick reached becomes one undoable move. */
    void end() {
        previewPending();
        if (active()) {
            gesture.commit();
        }
        id = null;
    }

    /** Puts a half-dragged chip back where it was. */
    void cancel() {
        pending = -1;
        if (active()) {
            gesture.cancel();
        }
        id = null;
    }

    private boolean active() {
        return id != null && gesture.isOpen();
    }

    private void previewPending() {
        scheduled = false;
        if (!active() || pending < 0) {
            return;
        }
        long t = pending;
        pending = -1;
        if (editor.scenario().operation(id).time() != t) {
            gesture.preview(new EditCommand.MoveOperation(id, from, t));
        }
    }
}
