package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.gui.projection.TraceProjection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Predict, then reveal: while {@link #predictProperty() predict mode} is on, a step forward moves
 * the cursor and names the step, but what the window shows stays as it was before the step (the
 * diagram's marks, the panels, the narration) until the teacher reveals it, so the class commits to
 * an answer first; no chip after the cursor shows its outcome either.
 *
 * <p>It holds across scenarios: a scenario opened in predict mode (a preset, a file, a new one)
 * starts before its first step, with nothing revealed, instead of at its last step with every
 * counter, LOST card and sibling showing. Plain JavaFX properties, no toolkit.
 */
public final class LessonMode {

    /** What the narration asks while a step's result is hidden. */
    public static final String PREDICT_QUESTION =
            "? What does this mode store after this step? Decide, then reveal (R or PageDown).";

    private final BooleanProperty predict = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper resultHidden = new ReadOnlyBooleanWrapper(false);
    private final Playback playback;
    private final Runnable changed;

    /**
     * @param playback the time cursor a step forward moves
     * @param changed  runs when what the window shows must be projected again (a reveal)
     */
    LessonMode(Playback playback, Runnable changed) {
        this.playback = playback;
        this.changed = changed;
        // turning predict mode on or off shows the step's result: nothing stays hidden behind a mode that is off
        predict.addListener((obs, was, now) -> reveal());
    }

    public BooleanProperty predictProperty() {
        return predict;
    }

    /** True while the result of the step at the cursor is hidden (the panels show "?"). */
    public ReadOnlyBooleanProperty resultHiddenProperty() {
        return resultHidden.getReadOnlyProperty();
    }

    /**
     * One step forward. In predict mode a clicker's next alternates: the step (its result hidden),
     * then the reveal.
     */
    public void stepForward() {
        if (unhide()) {
            changed.run();
            return;
        }
        int before = playback.cursorProperty().get();
        playback.stepForward();
        if (steppedForward(before, playback.cursorProperty().get())) {
            changed.run();
        }
    }

    /** Shows the hidden result of the step at the cursor. */
    public void reveal() {
        if (unhide()) {
            changed.run();
        }
    }

    /**
     * Where a newly opened scenario of {@code steps} steps starts: before its first step in predict
     * mode (nothing to give the answers away), else at its last (the whole lesson at a glance).
     */
    int openingCursor(int steps) {
        return predict.get() ? 0 : steps;
    }

    /** The cursor moved by anything but a step forward (back, Home, End, the slider): the result shows. */
    void cursorMoved() {
        resultHidden.set(false);
    }

    /** A step forward moved the cursor from {@code before} to {@code after}: in predict mode its result is hidden. */
    private boolean steppedForward(int before, int after) {
        if (predict.get() && after > before) {
            resultHidden.set(true);
            return true;
        }
        return false;
    }

    /** Shows the hidden result; true when one was hidden. */
    private boolean unhide() {
        if (!resultHidden.get()) {
            return false;
        }
        resultHidden.set(false);
        return true;
    }

    /**
     * What the window shows at {@code cursor}: the step's frame, or while its result is hidden, the
     * frame before it with the step named and the narration asking.
     */
    TraceProjection.Frame frame(Simulation sim, int[] lwwApplied, int cursor, String selected) {
        // in predict mode no chip after the cursor tells its outcome (the next prediction's answer)
        TraceProjection.Frame f = TraceProjection.frame(sim, lwwApplied, cursor, selected, predict.get());
        if (!resultHidden.get()) {
            return f;
        }
        // everything as it was before the step (the diagram's marks would give the answer away);
        // only the step label names the step to predict
        TraceProjection.Frame before = TraceProjection.frame(sim, lwwApplied, cursor - 1, selected, true);
        return new TraceProjection.Frame(
                before.diagram(),
                before.lwwPanel(),
                before.vvPanel(),
                PREDICT_QUESTION,
                PREDICT_QUESTION,
                PREDICT_QUESTION,
                PREDICT_QUESTION,
                f.stepText() + ": predict, then reveal (R)",
                f.selectedIsWrite(),
                f.selectedIsBlind());
    }
}
