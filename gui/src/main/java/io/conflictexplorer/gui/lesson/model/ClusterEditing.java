package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.gui.edit.ScenarioEditor;
import io.conflictexplorer.gui.edit.TopologyDrag;
import java.util.function.LongSupplier;

/**
 * The edits the cluster bar and the diagram make to where the scenario runs: replicas added and
 * removed, operations sent to a replica, the clock scheme, skews, and the links cut and healed
 * (partitions, dragged whole or by an edge). Each is one undoable command of the {@link
 * ScenarioEditor}; a slider or partition drag is one {@link TopologyDrag} gesture.
 */
public final class ClusterEditing {

    private final ScenarioEditor editor;
    private final TopologyDrag topologyDrag;
    private final LongSupplier cursorTick;

    /** @param cursorTick the tick the time cursor stands on, where a link is cut or healed */
    ClusterEditing(ScenarioEditor editor, TopologyDrag topologyDrag, LongSupplier cursorTick) {
        this.editor = editor;
        this.topologyDrag = topologyDrag;
        this.cursorTick = cursorTick;
    }

    /** Sends operation {@code id} to {@code replica} (one undoable edit). */
    public void sendTo(String id, String replica) {
        editor.sendTo(id, replica);
    }

    /**
     * Adds a replica: a single store becomes two replicas n1 and n2 gossiping every 4 ticks (its
     * operations stay on n1); a cluster gets one more, n3, n4, ...
     */
    public void addReplica() {
        editor.addReplica();
    }

    /** Removes a replica (undoable); its operations go to the first replica left, and two become one store. */
    public boolean removeReplica(String replica) {
        return editor.removeReplica(replica);
    }

    public void setScheme(ClockScheme scheme) {
        editor.setScheme(scheme);
    }

    /** Dotted clocks (safe) when {@code dotted}, else the naive per-client counters. */
    public void useDottedClocks(boolean dotted) {
        setScheme(dotted ? ClockScheme.DOTTED : ClockScheme.CLIENT_COUNTERS);
    }

    /**
     * Sets {@code replica}'s clock skew. While {@code changing} (a slider drag) the scenario follows
     * without an undo step; the value it ends on is recorded as one edit.
     */
    public void setSkew(String replica, long skew, boolean changing) {
        topologyDrag.skew(replica, skew, changing);
    }

    /** Cuts the link between {@code a} and {@code b} at tick {@code t}, or heals it there. */
    public void toggleLink(String a, String b, long t) {
        topologyDrag.end();
        editor.toggleLink(a, b, t);
    }

    /** Cuts or heals the link at the time cursor: the tick of the last applied event. */
    public void toggleLinkAtCursor(String a, String b) {
        toggleLink(a, b, cursorTick.getAsLong());
    }

    /** Partition {@code id}'s start is dragged {@code ticks} from where it was; {@link #endTopologyDrag()} records it. */
    public void dragPartitionStart(String id, long ticks) {
        topologyDrag.partition(id, Topology.PartitionEdge.START, ticks);
    }

    /** Partition {@code id}'s end is dragged {@code ticks} from where it was. */
    public void dragPartitionEnd(String id, long ticks) {
        topologyDrag.partition(id, Topology.PartitionEdge.END, ticks);
    }

    /** Partition {@code id} is dragged whole, {@code ticks} from where it was. */
    public void dragPartition(String id, long ticks) {
        topologyDrag.partition(id, Topology.PartitionEdge.WHOLE, ticks);
    }

    /** Ends a skew-slider or partition drag: what it changed becomes one undoable edit. */
    public void endTopologyDrag() {
        topologyDrag.end();
    }
}
