package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One replica's stored values through a run, as the list of its changes (one key's new values
 * each; version {@code v} is the state after the first {@code v} changes) plus a full copy every
 * so often; the state at any version is made again on demand from the copy before it.
 *
 * <p>Why: a step's {@link Step.Snapshot} used to copy every key of its replica, so a run of N steps
 * over K keys held N x K values and took as long to build (a 10,000-line transcript took 8 s and
 * 260 MB). Here a run holds O(N) values: a copy is taken after at least {@value #MIN_INTERVAL}
 * changes and at least as many changes as there are keys, so the copies hold no more entries than
 * there were changes, and making one state again costs O(K) plus at most that many changes.
 */
final class StateHistory {

    /** The fewest changes between two full copies. */
    static final int MIN_INTERVAL = 64;

    private final List<String> keys = new ArrayList<>();
    private final List<List<Sibling<String>>> values = new ArrayList<>();
    private final List<Integer> copyVersions = new ArrayList<>();
    private final List<TreeMap<String, List<Sibling<String>>>> copies = new ArrayList<>();
    private final TreeMap<String, List<Sibling<String>>> current = new TreeMap<>();
    private int sinceCopy;
    private int cachedVersion = -1;
    private SortedMap<String, List<Sibling<String>>> cached;

    StateHistory() {
        copyVersions.add(0);
        copies.add(new TreeMap<>());
    }

    /** How many changes were recorded: the version of the state now. */
    int version() {
        return keys.size();
    }

    /**
     * Records that {@code key} now holds {@code now} (immutable; empty: nothing), and returns what
     * it held before (empty if nothing).
     */
    List<Sibling<String>> set(String key, List<Sibling<String>> now) {
        List<Sibling<String>> before = now.isEmpty() ? current.remove(key) : current.put(key, now);
        keys.add(key);
        values.add(now);
        if (++sinceCopy >= Math.max(MIN_INTERVAL, current.size())) {
            copyVersions.add(keys.size());
            copies.add(new TreeMap<>(current));
            sinceCopy = 0;
        }
        return before == null ? List.of() : before;
    }

    /** The values of every key, sorted by key, after the first {@code version} changes; immutable. */
    synchronized SortedMap<String, List<Sibling<String>>> state(int version) {
        if (version == cachedVersion) {
            return cached;
        }
        int lo = 0;
        int hi = copyVersions.size() - 1;
        while (lo < hi) { // the last copy at or before version
            int mid = (lo + hi + 1) >>> 1;
            if (copyVersions.get(mid) <= version) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        TreeMap<String, List<Sibling<String>>> state = new TreeMap<>(copies.get(lo));
        for (int v = copyVersions.get(lo); v < version; v++) {
            if (values.get(v).isEmpty()) {
                state.remove(keys.get(v));
            } else {
                state.put(keys.get(v), values.get(v));
            }
        }
        cached = Collections.unmodifiableSortedMap(state);
        cachedVersion = version;
        return cached;
    }
}
