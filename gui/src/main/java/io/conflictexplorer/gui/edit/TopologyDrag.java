package io.conflictexplorer.gui.edit;

import io.conflictexplorer.core.sim.Topology;
import java.util.concurrent.Executor;

/**
 * A skew slider or a partition bar dragged, as one {@link ScenarioEditor.Gesture}: each position is
 * previewed as an {@link EditCommand.EditTopology} from the topology the drag began on, batched like
 * a chip drag ({@link LatestOnly}), and {@link #end()} records the last one as one undo step. A
 * slider moved without a drag (a click on its track, the keyboard) is an ordinary edit.
 */
public final class TopologyDrag {

    private final ScenarioEditor editor;
    private final LatestOnly previews;
    private ScenarioEditor.Gesture gesture;

    public TopologyDrag(ScenarioEditor editor, Executor scheduler) {
        this.editor = editor;
        this.previews = new LatestOnly(scheduler);
    }

    /**
     * Sets {@code replica}'s clock skew. While {@code changing} (the thumb is held) the scenario
     * follows without an undo step; when the value stops changing the drag ends as one edit.
     */
    public void skew(String replica, long skew, boolean changing) {
        Topology t = editor.scenario().topology();
        if (t.isSingle() || !t.hasReplica(replica)) {
            return;
        }
        if (changing && !active() && t.replica(replica).skew() != skew) {
            gesture = editor.begin();
        }
        if (active()) {
            ScenarioEditor.Gesture g = gesture;
            previews.submit(() -> g.preview(ClusterEdits.skew(g.start().topology(), replica, skew)));
        } else if (!changing) {
            editor.setSkew(replica, skew);
        }
        if (!changing) {
            end();
        }
    }

    /** Moves partition {@code id}: {@code edge} by {@code ticks} from where it was when the drag began. */
    public void partition(String id, Topology.PartitionEdge edge, long ticks) {
        Topology from =
                active() ? gesture.start().topology() : editor.scenario().topology();
        EditCommand.EditTopology move = ClusterEdits.movePartition(from, id, edge, ticks);
        if (move == null) {
            return;
        }
        if (!active()) {
            if (move.after().equals(from)) {
                return; // not moved yet: no gesture
            }
            gesture = editor.begin();
        }
        ScenarioEditor.Gesture g = gesture;
        previews.submit(() -> g.preview(move));
    }

    /** The drag ends: what it changed becomes one undoable edit. */
    public void end() {
        previews.flush();
        if (active()) {
            gesture.commit();
        }
        gesture = null;
    }

    private boolean active() {
        return gesture != null && gesture.isOpen();
    }
}
