package io.conflictexplorer.node.wire;

import io.conflictexplorer.node.json.Json;
import java.util.Comparator;

/**
 * A value of the preceding task's key-value store: the value's JSON text, and the {@code ts} as a
 * {@code kv_merge} sender wrote it ({@code null} for a local write, whose time the node prints from
 * its microseconds). The text is kept, not a double: core compares the times exactly as numbers,
 * gossip passes the text on as it came so that every replica compares the same exact time, and a
 * client is shown Python's form of it ({@link Timestamps}).
 */
public record KvValue(Json.Raw value, String ts) {

    /**
     * Breaks a tie of equal times from the same node: the greater value's text, then the greater
     * {@code ts} text ({@code 5.0} against {@code 5}), so that every replica keeps the same value and
     * prints the same {@code ts} in any order of arrival. A class, not a lambda: start-up.
     */
    public static final Comparator<KvValue> TIE_BREAK = new TieBreak();

    private static final class TieBreak implements Comparator<KvValue> {
        @Override
        public int compare(KvValue a, KvValue b) {
            int c = a.value.text().compareTo(b.value.text());
            if (c != 0 || a.ts == null && b.ts == null) {
                return c;
            }
            return a.ts == null ? -1 : b.ts == null ? 1 : a.ts.compareTo(b.ts);
        }
    }
}
