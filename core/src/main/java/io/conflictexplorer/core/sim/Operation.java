package io.conflictexplorer.core.sim;

import java.util.Objects;

/**
 * One thing a client does in a {@link Scenario}, at a point on the time axis. Operations are applied
 * in order of {@code time}; equal times keep their order in the scenario.
 */
public sealed interface Operation {

    /** Unique within a scenario. */
    String id();

    /** The client that performs it. */
    String client();

    /** When it reaches the store, in ticks. */
    long time();

    /** The key it reads or writes. */
    String key();

    /** The replica it is sent to, or null for the scenario's first replica. */
    String replica();

    /** The same operation sent to another replica (null: the first). */
    Operation withReplica(String replica);

    /** The same operation at another time. */
    Operation withTime(long time);

    /** A read of {@code key}; the client remembers what it saw as the context of its next write. */
    record Read(String id, String client, long time, String key, String replica) implements Operation {
        public Read {
            requireFields(id, client, key);
        }

        /** A read sent to the scenario's first replica. */
        public Read(String id, String client, long time, String key) {
            this(id, client, time, key, null);
        }

        @Override
        public Read withTime(long time) {
            return new Read(id, client, time, key, replica);
        }

        @Override
        public Read withReplica(String replica) {
            return new Read(id, client, time, key, replica);
        }
    }

    /**
     * A write of {@code value} to {@code key}. It carries the context of its client's last read of
     * the key, unless it is {@code blind}: then it carries no context at all.
     */
    record Write(String id, String client, long time, String key, String value, boolean blind, String replica)
            implements Operation {
        public Write {
            requireFields(id, client, key);
            Objects.requireNonNull(value, "value");
        }

        /** A write sent to the scenario's first replica. */
        public Write(String id, String client, long time, String key, String value, boolean blind) {
            this(id, client, time, key, value, blind, null);
        }

        @Override
        public Write withTime(long time) {
            return new Write(id, client, time, key, value, blind, replica);
        }

        @Override
        public Write withReplica(String replica) {
            return new Write(id, client, time, key, value, blind, replica);
        }

        public Write withValue(String value) {
            return new Write(id, client, time, key, value, blind, replica);
        }

        public Write withKey(String key) {
            return new Write(id, client, time, key, value, blind, replica);
        }

        public Write withBlind(boolean blind) {
            return new Write(id, client, time, key, value, blind, replica);
        }
    }

    private static void requireFields(String id, String client, String key) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("operation id must not be empty");
        }
        if (client == null || client.isBlank()) {
            throw new IllegalArgumentException("operation " + id + " has no client");
        }
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("operation " + id + " has no key");
        }
    }
}
