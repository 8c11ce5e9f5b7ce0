package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Scenario;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Done and undone {@link EditCommand}s; a new command clears the redo side. */
public final class UndoStack {

    /** Enough for a lesson; the oldest edits fall off so memory stays bounded. */
    static final int LIMIT = 500;

    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    /** Applies {@code command} to {@code scenario} and remembers it. */
    public Scenario execute(EditCommand command, Scenario scenario) {
        Scenario next = command.apply(scenario);
        record(command);
        return next;
    }

    /** Remembers a command whose effect is already in place (a drag previewed tick by tick). */
    public void record(EditCommand command) {
        done.push(command);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    public Scenario undo(Scenario scenario) {
        if (done.isEmpty()) {
            return scenario;
        }
        EditCommand c = done.pop();
        undone.push(c);
        update();
        return c.undo(scenario);
    }

    public Scenario redo(Scenario scenario) {
        if (undone.isEmpty()) {
            return scenario;
        }
        EditCommand c = undone.pop();
        done.push(c);
        update();
        return c.apply(scenario);
    }

    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoText.set(done.isEmpty() ? "Undo" : "Undo " + done.peek().description());
        redoText.set(undone.isEmpty() ? "Redo" : "Redo " + undone.peek().description());
    }
}
