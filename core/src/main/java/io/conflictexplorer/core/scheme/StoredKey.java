package io.conflictexplorer.core.scheme;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one replica stores for one key under a scheme, as a class is shown it: the values with the
 * scheme's clocks, written as the scheme's source writes them, the number of siblings, and the
 * clock size, so that panels and step tables of every scheme read alike.
 *
 * <ul>
 *   <li>{@code lww}: {@code b (ts 4)}: the one value and its timestamp; clock size 1 per value
 *       (a timestamp).</li>
 *   <li>{@code client-vv}, {@code server-vv}: {@code v3 [A:2], v2 [A:1]}: each value and its own
 *       clock; clock size: the entries of all of them.</li>
 *   <li>{@code server-vv-merged}: {@code {v1,v2,v3} [A:3]}: the siblings under the key's one clock
 *       (the DVVSet README's notation); clock size: that clock's entries.</li>
 *   <li>{@code dvv}: {@code (A,3,[v3,v2])}: the set's entries (the README's notation); clock size:
 *       its entries.</li>
 * </ul>
 *
 * <p>A value with white space (a cart such as {@code milk eggs}) is quoted.
 *
 * @param text         the state as above; empty when nothing is stored
 * @param siblings     how many values are stored
 * @param clockEntries the clock size: entries in the clocks stored for the key
 */
public record StoredKey(String text, int siblings, int clockEntries) {

    /** The key holding {@code stored} (a trace's stored values) under {@code scheme}. */
    public static StoredKey of(Scheme scheme, List<Sibling<String>> stored) {
        if (stored.isEmpty()) {
            return new StoredKey("", 0, 0);
        }
        if (scheme == Scheme.LWW) {
            List<String> out = new ArrayList<>();
            stored.forEach(
                    s -> out.add(value(s.value()) + " (ts " + s.timestamp().time() + ")"));
            return new StoredKey(String.join(", ", out), stored.size(), stored.size());
        }
        Map<Dot, String> names = new HashMap<>();
        stored.forEach(s -> names.put(s.dot(), value(s.value())));
        SchemeState state = SchemeState.decode(scheme, stored);
        return new StoredKey(state.render(names::get), stored.size(), state.clockEntries());
    }

    /**
     * As {@link #of(Scheme, List)}, naming at most {@code shown} values (the first in the scheme's
     * order) and writing {@code …} where the rest would be: {@code {v1,v2,v3,v4,…} [A:101]}. The
     * counts stay those of every value; {@code siblings() - shown} values are left out when that is
     * positive. A view folds a sibling explosion into a count this way and expands it on request.
     */
    public static StoredKey of(Scheme scheme, List<Sibling<String>> stored, int shown) {
        if (shown < 0) {
            throw new IllegalArgumentException("shown must not be negative, was " + shown);
        }
        if (stored.size() <= shown) {
            return of(scheme, stored);
        }
        if (scheme == Scheme.LWW) {
            List<String> out = new ArrayList<>();
            stored.subList(0, shown)
                    .forEach(s ->
                            out.add(value(s.value()) + " (ts " + s.timestamp().time() + ")"));
            out.add(SchemeState.FOLDED);
            return new StoredKey(String.join(", ", out), stored.size(), stored.size());
        }
        SchemeState state = SchemeState.decode(scheme, stored);
        Map<Dot, String> names = new HashMap<>();
        stored.forEach(s -> names.put(s.dot(), value(s.value())));
        List<Dot> order = state.dots();
        Map<Dot, String> first = new HashMap<>();
        for (int i = 0; i < shown && i < order.size(); i++) {
            first.put(order.get(i), names.get(order.get(i)));
        }
        return new StoredKey(state.render(first::get), stored.size(), state.clockEntries());
    }

    /** {@code value}, in double quotes when it has white space or a comma. */
    public static String value(String value) {
        return value.isEmpty() || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',')
                ? "\"" + value + "\""
                : value;
    }
}
