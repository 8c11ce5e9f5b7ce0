package io.conflictexplorer.core.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The random scenarios the benchmarks and the window generators measure with, from fixed seeds: one
 * copy, in core's test-jar, so a JMH figure of core's share and a window figure of the whole app
 * are about the same scenario.
 *
 * <ul>
 *   <li>{@link #of}, {@link #large()}, {@link #medium()}: the size of a long transcript, one
 *       operation per tick;
 *   <li>{@link #classroom()}: 8 clients doing 1,000 operations each on 10 keys, the big scenario a
 *       teacher opens in the app;
 *   <li>{@link #dense}, {@link #onThreeReplicas}: the drag benchmarks' scenario, operations at
 *       random ticks on 3 keys, optionally on three gossiping replicas.
 * </ul>
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

    /** 8 clients x 1,000 operations on 10 keys ({@link #eachClient}): issue 17's big scenario. */
    public static Scenario classroom() {
        return eachClient(8, 1_000, 10, 42);
    }

    /**
     * {@code clients} clients doing {@code operations} reads and writes over {@code keys} keys, one
     * operation per tick, each by a client drawn at random. About half are reads; a quarter of the
     * writes are blind, so the run has superseded values, concurrent siblings and losses.
     */
    public static Scenario of(int clients, int operations, int keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = clientNames(clients);
        List<Operation> ops = new ArrayList<>(operations);
        for (int i = 0; i < operations; i++) {
            String client = names.get(random.nextInt(clients));
            ops.add(operation(i, client, keys, random));
        }
        return new Scenario("synthetic " + clients + " x " + operations, "", names, ops);
    }

    /**
     * As {@link #of}, but every client does exactly {@code each} operations: {@code clients x each}
     * ticks, one operation per tick, the clients in a random order.
     */
    public static Scenario eachClient(int clients, int each, int keys, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = clientNames(clients);
        List<String> by = new ArrayList<>(clients * each);
        for (String c : names) {
            by.addAll(Collections.nCopies(each, c));
        }
        for (int i = by.size() - 1; i > 0; i--) { // Fisher-Yates, on the seeded generator
            Collections.swap(by, i, random.nextInt(i + 1));
        }
        List<Operation> ops = new ArrayList<>(by.size());
        for (int i = 0; i < by.size(); i++) {
            ops.add(operation(i, by.get(i), keys, random));
        }
        return new Scenario(
                clients + " clients x " + each + " operations",
                clients + " clients do " + each + " reads and writes each on " + keys
                        + " keys, one operation per tick: a scenario far larger than a lesson's.",
                names,
                ops);
    }

    /** Operation {@code i}, by {@code client} at tick {@code i}: a read or a write (a quarter blind) of a random key. */
    private static Operation operation(int i, String client, int keys, SplittableRandom random) {
        String key = "k" + random.nextInt(keys);
        return random.nextBoolean()
                ? new Operation.Read("r" + i, client, i, key)
                : new Operation.Write("w" + i, client, i, key, "v" + i, random.nextInt(4) == 0);
    }

    /**
     * The drag benchmarks' scenario: {@code operations} operations at random ticks in {@code [0,
     * 2 x operations)} on keys x, y and z, by random clients; 2 in 5 are reads, 1 in 10 writes blind.
     */
    public static Scenario dense(int clients, int operations, long seed) {
        Random random = new Random(seed);
        List<String> names = clientNames(clients);
        String[] keys = {"x", "y", "z"};
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            String client = names.get(random.nextInt(clients));
            long time = random.nextInt(operations * 2);
            String key = keys[random.nextInt(keys.length)];
            ops.add(
                    random.nextInt(5) < 2
                            ? new Operation.Read("r" + i, client, time, key)
                            : new Operation.Write("w" + i, client, time, key, "v" + i, random.nextInt(10) == 0));
        }
        return new Scenario("Large", clients + " clients, " + operations + " operations", names, ops);
    }

    /**
     * {@code s} on three replicas gossiping every 4 ticks, its operations spread over them in turn,
     * the link n1-n2 cut from a third of {@code operations} ticks to {@code operations}.
     */
    public static Scenario onThreeReplicas(Scenario s, int operations) {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < s.operations().size(); i++) {
            ops.add(s.operations().get(i).withReplica("n" + (i % 3 + 1)));
        }
        Topology t = Topology.cluster(3, 4, 1)
                .withNetwork(List.of(new NetworkEvent.Partition("p1", "n1", "n2", operations / 3, operations)));
        return new Scenario(
                "Large cluster",
                s.clients().size() + " clients, " + operations + " operations, 3 replicas",
                s.clients(),
                ops,
                t);
    }

    private static List<String> clientNames(int clients) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            names.add("c" + c);
        }
        return names;
    }
}
