package io.conflictexplorer.core.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the user arranged: named clients, the operations they perform, and the {@link Topology}
 * (one store, or replicas and the network between them). An immutable value; every edit returns a
 * new scenario.
 *
 * <p>Rules: client names are unique; operation ids are unique; every operation's client is one of
 * the clients; an operation names no replica (the first) or one of the topology's; times are not
 * negative.
 *
 * <p>A client does one thing at a time, so editors keep one client's operations on distinct ticks
 * ({@link #freeTime}); the constructor does not refuse shared ticks, so older files still open.
 */
public record Scenario(
        String title, String narration, List<String> clients, List<Operation> operations, Topology topology) {

    /** A scenario on a single store. */
    public Scenario(String title, String narration, List<String> clients, List<Operation> operations) {
        this(title, narration, clients, operations, Topology.single());
    }

    public Scenario {
        topology = topology == null ? Topology.single() : topology;
        title = title == null ? "" : title;
        narration = narration == null ? "" : narration;
        clients = List.copyOf(clients);
        operations = List.copyOf(operations);
        Set<String> names = new HashSet<>();
        for (String c : clients) {
            if (c == null || c.isBlank()) {
                throw new IllegalArgumentException("client names must not be empty");
            }
            if (!names.add(c)) {
                throw new IllegalArgumentException("client " + c + " appears twice");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Operation op : operations) {
            if (!ids.add(op.id())) {
                throw new IllegalArgumentException("operation id " + op.id() + " appears twice");
            }
            if (!names.contains(op.client())) {
                throw new IllegalArgumentException(
                        "operation " + op.id() + " belongs to unknown client " + op.client());
            }
            if (op.time() < 0) {
                throw new IllegalArgumentException("operation " + op.id() + " has negative time " + op.time());
            }
            if (op.replica() != null && !topology.hasReplica(op.replica())) {
                throw new IllegalArgumentException("operation " + op.id() + " goes to unknown replica " + op.replica());
            }
        }
    }

    /** The replica {@code op} goes to. */
    public String replicaOf(Operation op) {
        return op.replica() != null ? op.replica() : topology.defaultReplica();
    }

    /** This scenario on another topology (operations naming a replica it lacks go to its first). */
    public Scenario withTopology(Topology topology) {
        List<Operation> ops = new ArrayList<>();
        for (Operation op : operations) {
            ops.add(op.replica() != null && !topology.hasReplica(op.replica()) ? op.withReplica(null) : op);
        }
        return new Scenario(title, narration, clients, ops, topology);
    }

    /** An empty scenario with the given clients. */
    public static Scenario of(String title, List<String> clients) {
        return new Scenario(title, "", clients, List.of());
    }

    /** The operation with {@code id}, or null. */
    public Operation operation(String id) {
        for (Operation op : operations) {
            if (op.id().equals(id)) {
                return op;
            }
        }
        return null;
    }

    /** This scenario with one more client. */
    public Scenario withClient(String client) {
        List<String> c = new ArrayList<>(clients);
        c.add(client);
        return new Scenario(title, narration, c, operations, topology);
    }

    /**
     * This scenario without replica {@code id} ({@link Topology#withoutReplica}); its operations
     * go to the first replica left, so no client's work disappears with a server.
     */
    public Scenario withoutReplica(String id) {
        return withTopology(topology.withoutReplica(id));
    }

    /** This scenario without {@code client} and its operations. */
    public Scenario withoutClient(String client) {
        List<String> c = new ArrayList<>(clients);
        c.remove(client);
        List<Operation> ops = new ArrayList<>();
        for (Operation op : operations) {
            if (!op.client().equals(client)) {
                ops.add(op);
            }
        }
        return new Scenario(title, narration, c, ops, topology);
    }

    /** This scenario with {@code op} appended. */
    public Scenario withOperation(Operation op) {
        List<Operation> ops = new ArrayList<>(operations);
        ops.add(op);
        return new Scenario(title, narration, clients, ops, topology);
    }

    /** This scenario with {@code op} inserted at list position {@code index}. */
    public Scenario withOperation(int index, Operation op) {
        List<Operation> ops = new ArrayList<>(operations);
        ops.add(index, op);
        return new Scenario(title, narration, clients, ops, topology);
    }

    /** This scenario without the operation {@code id}. */
    public Scenario withoutOperation(String id) {
        List<Operation> ops = new ArrayList<>(operations);
        ops.removeIf(op -> op.id().equals(id));
        return new Scenario(title, narration, clients, ops, topology);
    }

    /** This scenario with operation {@code id} replaced by {@code change} applied to it. */
    public Scenario replaceOperation(String id, UnaryOperator<Operation> change) {
        List<Operation> ops = new ArrayList<>(operations.size());
        boolean found = false;
        for (Operation op : operations) {
            if (op.id().equals(id)) {
                ops.add(Objects.requireNonNull(change.apply(op)));
                found = true;
            } else {
                ops.add(op);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no operation " + id);
        }
        return new Scenario(title, narration, clients, ops, topology);
    }

    /**
     * The tick nearest to {@code wanted} where {@code client} does nothing else (operation
     * {@code moving}, or null for a new one, is not counted): {@code wanted} when free, else the
     * nearest free tick on the side of {@code from} (where a dragged operation comes from, so it
     * stops in front of a neighbour until it is pulled past it), else the other side. Never
     * negative. A client does one thing at a time, and two operations on one tick of one lane
     * would hide each other on the diagram.
     */
    public long freeTime(String client, long wanted, String moving, long from) {
        Set<Long> taken = new HashSet<>();
        for (Operation op : operations) {
            if (op.client().equals(client) && !op.id().equals(moving)) {
                taken.add(op.time());
            }
        }
        long t = Math.max(0, wanted);
        if (!taken.contains(t)) {
            return t;
        }
        long step = from < t ? -1 : 1;
        for (long c = t + step; c >= 0; c += step) {
            if (!taken.contains(c)) {
                return c;
            }
        }
        for (long c = t - step; ; c -= step) { // only reached going down to 0: look up
            if (!taken.contains(c)) {
                return c;
            }
        }
    }

    /** An operation id not used yet, starting with {@code prefix}. */
    public String freshId(String prefix) {
        Set<String> used = new HashSet<>();
        for (Operation op : operations) {
            used.add(op.id());
        }
        for (int i = 1; ; i++) {
            String id = prefix + i;
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    /** A client name not used yet: {@code c1}, {@code c2}, ..., the first free. */
    public String freshClientId() {
        for (int i = 1; ; i++) {
            if (!clients.contains("c" + i)) {
                return "c" + i;
            }
        }
    }

    /**
     * A value no write has yet: the first free letter {@code a..z}, then {@code v1}, {@code v2}, ...,
     * so new writes are easy to tell apart in the panels.
     */
    public String freshValue() {
        Set<String> used = new HashSet<>();
        for (Operation op : operations) {
            if (op instanceof Operation.Write w) {
                used.add(w.value());
            }
        }
        for (char c = 'a'; c <= 'z'; c++) {
            if (!used.contains(String.valueOf(c))) {
                return String.valueOf(c);
            }
        }
        for (int i = 1; ; i++) {
            if (!used.contains("v" + i)) {
                return "v" + i;
            }
        }
    }

    /** The latest time anything is scheduled (operations, messages, partitions healing), 0 if nothing is. */
    public long endTime() {
        long end = 0;
        for (Operation op : operations) {
            end = Math.max(end, op.time());
        }
        for (NetworkEvent e : topology.network()) {
            if (e instanceof NetworkEvent.Message m) {
                end = Math.max(end, m.deliverTime());
            } else if (e instanceof NetworkEvent.Partition p) {
                end = Math.max(end, p.end());
            }
        }
        return end;
    }
}
