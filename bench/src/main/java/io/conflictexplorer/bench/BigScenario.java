package io.conflictexplorer.bench;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic run of the size of a long transcript: {@code clients} clients doing {@code operations}
 * reads and writes over {@code keys} keys, one operation per tick, from a fixed seed. About half are
 * reads; a client reads a key before most of its writes to it, as a test case's clients do, and
 * writes blind otherwise, so the run has both superseded values and concurrent siblings and losses.
 */
public final class BigScenario {

    private BigScenario() {}

    /** The size of a 100,000-line transcript: 7 clients, 50,000 operations, 1,000 keys. */
    public static Scenario large() {
        return of(7, 50_000, 1_000, 42);
    }

    /** The size of a 10,000-line transcript: 7 clients, 5,000 operations, 100 keys. */
    public static Scenario medium() {
        return of(7, 5_000, 100, 42);
    }

    public static Scenario of(int clients, int operations, int keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            names.add("c" + c);
        }
        List<Operation> ops = new ArrayList<>(operations);
        for (int i = 0; i < operations; i++) {
            String client = names.get(random.nextInt(clients));
            String key = "k" + random.nextInt(keys);
            long time = i;
            if (random.nextBoolean()) {
                ops.add(new Operation.Read("r" + i, client, time, key));
            } else {
                ops.add(new Operation.Write("w" + i, client, time, key, "v" + i, random.nextInt(4) == 0));
            }
        }
        return new Scenario("synthetic " + clients + " x " + operations, "", names, ops);
    }
}
