package io.conflictexplorer.gui.lesson.view;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Knows when the pointer holds a gesture anywhere in the window (the primary button pressed and
 * not yet released: a chip, a partition bar, a slider's thumb), so that nothing lays the window out
 * again under it: a new layout mid-drag moved the slider's track under its thumb, and re-parenting
 * the diagram made JavaFX hand the rest of a chip's drag, and its release, to the split pane.
 *
 * <p>It watches the scene's events before any node does (event filters), so it sees every press
 * and release whatever node they go to. After each release it ends every drag the view model still
 * has open ({@code released}, after the node's own release handler), so a drag whose release never
 * reached its node is still one undo step. A release can also be lost outright (the window lost
 * the pointer's grab): a pointer moving with no button down, or the window losing the focus, means
 * the gesture is over all the same.
 */
final class GestureGuard {

    private final ReadOnlyBooleanWrapper held = new ReadOnlyBooleanWrapper(false);
    private final Runnable released;

    /** @param released ends whatever drags are still open (the view model's, as one undo step each) */
    GestureGuard(Runnable released) {
        this.released = released;
    }

    /** True while the primary button is held in the window. */
    ReadOnlyBooleanProperty heldProperty() {
        return held.getReadOnlyProperty();
    }

    void attach(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                held.set(true);
            }
        });
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!e.isPrimaryButtonDown()) {
                release();
            }
        });
        // any event that says the button is up while a gesture is held: its release never came
        scene.addEventFilter(MouseEvent.ANY, e -> {
            if (held.get() && !e.isPrimaryButtonDown() && e.getEventType() != MouseEvent.MOUSE_RELEASED) {
                release();
            }
        });
        scene.windowProperty().addListener((obs, was, now) -> {
            if (now != null) {
                now.focusedProperty().addListener((o, had, has) -> {
                    if (!has) {
                        release();
                    }
                });
            }
        });
    }

    private void release() {
        if (!held.get()) {
            return;
        }
        // the drags end after the node's own release handler has run (it may preview the last tick first)
        Platform.runLater(released);
        held.set(false);
    }
}
