package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.store.ClockScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The replicas a scenario runs on and the network between them.
 *
 * <p>Rules: replica ids are unique; every replica reads true time plus its {@code skew} for its
 * last-writer-wins timestamps. When {@code gossipInterval} is above 0, every replica sends its whole
 * state to every other replica at each multiple of the interval (until the scenario is quiet),
 * arriving {@code gossipDelay} ticks later. Explicit {@link NetworkEvent.Message}s add single
 * messages that may be dropped or duplicated; a {@link NetworkEvent.Partition} cuts the link between
 * two replicas for a while: a message is lost if its link is cut when it is sent or when it would
 * arrive.
 */
public record Topology(
        List<ReplicaSpec> replicas,
        ClockScheme scheme,
        long gossipInterval,
        long gossipDelay,
        List<NetworkEvent> network) {

    /** The store of a single-replica scenario. */
    public static final String SINGLE = "store";

    /** One replica and its clock skew in ticks (positive: its clock runs ahead). */
    public record ReplicaSpec(String id, long skew) {
        public ReplicaSpec {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("replica ids must not be empty");
            }
        }

        public ReplicaSpec withSkew(long skew) {
            return new ReplicaSpec(id, skew);
        }
    }

    public Topology {
        replicas = List.copyOf(replicas);
        network = List.copyOf(network);
        Objects.requireNonNull(scheme, "scheme");
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one replica");
        }
        if (gossipInterval < 0 || gossipDelay < 0) {
            throw new IllegalArgumentException("gossip interval and delay must not be negative");
        }
        Set<String> ids = new HashSet<>();
        for (ReplicaSpec r : replicas) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("replica " + r.id() + " appears twice");
            }
        }
        Set<String> eventIds = new HashSet<>();
        for (NetworkEvent e : network) {
            if (!eventIds.add(e.id())) {
                throw new IllegalArgumentException("network event id " + e.id() + " appears twice");
            }
            for (String end : e.ends()) {
                if (!ids.contains(end)) {
                    throw new IllegalArgumentException("network event " + e.id() + " names unknown replica " + end);
                }
            }
        }
    }

    /** One store, no network: the classic single-node demo. */
    public static Topology single() {
        return new Topology(List.of(new ReplicaSpec(SINGLE, 0)), ClockScheme.DOTTED, 0, 0, List.of());
    }

    /** {@code n} replicas {@code n1..nN} without skew, gossiping every {@code interval} ticks. */
    public static Topology cluster(int n, long interval, long delay) {
        List<ReplicaSpec> rs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rs.add(new ReplicaSpec("n" + i, 0));
        }
        return new Topology(rs, ClockScheme.DOTTED, interval, delay, List.of());
    }

    public boolean isSingle() {
        return replicas.size() == 1 && network.isEmpty();
    }

    /** The replica operations go to when they name none. */
    public String defaultReplica() {
        return replicas.get(0).id();
    }

    public boolean hasReplica(String id) {
        return replicas.stream().anyMatch(r -> r.id().equals(id));
    }

    public ReplicaSpec replica(String id) {
        return replicas.stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no replica " + id));
    }

    /** True when the link between {@code a} and {@code b} is cut at time {@code t}. */
    public boolean cut(String a, String b, long t) {
        for (NetworkEvent e : network) {
            if (e instanceof NetworkEvent.Partition p && p.separates(a, b) && t >= p.start() && t < p.end()) {
                return true;
            }
        }
        return false;
    }

    public Topology withScheme(ClockScheme scheme) {
        return new Topology(replicas, scheme, gossipInterval, gossipDelay, network);
    }

    public Topology withReplicas(List<ReplicaSpec> replicas) {
        return new Topology(replicas, scheme, gossipInterval, gossipDelay, network);
    }

    public Topology withSkew(String replica, long skew) {
        List<ReplicaSpec> rs = new ArrayList<>();
        for (ReplicaSpec r : replicas) {
            rs.add(r.id().equals(replica) ? r.withSkew(skew) : r);
        }
        return withReplicas(rs);
    }

    public Topology withNetwork(List<NetworkEvent> network) {
        return new Topology(replicas, scheme, gossipInterval, gossipDelay, network);
    }

    public Topology withGossip(long interval, long delay) {
        return new Topology(replicas, scheme, interval, delay, network);
    }
}
