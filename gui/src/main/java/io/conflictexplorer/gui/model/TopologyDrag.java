package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Topology;

/**
 * A skew slider or a partition bar dragged, as one {@link ScenarioEditor.Gesture}: each position is
 * previewed as an {@link EditCommand.EditTopology} from the topology the drag began on, and
 * {@link #end()} records the last one as one undo step. A slider moved without a drag (a click on
 * its track, the keyboard) is an ordinary edit.
 */
final class TopologyDrag {

    private final ScenarioEditor editor;
    private ScenarioEditor.Gesture gesture;

    TopologyDrag(ScenarioEditor editor) {
        this.editor = editor;
    }

    /**
     * Sets {@code replica}'s clock skew. While {@code changing} (the thumb is held) the scenario
     * follows without an undo step; when the value stops changing the drag ends as one edit.
     */
    void skew(String replica, long skew, boolean changing) {
        Topology t = editor.scenario().topology();
        if (t.isSingle() || !t.hasReplica(replica)) {
            return;
        }
        if (t.replica(replica).skew() != skew) {
            if (changing && !active()) {
                gesture = editor.begin();
            }
            if (active()) {
                gesture.preview(ClusterEdits.skew(gesture.start().topology(), replica, skew));
            } else {
                editor.setSkew(replica, skew);
            }
        }
        if (!changing) {
            end();
        }
    }

    /** Moves partition {@code id}: {@code edge} by {@code ticks} from where it was when the drag began. */
    void partition(String id, Topology.PartitionEdge edge, long ticks) {
        Topology from =
                active() ? gesture.start().topology() : editor.scenario().topology();
        EditCommand.EditTopology move = ClusterEdits.movePartition(from, id, edge, ticks);
        if (move == null || move.after().equals(editor.scenario().topology())) {
            return;
        }
        if (!active()) {
            gesture = editor.begin();
        }
        gesture.preview(move);
    }

    /** The drag ends: what it changed becomes one undoable edit. */
    void end() {
        if (active()) {
            gesture.commit();
        }
        gesture = null;
    }

    private boolean active() {
        return gesture != null && gesture.isOpen();
    }
}
