package io.conflictexplorer.node.json;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value. Objects keep key order (a repeated key keeps its first position and its last
 * value, as Python's {@code json} module does); numbers keep their text so that integers of any size
 * come back exactly and floats are re-printed the way Python prints them.
 */
public sealed interface Json {

    /** A JSON object; the map is in key order and must not be modified. */
    record Obj(Map<String, Json> members) implements Json {
        public Json get(String key) {
            return members.get(key);
        }
    }

    /** A JSON array. */
    record Arr(List<Json> items) implements Json {}

    /** A JSON string. */
    record Str(String value) implements Json {}

    /**
     * A JSON number as written in the input. {@code integral} is true when the text has neither a
     * fraction nor an exponent (Python reads it as an int, otherwise as a float).
     */
    record Num(String text, boolean integral) implements Json {

        /** The value as a long, or null when it is not an integer in long's range. */
        public Long asLong() {
            if (!integral || text.length() > 20) {
                return null;
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Text that is already JSON in the writer's form (a stored value), written as it is. */
    record Raw(String text) implements Json {

        /**
         * Orders values by their text. A class rather than a lambda or method reference, which would
         * start the JDK's invokedynamic machinery (about 10 ms) before the node's first reply.
         */
        public static final Comparator<Raw> BY_TEXT = new ByText();

        private static final class ByText implements Comparator<Raw> {
            @Override
            public int compare(Raw a, Raw b) {
                return a.text.compareTo(b.text);
            }
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Json {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);
    }

    /** {@code null}. */
    record Null() implements Json {
        public static final Null INSTANCE = new Null();
    }
}
