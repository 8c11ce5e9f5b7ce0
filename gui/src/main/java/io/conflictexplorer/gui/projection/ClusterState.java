package io.conflictexplorer.gui.projection;

import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cluster controls show: the replicas with their clock skews, the clock scheme, and every
 * link with whether it is cut at the time cursor. Empty replicas for a single store (no controls).
 * Read off the scenario's topology, so the views never see core's {@link Topology}.
 *
 * @param replicas in the topology's order
 * @param links    one per pair of replicas, in order (n1-n2, n1-n3, n2-n3, ...)
 */
public record ClusterState(List<Replica> replicas, ClockScheme scheme, List<Link> links) {

    /** A single store: nothing to show. */
    public static final ClusterState SINGLE = new ClusterState(List.of(), ClockScheme.DOTTED, List.of());

    /** A replica and how many ticks its clock runs ahead (negative: behind). */
    public record Replica(String id, long skew) {}

    /** The link between replicas {@code a} and {@code b}, and whether a partition cuts it at the cursor. */
    public record Link(String a, String b, boolean cut) {}

    public ClusterState {
        replicas = List.copyOf(replicas);
        links = List.copyOf(links);
    }

    /** The cluster state of {@code t} with the time cursor on tick {@code cursorTick}. */
    public static ClusterState of(Topology t, long cursorTick) {
        if (t.isSingle()) {
            return SINGLE;
        }
        List<Replica> replicas = new ArrayList<>();
        for (Topology.ReplicaSpec r : t.replicas()) {
            replicas.add(new Replica(r.id(), r.skew()));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < replicas.size(); i++) {
            for (int j = i + 1; j < replicas.size(); j++) {
                String a = replicas.get(i).id();
                String b = replicas.get(j).id();
                links.add(new Link(a, b, t.cut(a, b, cursorTick)));
            }
        }
        return new ClusterState(replicas, t.scheme(), links);
    }

    public boolean isCluster() {
        return !replicas.isEmpty();
    }

    /** The safe scheme: every write carries a dot, so equal clocks stay two siblings. */
    public boolean dottedClocks() {
        return scheme == ClockScheme.DOTTED;
    }

    public List<String> replicaIds() {
        return replicas.stream().map(Replica::id).toList();
    }
}
