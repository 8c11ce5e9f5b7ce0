package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.scheme.VclockPruning;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * arrive. A {@link NetworkEvent.DataLoss} empties one replica. {@code pruning}, when not null, is how
 * the version vector schemes prune new clocks ({@link VclockPruning}; null: never).
 */
public record Topology(
        List<ReplicaSpec> replicas,
        ClockScheme scheme,
        long gossipInterval,
        long gossipDelay,
        List<NetworkEvent> network,
        VclockPruning pruning) {

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

    /** A topology whose clocks are never pruned. */
    public Topology(
            List<ReplicaSpec> replicas,
            ClockScheme scheme,
            long gossipInterval,
            long gossipDelay,
            List<NetworkEvent> network) {
        this(replicas, scheme, gossipInterval, gossipDelay, network, null);
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

    /**
     * True when a write's dot (its replica and that replica's sequence number) decides which stored values are
     * the same write: replicas merging on dotted clocks. A single store never merges, and the naive
     * scheme takes the clock for the identity, so there the dot decides nothing.
     */
    public boolean dotsDecideIdentity() {
        return !isSingle() && scheme == ClockScheme.DOTTED;
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
        return new Topology(replicas, scheme, gossipInterval, gossipDelay, network, pruning);
    }

    /** This topology with clocks pruned by {@code pruning} (null: never). */
    public Topology withPruning(VclockPruning pruning) {
        return new Topology(replicas, scheme, gossipInterval, gossipDelay, network, pruning);
    }

    public Topology withReplicas(List<ReplicaSpec> replicas) {
        return new Topology(replicas, scheme, gossipInterval, gossipDelay, network, pruning);
    }

    public Topology withSkew(String replica, long skew) {
        List<ReplicaSpec> rs = new ArrayList<>();
        for (ReplicaSpec r : replicas) {
            rs.add(r.id().equals(replica) ? r.withSkew(skew) : r);
        }
        return withReplicas(rs);
    }

    public Topology withNetwork(List<NetworkEvent> network) {
        return new Topology(replicas, scheme, gossipInterval, gossipDelay, network, pruning);
    }

    /** Which part of a partition a move shifts. */
    public enum PartitionEdge {
        /** The start: the partition begins earlier or later, at least one tick before it heals. */
        START,
        /** The end: it heals earlier or later, at least one tick after it starts. */
        END,
        /** Both: it moves as a whole, keeping its length, never before tick 0. */
        WHOLE
    }

    /** The partition named {@code id}, if there is one. */
    public Optional<NetworkEvent.Partition> partition(String id) {
        for (NetworkEvent e : network) {
            if (e instanceof NetworkEvent.Partition p && p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * This topology with one more replica. A single store becomes two replicas {@code n1} (keeping
     * the store's skew) and {@code n2} gossiping every 4 ticks with a delay of 1, so a scenario grows
     * into a cluster without further settings; a cluster gets {@code nK}, the first free K from its
     * size plus one, with no skew.
     */
    public Topology withReplicaAdded() {
        if (isSingle()) {
            return new Topology(
                    List.of(new ReplicaSpec("n1", replicas.get(0).skew()), new ReplicaSpec("n2", 0)),
                    scheme,
                    4,
                    1,
                    List.of(),
                    pruning);
        }
        int i = replicas.size() + 1;
        while (hasReplica("n" + i)) {
            i++;
        }
        List<ReplicaSpec> rs = new ArrayList<>(replicas);
        rs.add(new ReplicaSpec("n" + i, 0));
        return withReplicas(rs);
    }

    /**
     * This topology without replica {@code id}, the inverse of {@link #withReplicaAdded()}: the
     * network events that name it go too (a cut link needs both ends), and a cluster left with one
     * replica becomes the single store again, keeping that replica's skew and the scheme. Unchanged
     * for a single store (a scenario needs a replica) or an unknown id. The operations sent to it
     * are the scenario's business ({@link Scenario#withoutReplica}).
     */
    public Topology withoutReplica(String id) {
        if (isSingle() || !hasReplica(id)) {
            return this;
        }
        List<ReplicaSpec> rs = new ArrayList<>();
        for (ReplicaSpec r : replicas) {
            if (!r.id().equals(id)) {
                rs.add(r);
            }
        }
        if (rs.size() == 1) {
            return new Topology(List.of(new ReplicaSpec(SINGLE, rs.get(0).skew())), scheme, 0, 0, List.of(), pruning);
        }
        List<NetworkEvent> kept = new ArrayList<>();
        for (NetworkEvent e : network) {
            if (!e.ends().contains(id)) {
                kept.add(e);
            }
        }
        return new Topology(rs, scheme, gossipInterval, gossipDelay, kept, pruning);
    }

    /**
     * Cuts the link between {@code a} and {@code b} at tick {@code t} (0 if negative), or heals it
     * there when it is {@link #cut cut} at {@code t}: a partition that has not started by then is
     * removed, one under way ends at {@code t}. A new cut, named {@code pK} with the first free K,
     * lasts until the link's next partition starts, or 10 ticks past {@code scenarioEnd} (the
     * scenario's end time), so it always heals where the user can see it. Unchanged for a single
     * store, an unknown replica or {@code a} equal to {@code b}.
     */
    public Topology toggleLink(String a, String b, long t, long scenarioEnd) {
        if (a.equals(b) || !hasReplica(a) || !hasReplica(b) || isSingle()) {
            return this;
        }
        long time = Math.max(0, t);
        List<NetworkEvent> net = new ArrayList<>(network);
        for (int i = 0; i < net.size(); i++) {
            if (net.get(i) instanceof NetworkEvent.Partition p
                    && p.separates(a, b)
                    && time >= p.start()
                    && time < p.end()) {
                if (time <= p.start()) {
                    net.remove(i);
                } else {
                    net.set(i, p.withEnd(time));
                }
                return withNetwork(net);
            }
        }
        long end = Math.max(scenarioEnd, time) + 10;
        for (NetworkEvent e : net) {
            if (e instanceof NetworkEvent.Partition p && p.separates(a, b) && p.start() > time) {
                end = Math.min(end, p.start());
            }
        }
        Set<String> ids = new HashSet<>();
        net.forEach(e -> ids.add(e.id()));
        int n = 1;
        while (ids.contains("p" + n)) {
            n++;
        }
        net.add(new NetworkEvent.Partition("p" + n, a, b, time, end));
        return withNetwork(net);
    }

    /**
     * Shifts partition {@code id}'s {@code edge} by {@code ticks} (see {@link PartitionEdge} for the
     * limits); unchanged when there is no such partition.
     */
    public Topology movePartition(String id, PartitionEdge edge, long ticks) {
        Optional<NetworkEvent.Partition> found = partition(id);
        if (found.isEmpty()) {
            return this;
        }
        NetworkEvent.Partition p = found.get();
        long start = p.start();
        long end = p.end();
        switch (edge) {
            case START -> start = Math.max(0, Math.min(p.start() + ticks, p.end() - 1));
            case END -> end = Math.max(p.start() + 1, p.end() + ticks);
            case WHOLE -> {
                long d = Math.max(-p.start(), ticks);
                start = p.start() + d;
                end = p.end() + d;
            }
        }
        NetworkEvent.Partition moved = new NetworkEvent.Partition(p.id(), p.a(), p.b(), start, end);
        List<NetworkEvent> net = new ArrayList<>();
        for (NetworkEvent e : network) {
            net.add(e.id().equals(id) ? moved : e);
        }
        return withNetwork(net);
    }
}
