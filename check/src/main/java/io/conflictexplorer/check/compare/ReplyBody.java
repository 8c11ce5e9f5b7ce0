package io.conflictexplorer.check.compare;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.List;
import java.util.Objects;

/**
 * The meaning of one reply, as the task fixes it: no envelope, no {@code msg_id}, no key order. One
 * case per reply type of the protocol, and {@link Unreadable} for a reply whose type is unknown or
 * whose fields are not what the protocol says. Values are JSON text in one canonical form (the
 * reader's), so equal values compare equal as strings; clocks are {@link VersionVector}s, compared
 * as maps; timestamps are JSON number text, compared as numbers.
 */
public sealed interface ReplyBody {

    /** The reply's {@code type} on the wire. */
    String type();

    /** {@code init_ok} or {@code set_mode_ok}: nothing but the type. */
    record Ack(String type) implements ReplyBody {
        public Ack {
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code vv_write_ok {vc}}. */
    record VvWritten(VersionVector vc) implements ReplyBody {
        public VvWritten {
            Objects.requireNonNull(vc, "vc");
        }

        @Override
        public String type() {
            return "vv_write_ok";
        }
    }

    /** {@code vv_read_ok {values: [{value, vc}], conflict}}. */
    record VvValues(List<ReadValue> values, boolean conflict) implements ReplyBody {
        public VvValues {
            values = List.copyOf(values);
        }

        @Override
        public String type() {
            return "vv_read_ok";
        }
    }

    /** {@code write_ok {ts}}: the preceding task's write, {@code ts} as JSON number text. */
    record KvWritten(String ts) implements ReplyBody {
        @Override
        public String type() {
            return "write_ok";
        }
    }

    /** {@code kv_read_ok {key, value, ts}}: key and value as JSON text, ts as JSON number text. */
    record KvValue(String key, String value, String ts) implements ReplyBody {
        @Override
        public String type() {
            return "kv_read_ok";
        }
    }

    /** {@code kv_merge_ok {updated}}. */
    record KvMerged(long updated) implements ReplyBody {
        @Override
        public String type() {
            return "kv_merge_ok";
        }
    }

    /** {@code error {code, text}}: only the code has a fixed meaning. */
    record Refused(int code, String text) implements ReplyBody {
        @Override
        public String type() {
            return "error";
        }
    }

    /** A reply of an unknown type, or of a known type whose fields are missing or ill-typed. */
    record Unreadable(String type, String why) implements ReplyBody {}

    /** One sibling of a {@code vv_read_ok}: the value as JSON text, and its clock. */
    record ReadValue(String value, VersionVector vc) {
        public ReadValue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(vc, "vc");
        }

        // written out: a record's generated equals and hashCode bootstrap through invokedynamic
        // on first use, which costs the check-node launcher's start-up
        @Override
        public boolean equals(Object o) {
            return o instanceof ReadValue r && r.value.equals(value) && r.vc.equals(vc);
        }

        @Override
        public int hashCode() {
            return 31 * value.hashCode() + vc.hashCode();
        }
    }
}
