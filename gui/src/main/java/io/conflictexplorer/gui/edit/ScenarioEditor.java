package io.conflictexplorer.gui.edit;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.store.ClockScheme;

/**
 * The scenario being edited, and its history. Every change is an {@link EditCommand} on the
 * {@link UndoStack}, so undo gives back exactly the scenario before it. A drag is a
 * {@link Gesture}: it previews one command at a time, each applied to the scenario as it was when
 * the gesture began, and its commit records the last one as a single undo step (or nothing, when the
 * drag ended where it began). Plain Java, no JavaFX: the view model listens and recomputes.
 *
 * <p>What it adds gets core's fresh names (client lanes, operation ids, write values), so new things
 * are easy to tell apart on the diagram.
 */
public final class ScenarioEditor {

    /** Told after every change of the scenario or of its history. */
    public interface Listener {
        /** {@code replaced}: a whole other scenario (a preset, a file, a restore), not an edit of this one. */
        void changed(Scenario scenario, boolean replaced);
    }

    /** What an in-place edit of a write's text did. */
    public sealed interface TextEdit {
        /** The write now says what the text says (or already did). */
        record Applied() implements TextEdit {}

        /** No such write, or no text: nothing to do. */
        record NotAWrite() implements TextEdit {}

        /** The text is no write (no key, an item with spaces, ...): nothing changed, and why. */
        record Refused(String reason) implements TextEdit {}
    }

    private final UndoStack history = new UndoStack();
    private Scenario scenario;
    private Listener listener = (s, replaced) -> {};
    private Gesture gesture;

