package io.conflictexplorer.core.sim;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Something the network does in a scenario: one message, a partition of one link, or a replica's data loss. */
public sealed interface NetworkEvent {

    String id();

    /** The replicas it involves. */
    List<String> ends();

    /** What happens to a message. */
    enum Fate {
        DELIVER,
        DROP,
        DUPLICATE;

        /** The fate named exactly {@code deliver}, {@code drop} or {@code duplicate}, as scenario files spell them. */
        public static Fate parse(String name) {
            for (Fate f : values()) {
                if (f.wireName().equals(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(
                    "fate must be deliver, drop or duplicate, was " + (name == null ? "null" : "\"" + name + "\""));
        }

        /** The name scenario files use: {@code deliver}, {@code drop} or {@code duplicate}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Replica {@code from} sends its whole state to {@code to} at {@code sendTime}; it arrives at
     * {@code deliverTime} (twice if duplicated, never if dropped or if the link is cut).
     */
    record Message(String id, String from, String to, long sendTime, long deliverTime, Fate fate)
            implements NetworkEvent {
        public Message {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fate, "fate");
            if (from.equals(to)) {
                throw new IllegalArgumentException("message " + id + " goes from " + from + " to itself");
            }
            if (sendTime < 0 || deliverTime < sendTime) {
                throw new IllegalArgumentException("message " + id + " must arrive after it is sent");
            }
        }

        @Override
        public List<String> ends() {
            return List.of(from, to);
        }
    }

    /**
     * Replica {@code replica} loses everything it stored at {@code time} and restarts empty (a
     * failed disk, a wiped backend: Riak's KV679). With {@code newActor} it takes a new actor id
     * for its clock entries ({@code n1#2}, Riak's fix: an epoch per incarnation); without, it
     * counts its entries from 1 again under its old id, giving new writes events others have seen.
     */
    record DataLoss(String id, String replica, long time, boolean newActor) implements NetworkEvent {
        public DataLoss {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(replica, "replica");
            if (time < 0) {
                throw new IllegalArgumentException("data loss " + id + " has negative time " + time);
            }
        }

        @Override
        public List<String> ends() {
            return List.of(replica);
        }
    }

    /** The link between {@code a} and {@code b} is cut from {@code start} until it heals at {@code end}. */
    record Partition(String id, String a, String b, long start, long end) implements NetworkEvent {
        public Partition {
            Objects.requireNonNull(id, "id");
            if (a.equals(b)) {
                throw new IllegalArgumentException("partition " + id + " cuts " + a + " from itself");
            }
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("partition " + id + " must heal after it starts");
            }
        }

        public boolean separates(String x, String y) {
            return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
        }

        public Partition withEnd(long end) {
            return new Partition(id, a, b, start, end);
        }

        @Override
        public List<String> ends() {
            return List.of(a, b);
        }
    }
}
