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
 *
 * <p>A large scenario's previews ({@link Runs#large}) are run ahead, in the background, and each is
 * shown when its run is made (a later one overtakes those still waiting): the FX thread is free for
 * the mouse meanwhile, and the chip follows the pointer on its own ({@code ChipNode}). The release
 * is shown and recorded where it let go, whatever the background got to.
 */
final class ChipDrag {

    private final ScenarioEditor editor;
    private final LatestOnly previews;
    private final Runs runs;
    private ScenarioEditor.Gesture gesture;
    private String id;
    private String client;
    private long from;
    /** In a large scenario, the move whose run is on its way, not shown yet; else null. */
    private EditCommand.MoveOperation ahead;

    ChipDrag(ScenarioEditor editor, Executor scheduler, Runs runs) {
        this.editor = editor;
        this.previews = new LatestOnly(scheduler);
        this.runs = runs;
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
            if (ahead != null) { // lands where it was let go: shown now (its run, if made, is kept)
                runs.drop();
                gesture.preview(ahead);
                ahead = null;
            }
            gesture.commit();
        }
        id = null;
    }

    /** Puts a half-dragged chip back where it was. */
    void cancel() {
        previews.drop();
        runs.drop();
        ahead = null;
        if (active()) {
            gesture.cancel();
        }
        id = null;
    }

    /** True when this scenario's previews run ahead, in the background ({@link Runs#large}). */
    boolean runsAhead() {
        return Runs.large(editor.scenario());
    }

    private boolean active() {
        return id != null && gesture.isOpen();
    }

    private void previewAt(long wanted) {
        if (!active()) {
            return;
        }
        // where the chip is: shown, or on its way
        long now = ahead != null ? ahead.to() : editor.scenario().operation(id).time();
        // the other operations stay where the gesture found them
        long t = gesture.start().freeTime(client, wanted, id, now);
        if (now == t) {
            return;
        }
        if (ahead != null && editor.scenario().operation(id).time() == t) {
            runs.drop(); // back where it is shown: nothing to wait for
            ahead = null;
            return;
        }
        EditCommand.MoveOperation move = new EditCommand.MoveOperation(id, from, t);
        if (!Runs.large(gesture.start())) {
            gesture.preview(move);
            return;
        }
        ahead = move;
        runs.ahead(move.apply(gesture.start()), run -> {
            if (active()) {
                if (ahead == move) {
                    ahead = null; // shown: nothing on its way
                }
                runs.keep(run);
                gesture.preview(move);
            }
        });
    }
}
