package io.conflictexplorer.gui.edit;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.gui.projection.OperationNames;

/**
 * One undoable edit of a {@link Scenario}. Scenarios are immutable, so a command is a pure function
 * pair: {@code undo(apply(s))} equals {@code s} for the scenario it was made for.
 */
public sealed interface EditCommand {

    Scenario apply(Scenario scenario);

    Scenario undo(Scenario scenario);

    /** Shown in the Undo/Redo tooltips. */
    String description();

    /** The description with operations named as the window shows them ({@link OperationNames}), in {@code current}. */
    default String description(Scenario current) {
        return description();
    }

    /** Operation {@code id} moves from {@code from} to {@code to} on its lane (a drag). */
    record MoveOperation(String id, long from, long to) implements EditCommand {
        public Scenario apply(Scenario s) {
            return s.replaceOperation(id, op -> op.withTime(to));
        }

        public Scenario undo(Scenario s) {
            return s.replaceOperation(id, op -> op.withTime(from));
        }

        public String description() {
            return "move " + id + " to t=" + to;
        }

        @Override
        public String description(Scenario current) {
            Operation op = current == null ? null : current.operation(id);
            return op == null ? description() : "move " + OperationNames.name(op) + " to t=" + to;
        }
    }

    /** A new operation, appended to the scenario's list. */
    record AddOperation(Operation operation) implements EditCommand {
        public Scenario apply(Scenario s) {
            return s.withOperation(operation);
        }

        public Scenario undo(Scenario s) {
            return s.withoutOperation(operation.id());
        }

        public String description() {
            return "add " + OperationNames.nameAt(operation);
        }
    }

    /** Deletes {@code operation}, which sat at list position {@code index} (restored there, so tie order survives). */
    record DeleteOperation(Operation operation, int index) implements EditCommand {
        public Scenario apply(Scenario s) {
            return s.withoutOperation(operation.id());
        }

        public Scenario undo(Scenario s) {
            return s.withOperation(index, operation);
        }

        public String description() {
            return "delete " + OperationNames.nameAt(operation);
        }
    }

    /** Replaces an operation by an edited copy with the same id (value, key, blind). */
    record ReplaceOperation(Operation before, Operation after) implements EditCommand {
        public ReplaceOperation {
            if (!before.id().equals(after.id())) {
                throw new IllegalArgumentException("an edit keeps the operation id");
            }
        }

        public Scenario apply(Scenario s) {
            return s.replaceOperation(before.id(), op -> after);
        }

        public Scenario undo(Scenario s) {
            return s.replaceOperation(before.id(), op -> before);
        }

        public String description() {
            return "edit " + OperationNames.name(before);
        }
    }

    /** A new, empty client lane. */
    record AddClient(String client) implements EditCommand {
        public Scenario apply(Scenario s) {
            return s.withClient(client);
        }

        public Scenario undo(Scenario s) {
            return s.withoutClient(client);
        }

        public String description() {
            return "add client " + client;
        }
    }

    /**
     * The cluster changes: a replica's skew, the clock scheme, a partition cut, healed or moved, a
     * replica added. Replica ids are only ever added, so every operation keeps its replica and
     * {@code undo} gives back the scenario the edit was made on.
     */
    record EditTopology(Topology before, Topology after, String description) implements EditCommand {
        public Scenario apply(Scenario s) {
            return s.withTopology(after);
        }

        public Scenario undo(Scenario s) {
            return s.withTopology(before);
        }
    }

    /** A whole other scenario (a preset or an opened file); undo brings the previous one back. */
    record ReplaceScenario(Scenario before, Scenario after, String description) implements EditCommand {
        public Scenario apply(Scenario s) {
            return after;
        }

        public Scenario undo(Scenario s) {
            return before;
        }
    }
}
