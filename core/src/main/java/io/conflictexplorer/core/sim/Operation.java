package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.clock.VersionVector;
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
     * A write to {@code key} of what {@code rule} says: a literal value, or a value derived from what
     * the client read ({@link WriteValue}), which the simulator computes per mode. It carries the
     * context of its client's last read of the key, unless it is {@code blind}: then it carries no
     * context at all.
     *
     * <p>A write with a given {@code context} (not null; a write of an opened transcript, whose
     * request named its context) carries exactly that clock in every mode, whatever its client
     * read; it is never blind. The simulator draws it from its client's latest earlier read of the
     * key whose result, in that mode, had exactly that clock, and from no read (a literal clock)
     * when there is none. Why: a transcript states the context a client sent, not where the client
     * got it, and the node's reply depends on that clock alone.
     */
    record Write(
            String id,
            String client,
            long time,
            String key,
            WriteValue rule,
            boolean blind,
            String replica,
            VersionVector context)
            implements Operation {
        public Write {
            requireFields(id, client, key);
            Objects.requireNonNull(rule, "rule");
            if (context != null && blind) {
                throw new IllegalArgumentException("write " + id + " has a given context, so it cannot be blind");
            }
        }

        /** A write that carries the context of its client's last read (or none when blind). */
        public Write(String id, String client, long time, String key, WriteValue rule, boolean blind, String replica) {
            this(id, client, time, key, rule, blind, replica, null);
        }

        /** A write of the literal {@code value}. */
        public Write(String id, String client, long time, String key, String value, boolean blind, String replica) {
            this(id, client, time, key, WriteValue.literal(Objects.requireNonNull(value, "value")), blind, replica);
        }

        /** A write of the literal {@code value} sent to the scenario's first replica. */
        public Write(String id, String client, long time, String key, String value, boolean blind) {
            this(id, client, time, key, value, blind, null);
        }

        /** A write sent to the scenario's first replica. */
        public Write(String id, String client, long time, String key, WriteValue rule, boolean blind) {
            this(id, client, time, key, rule, blind, null);
        }

        /**
         * The value as the scenario states it: a literal value, or the text of its rule
         * ({@code +flour}, {@code merge}); see {@link WriteValue#text()}. What a derived write
         * actually wrote in a mode is in that mode's {@link Step.Write}.
         */
        public String value() {
            return rule.text();
        }

        @Override
        public Write withTime(long time) {
            return new Write(id, client, time, key, rule, blind, replica, context);
        }

        @Override
        public Write withReplica(String replica) {
            return new Write(id, client, time, key, rule, blind, replica, context);
        }

        /**
         * The same write of the value typed as {@code text}, in {@link WriteValue#parse} form
         * ({@code +flour}, {@code merge}, a literal, {@code "merge"} quoted). Text that form refuses
         * ({@code +} and several words) is kept as a literal, so an editor that hands over whatever
         * was typed never fails half way; {@link #edited} refuses it with a message instead.
         */
        public Write withValue(String text) {
            WriteValue rule;
            try {
                rule = WriteValue.parse(Objects.requireNonNull(text, "value"));
            } catch (IllegalArgumentException e) {
                rule = WriteValue.literal(text.strip());
            }
            return withValue(rule);
        }

        public Write withValue(WriteValue rule) {
            return new Write(id, client, time, key, rule, blind, replica, context);
        }

        public Write withKey(String key) {
            return new Write(id, client, time, key, rule, blind, replica, context);
        }

        /** The same write, blind or not; a blind write drops a given context (it sends none). */
        public Write withBlind(boolean blind) {
            return new Write(id, client, time, key, rule, blind, replica, blind ? null : context);
        }

        /** The same write with a given context (null: the context of its client's last read). */
        public Write withContext(VersionVector context) {
            return new Write(id, client, time, key, rule, context == null && blind, replica, context);
        }

        /**
         * This write edited from the text a user typed: {@code key=value}, {@code key+=item} (add
         * an item to what the client read), or just a value, keeping the key; the value in
         * {@link WriteValue#parse} form ({@code +flour}, {@code merge}, a literal).
         *
         * @throws IllegalArgumentException with a message for the user when the key is empty or the
         *     value is not usable
         */
        public Write edited(String text) {
            String t = text == null ? "" : text;
            String newKey = key;
            String valueText = t;
            int eq = t.indexOf('=');
            if (eq >= 0) {
                newKey = t.substring(0, eq).strip();
                valueText = t.substring(eq + 1);
                if (newKey.endsWith("+")) { // key+=item
                    newKey = newKey.substring(0, newKey.length() - 1).strip();
                    valueText = "+" + valueText.strip();
                }
            }
            if (newKey.isEmpty()) {
                throw new IllegalArgumentException("A write needs a key: type it as key=value, for example x=a.");
            }
            return withKey(newKey).withValue(WriteValue.parse(valueText));
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