    public ScenarioEditor(Scenario initial) {
        this.scenario = initial;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    public Scenario scenario() {
        return scenario;
    }

    // ---- history -----------------------------------------------------------------------------

    /** True when there is something to undo: an edit, or a drag still open that moved something (undo records it first). */
    public boolean canUndo() {
        return history.canUndo() || openMove() != null;
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public String undoText() {
        EditCommand open = openMove();
        return open != null ? "Undo " + open.description(scenario) : history.undoText(scenario);
    }

    /** The command an open gesture has moved the scenario by, or null (none, or it is back where it began). */
    private EditCommand openMove() {
        return gesture != null && gesture.last != null && !scenario.equals(gesture.start) ? gesture.last : null;
    }

    public String redoText() {
        return history.redoText(scenario);
    }

    /** Starts over on {@code s} with an empty history (start-up, a crash restore). */
    public void reset(Scenario s) {
        closeGesture();
        history.clear();
        set(s, true);
    }

    /** Replaces the whole scenario (a preset, an opened file) in one undoable step. */
    public void replace(Scenario next, String description) {
        if (gesture != null) {
            gesture.cancel();
        }
        Scenario before = scenario;
        set(history.execute(new EditCommand.ReplaceScenario(before, next, description), before), true);
    }

    /** Applies one edit and remembers it; a gesture under way is committed first, as its own step. */
    public void execute(EditCommand command) {
        if (gesture != null) {
            gesture.commit();
        }
        set(history.execute(command, scenario), false);
    }

    public void undo() {
        if (gesture != null) {
            gesture.commit();
        }
        set(history.undo(scenario), false);
    }

    public void redo() {
        if (gesture != null) {
            gesture.commit();
        }
        set(history.redo(scenario), false);
    }

    // ---- gestures ----------------------------------------------------------------------------

    /** Begins a gesture on the scenario as it is now; one already under way is committed first. */
    public Gesture begin() {
        if (gesture != null) {
            gesture.commit();
        }
        gesture = new Gesture(scenario);
        return gesture;
    }

    /**
     * A drag in progress. {@link #preview} shows the scenario with one command applied to the
     * gesture's start (no undo step); {@link #commit} records the last previewed command as one undo
     * step when it changed anything; {@link #cancel} puts the start back. Once committed or cancelled
     * (or superseded by another edit) a gesture does nothing.
     */
    public final class Gesture {
        private final Scenario start;
        private EditCommand last;
        private boolean open = true;

        private Gesture(Scenario start) {
            this.start = start;
        }

        /** The scenario when the gesture began. */
        public Scenario start() {
            return start;
        }

        public boolean isOpen() {
            return open;
        }

        /** Shows {@code fromStart} applied to the start; null shows the start itself. */
        public void preview(EditCommand fromStart) {
            if (!open) {
                return;
            }
            last = fromStart;
            Scenario next = fromStart == null ? start : fromStart.apply(start);
            if (!next.equals(scenario)) { // a slider tick that rounds to the same value recomputes nothing
                set(next, false);
            }
        }

        /** The gesture ends where it is: one undo step, or none when the scenario is as it began. */
        public void commit() {
            if (!open) {
                return;
            }
            close();
            if (last != null && !scenario.equals(start)) {
                history.record(last);
                listener.changed(scenario, false); // the history changed
            }
        }

        /** The gesture is abandoned: the scenario is as it began. */
        public void cancel() {
            if (!open) {
                return;
            }
            close();
            if (!scenario.equals(start)) {
                set(start, false);
            }
        }

        private void close() {
            open = false;
            if (gesture == this) {
                gesture = null;
            }
        }
    }

    private void closeGesture() {
        if (gesture != null) {
            gesture.close();
        }
    }

    // ---- operations and clients --------------------------------------------------------------

    /** Adds a client lane with the first free name (core's {@link Scenario#freshClientId()}); returns it. */
    public String addClient() {
        String client = scenario.freshClientId();
        execute(new EditCommand.AddClient(client));
        return client;
    }

    /**
     * Adds a read of {@code key} on {@code client}'s lane at tick {@code time}, or the next free tick
     * of that lane ({@link Scenario#freeTime}); returns its id.
     */
    public String addRead(String client, long time, String key) {
        Operation op =
                new Operation.Read(scenario.freshId("r"), client, scenario.freeTime(client, time, null, time), key);
        execute(new EditCommand.AddOperation(op));
        return op.id();
    }

    /** Adds a write of a fresh value to {@code key}, at a free tick as {@link #addRead}; returns its id. */
    public String addWrite(String client, long time, String key) {
        Operation op = new Operation.Write(
                scenario.freshId("w"),
                client,
                scenario.freeTime(client, time, null, time),
                key,
                scenario.freshValue(),
                false);
        execute(new EditCommand.AddOperation(op));
        return op.id();
    }

    /**
     * Moves operation {@code id} by {@code ticks} on its lane (one undoable step), never before t=0;
     * onto a tick its client already uses, it hops to the next free one beyond.
     * Returns false when there is no such operation or it cannot move that way.
     */
    public boolean nudge(String id, long ticks) {
        Operation op = scenario.operation(id);
        if (op == null) {
            return false;
        }
        // one operation per tick of a lane (core's rule): a nudge onto a neighbour hops past it
        long wanted = op.time() + ticks;
        long to = scenario.freeTime(op.client(), wanted, id, wanted + ticks);
        if (to == op.time()) {
            return false;
        }
        execute(new EditCommand.MoveOperation(id, op.time(), to));
        return true;
    }

    /**
     * Removes {@code client}'s lane and its operations (one undo step). Refused (false) for the last
     * client or an unknown one: a scenario keeps a lane to add operations to.
     */
    public boolean removeClient(String client) {
        if (!scenario.clients().contains(client) || scenario.clients().size() < 2) {
            return false;
        }
        execute(new EditCommand.ReplaceScenario(scenario, scenario.withoutClient(client), "remove client " + client));
        return true;
    }

    /** Removes replica {@code id} by core's rule ({@link Scenario#withoutReplica}); false when nothing changes. */
    public boolean removeReplica(String id) {
        Scenario next = scenario.withoutReplica(id);
        if (next.equals(scenario)) {
            return false;
        }
        execute(new EditCommand.ReplaceScenario(scenario, next, "remove replica " + id));
        return true;
    }

    /** Gives the scenario a new title and narration (one undo step); false when both are as they were. */
    public boolean retitle(String title, String narration) {
        Scenario next = new Scenario(
                title.strip(), narration.strip(), scenario.clients(), scenario.operations(), scenario.topology());
        if (next.equals(scenario)) {
            return false;
        }
        execute(new EditCommand.ReplaceScenario(scenario, next, "edit the title and narration"));
        return true;
    }

    /** Deletes operation {@code id} (undo puts it back at its place in the list). */
    public void delete(String id) {
        Operation op = scenario.operation(id);
        if (op != null) {
            execute(new EditCommand.DeleteOperation(op, scenario.operations().indexOf(op)));
        }
    }

    /**
     * Edits a write in place from its text as {@link Operation.Write#edited(String)} reads it:
     * {@code key=value}, {@code key+=item} or {@code key=+item}, {@code key=merge}, or just the value.
     */
    public TextEdit editWrite(String id, String text) {
        if (!(scenario.operation(id) instanceof Operation.Write w) || text == null) {
            return new TextEdit.NotAWrite();
        }
        Operation.Write after;
        try {
            after = w.edited(text);
        } catch (IllegalArgumentException e) {
            return new TextEdit.Refused(e.getMessage());
        }
        if (!after.equals(w)) {
            execute(new EditCommand.ReplaceOperation(w, after));
        }
        return new TextEdit.Applied();
    }

    /** Edits a read's key in place; false when {@code id} is no read or the key is blank. */
    public boolean editReadKey(String id, String key) {
        if (!(scenario.operation(id) instanceof Operation.Read r)
                || key == null
                || key.strip().isEmpty()) {
            return false;
        }
        Operation.Read after = new Operation.Read(r.id(), r.client(), r.time(), key.strip());
        if (!after.equals(r)) {
            execute(new EditCommand.ReplaceOperation(r, after));
        }
        return true;
    }

    public void setBlind(String id, boolean blind) {
        if (scenario.operation(id) instanceof Operation.Write w && w.blind() != blind) {
            execute(new EditCommand.ReplaceOperation(w, w.withBlind(blind)));
        }
    }

    public void toggleBlind(String id) {
        if (scenario.operation(id) instanceof Operation.Write w) {
            setBlind(id, !w.blind());
        }
    }

    /** Sends operation {@code id} to {@code replica}. */
    public void sendTo(String id, String replica) {
        Operation op = scenario.operation(id);
        if (op != null && scenario.topology().hasReplica(replica) && !replica.equals(scenario.replicaOf(op))) {
            // the first replica is named explicitly too, so a saved file says where each operation goes
            execute(new EditCommand.ReplaceOperation(op, op.withReplica(replica)));
        }
    }

    /** The key a new operation uses: the selected operation's, else the first operation's, else x. */
    public String keyFor(String selected) {
        Operation sel = selected == null ? null : scenario.operation(selected);
        if (sel != null) {
            return sel.key();
        }
        return scenario.operations().isEmpty()
                ? "x"
                : scenario.operations().get(0).key();
    }

    // ---- the cluster -------------------------------------------------------------------------

    public void addReplica() {
        execute(ClusterEdits.addReplica(scenario.topology()));
    }

    public void setScheme(ClockScheme scheme) {
        executeIfAny(ClusterEdits.scheme(scenario.topology(), scheme));
    }

    public void setSkew(String replica, long skew) {
        executeIfAny(ClusterEdits.skew(scenario.topology(), replica, skew));
    }

    /** Cuts the link {@code a}-{@code b} at tick {@code t}, or heals it there (see {@link ClusterEdits}). */
    public void toggleLink(String a, String b, long t) {
        if (gesture != null) {
            gesture.commit(); // the cut is computed on the scenario the gesture left
        }
        executeIfAny(ClusterEdits.toggleLink(scenario.topology(), a, b, t, scenario.endTime()));
    }

    private void executeIfAny(EditCommand command) {
        if (command != null) {
            execute(command);
        }
    }

    private void set(Scenario s, boolean replaced) {
        scenario = s;
        listener.changed(s, replaced);
    }
}
