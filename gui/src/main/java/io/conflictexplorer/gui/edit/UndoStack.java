package io.conflictexplorer.gui.edit;

import io.conflictexplorer.core.sim.Scenario;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Done and undone {@link EditCommand}s; a new command clears the redo side. Plain Java: the view
 * model turns {@link #canUndo()} and the texts into properties after each edit.
 */
public final class UndoStack {

    /** Enough for a lesson; the oldest edits fall off so memory stays bounded. */
    static final int LIMIT = 500;

    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();

    /** Applies {@code command} to {@code scenario} and remembers it. */
    public Scenario execute(EditCommand command, Scenario scenario) {
        Scenario next = command.apply(scenario);
        record(command);
        return next;
    }

    /** Remembers a command whose effect is already in place (a gesture previewed step by step). */
    public void record(EditCommand command) {
        done.push(command);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
    }

    public Scenario undo(Scenario scenario) {
        if (done.isEmpty()) {
            return scenario;
        }
        EditCommand c = done.pop();
        undone.push(c);
        return c.undo(scenario);
    }

    public Scenario redo(Scenario scenario) {
        if (undone.isEmpty()) {
            return scenario;
        }
        EditCommand c = undone.pop();
        done.push(c);
        return c.apply(scenario);
    }

    public void clear() {
        done.clear();
        undone.clear();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** "Undo " and what the next undo takes back, for the tooltip. */
    public String undoText() {
        return undoText(null);
    }

    /** As {@link #undoText()}, operations named as they are in {@code current}. */
    public String undoText(Scenario current) {
        return done.isEmpty() ? "Undo" : "Undo " + done.peek().description(current);
    }

    public String redoText() {
        return redoText(null);
    }

    public String redoText(Scenario current) {
        return undone.isEmpty() ? "Redo" : "Redo " + undone.peek().description(current);
    }
}
