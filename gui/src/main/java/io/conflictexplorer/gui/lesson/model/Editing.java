package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.gui.edit.ChipDrag;
import io.conflictexplorer.gui.edit.ScenarioEditor;
import io.conflictexplorer.gui.edit.TopologyDrag;
import io.conflictexplorer.gui.platform.ViewCommand;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The edits the window makes to the scenario's operations and lanes, as the teacher names them:
 * add, remove, retype, mark blind, drag or nudge a chip, undo and redo. Each is one undoable command
 * of the {@link ScenarioEditor} (a drag one {@link ChipDrag} gesture); what this adds is the {@link
 * Selection} they act on and leave behind, and the commands' enabled states and texts.
 */
public final class Editing {

    private final ScenarioEditor editor;
    private final ChipDrag chipDrag;
    private final TopologyDrag topologyDrag;
    private final Selection selection;
    private final Supplier<Scenario> scenario;
    private final Problems problems;

    private final StringProperty newKey = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ViewCommand undoCommand;
    private final ViewCommand redoCommand;
    private final ViewCommand deleteCommand;
    private final ViewCommand blindCommand;

    Editing(
            ScenarioEditor editor,
            ChipDrag chipDrag,
            TopologyDrag topologyDrag,
            Selection selection,
            Supplier<Scenario> scenario,
            Problems problems) {
        this.editor = editor;
        this.chipDrag = chipDrag;
        this.topologyDrag = topologyDrag;
        this.selection = selection;
        this.scenario = scenario;
        this.problems = problems;
        undoCommand = new ViewCommand(this::undo, canUndo, undoText);
        redoCommand = new ViewCommand(this::redo, canRedo, redoText);
        deleteCommand = new ViewCommand(
                this::deleteSelected, selection.selectedProperty().isNotNull());
        blindCommand = new ViewCommand(this::toggleBlindOfSelected, selection.selectedIsWriteProperty());
    }

    // ---- commands with an enabled state ----------------------------------------------------------

    /** Undo the last edit; its text says which ("Undo move r2 to t=5"). */
    public ViewCommand undoCommand() {
        return undoCommand;
    }

    public ViewCommand redoCommand() {
        return redoCommand;
    }

    /** Delete the selected operation; enabled while one is selected. */
    public ViewCommand deleteCommand() {
        return deleteCommand;
    }

    /** Mark the selected write blind or not; enabled while a write is selected. */
    public ViewCommand blindCommand() {
        return blindCommand;
    }

    /**
     * The key new reads and writes use; blank: the selected operation's key, else the scenario's
     * first (as before there was a choice).
     */
    public StringProperty newKeyProperty() {
        return newKey;
    }

    // ---- history ---------------------------------------------------------------------------------

    /** Undoes the last edit; a drag still open (its release lost) is that edit: it is recorded, then undone. */
    public void undo() {
        endGestures();
        editor.undo();
    }

    public void redo() {
        endGestures();
        editor.redo();
    }

    /**
     * Ends every drag still open, each as one undo step: the window calls it after any release of the
     * pointer, so a drag whose own release never reached its chip or slider is still recorded.
     */
    public void endGestures() {
        chipDrag.end();
        topologyDrag.end();
    }

    // ---- lanes and operations --------------------------------------------------------------------

    /** Adds a client lane with the first free name and makes it the active lane. */
    public void addClient() {
        selection.setActiveClient(editor.addClient());
    }

    /** Adds a read on the active lane after everything else. */
    public void addRead() {
        addRead(selection.targetClient(), scenario.get().endTime() + 2);
    }

    /** Adds a write on the active lane after everything else. */
    public void addWrite() {
        addWrite(selection.targetClient(), scenario.get().endTime() + 2);
    }

    public void addRead(String client, long time) {
        selection.set(editor.addRead(client, time, keyForNew()));
    }

    public void addWrite(String client, long time) {
        selection.set(editor.addWrite(client, time, keyForNew()));
    }

    private String keyForNew() {
        String k = newKey.get() == null ? "" : newKey.get().strip();
        return k.isEmpty() || k.contains(" ") || k.contains("=") ? editor.keyFor(selection.selected()) : k;
    }

    /** Removes {@code client}'s lane and its operations (undoable); the last client stays. */
    public boolean removeClient(String client) {
        return editor.removeClient(client);
    }

    /** Removes the active lane's client (see {@link #removeClient}). */
    public boolean removeActiveClient() {
        String active = selection.activeClientProperty().get();
        return active != null && removeClient(active);
    }

    /** Sets the scenario's title and narration (undoable). */
    public boolean retitle(String newTitle, String newNarration) {
        return editor.retitle(newTitle, newNarration);
    }

    public void deleteOperation(String id) {
        if (id.equals(selection.selected())) {
            selection.set(null);
        }
        editor.delete(id);
    }

    public void deleteSelected() {
        if (selection.selected() != null) {
            deleteOperation(selection.selected());
        }
    }

    /**
     * Edits a write in place from its text ({@link ScenarioEditor#editWrite}). Returns false, and
     * reports a problem, when the text is not usable.
     */
    public boolean editWrite(String id, String text) {
        ScenarioEditor.TextEdit result = editor.editWrite(id, text);
        if (result instanceof ScenarioEditor.TextEdit.Refused refused) {
            problems.report("Cannot edit this write", refused.reason());
        }
        return result instanceof ScenarioEditor.TextEdit.Applied;
    }

    /** Edits a read's key in place. */
    public boolean editReadKey(String id, String key) {
        return editor.editReadKey(id, key);
    }

    public void setBlind(String id, boolean blind) {
        editor.setBlind(id, blind);
    }

    public void toggleBlindOfSelected() {
        if (selection.selected() != null) {
            editor.toggleBlind(selection.selected());
        }
    }

    /**
     * Moves the selected chip {@code ticks} along its lane (one undo step each); false when nothing
     * is selected or it is already at t=0.
     */
    public boolean nudgeSelected(long ticks) {
        return selection.selected() != null && editor.nudge(selection.selected(), ticks);
    }

    // ---- a chip's drag ---------------------------------------------------------------------------

    /** A chip drag starts: the scenario follows it tick by tick; {@link #endDrag()} records one move. */
    public void beginDrag(String id) {
        if (chipDrag.begin(id)) {
            selection.set(id);
        }
    }

    /** The dragged chip is over tick {@code time}; previewed in batches (see {@link ChipDrag}). */
    public void dragTo(long time) {
        chipDrag.to(time);
    }

    public void endDrag() {
        chipDrag.end();
    }

    /**
     * True when a chip's drag previews are run in the background (a scenario of thousands of
     * operations): the dragged chip then follows the pointer on its own until its preview is shown.
     */
    public boolean dragRunsAhead() {
        return chipDrag.runsAhead();
    }

    /** Puts a half-dragged chip back where it was. */
    public void cancelDrag() {
        chipDrag.cancel();
    }

    /** The editor's history changed: the undo and redo commands follow. */
    void historyChanged() {
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoText.set(editor.undoText());
        redoText.set(editor.redoText());
    }
}
