package io.conflictexplorer.gui.edit;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;

/**
 * The cluster edits a teacher makes, each as one {@link EditCommand.EditTopology} named for the
 * Undo/Redo tooltips, or null when it would change nothing. What each edit does is core's rule
 * ({@link Topology#withReplicaAdded()}, {@link Topology#toggleLink}, {@link Topology#movePartition});
 * this class only wraps it as an undoable command, so the editor and the drag gestures share it.
 */
final class ClusterEdits {

    private ClusterEdits() {}

    static EditCommand.EditTopology addReplica(Topology before) {
        Topology after = before.withReplicaAdded();
        return new EditCommand.EditTopology(
                before,
                after,
                "add replica "
                        + after.replicas().get(after.replicas().size() - 1).id());
    }

    static EditCommand.EditTopology scheme(Topology before, ClockScheme scheme) {
        if (before.isSingle() || before.scheme() == scheme) {
            return null;
        }
        return new EditCommand.EditTopology(
                before,
                before.withScheme(scheme),
                scheme == ClockScheme.DOTTED ? "use dotted clocks" : "use naive client counters");
    }

    static EditCommand.EditTopology skew(Topology before, String replica, long skew) {
        if (before.isSingle()
                || !before.hasReplica(replica)
                || before.replica(replica).skew() == skew) {
            return null;
        }
        return new EditCommand.EditTopology(
                before, before.withSkew(replica, skew), "set " + replica + "'s skew to " + skew);
    }

    /** Cuts the link {@code a}-{@code b} at tick {@code t}, or heals it there ({@link Topology#toggleLink}). */
    static EditCommand.EditTopology toggleLink(Topology before, String a, String b, long t, long scenarioEnd) {
        Topology after = before.toggleLink(a, b, t, scenarioEnd);
        if (after.equals(before)) {
            return null;
        }
        long time = Math.max(0, t);
        String what = before.cut(a, b, time) ? "heal " : "cut ";
        return new EditCommand.EditTopology(before, after, what + a + "-" + b + " at t=" + time);
    }

    /** Partition {@code id} of {@code from} with {@code edge} moved by {@code ticks}; null when there is no such partition. */
    static EditCommand.EditTopology movePartition(Topology from, String id, Topology.PartitionEdge edge, long ticks) {
        if (from.partition(id).isEmpty()) {
            return null;
        }
        Topology after = from.movePartition(id, edge, ticks);
        NetworkEvent.Partition moved = after.partition(id).orElseThrow();
        return new EditCommand.EditTopology(
                from,
                after,
                "move the cut " + moved.a() + "-" + moved.b() + " to t=" + moved.start() + ".." + moved.end());
    }
}
