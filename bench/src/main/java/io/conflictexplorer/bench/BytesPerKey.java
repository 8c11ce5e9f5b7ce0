package io.conflictexplorer.bench;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * Retained heap per stored key: a VV-mode store of N keys (default 1,000,000), each with one
 * sibling, a short string value written blind by one of five clients.
 *
 * <p>Method: full GCs until the used heap stops shrinking, read the used heap
 * ({@link MemoryMXBean}); create the N key strings and N value strings; measure again; write them
 * all into the store; measure again. The store's own cost per key is the last difference divided
 * by N (the keys and values are already on the heap); the keys' and values' cost is the middle
 * difference minus the two arrays that hold them. Run it with the serial collector so that
 * {@code System.gc()} is one full, compacting collection:
 * {@code java -XX:+UseSerialGC -Xmx4g -cp bench/target/benchmarks.jar io.conflictexplorer.bench.BytesPerKey}.
 */
public final class BytesPerKey {

    private BytesPerKey() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String[] writers = {"c1", "c2", "c3", "c4", "c5"};
        long before = settledHeap();
        String[] keys = new String[n];
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = "k" + i;
            values[i] = "v" + i;
        }
        long afterStrings = settledHeap();
        long[] now = {0};
        Store<String> store = new Store<>("n1", Mode.VV, () -> ++now[0]);
        for (int i = 0; i < n; i++) {
            store.write(keys[i], writers[i % writers.length], values[i], VersionVector.empty());
        }
        long afterStore = settledHeap();
        if (store.size() != n) {
            throw new IllegalStateException("expected " + n + " keys, found " + store.size());
        }
        // two String[] of n references (compressed oops: 4 bytes each, 16-byte header)
        long arrays = 2L * (16 + 4L * n);
        double storeBytes = (afterStore - afterStrings) / (double) n;
        double dataBytes = (afterStrings - before - arrays) / (double) n;
        System.out.printf("keys: %,d, one sibling each (value \"v<i>\", key \"k<i>\", VV mode)%n", n);
        System.out.printf(
                "store overhead per key (table slots, sibling, clock):               %.1f bytes%n", storeBytes);
        System.out.printf(
                "key + value strings per key:                                        %.1f bytes%n", dataBytes);
        System.out.printf(
                "total per key:                                                      %.1f bytes%n",
                storeBytes + dataBytes);
        Reference.reachabilityFence(store);
        Reference.reachabilityFence(keys);
        Reference.reachabilityFence(values);
    }

    /** Used heap after full collections, once it no longer shrinks. */
    private static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used >= last) {
                return used;
            }
            last = used;
        }
        return last;
    }
}
