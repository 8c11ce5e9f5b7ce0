package io.conflictexplorer.bench;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Topology;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Core's share of one drag tick in the main window, as CPU time of the thread (steadier than wall
 * time on a shared machine): both traces of DragPerformanceTest's scenario (8 clients, 300
 * operations, optionally on 3 replicas) with operation 150 moved one tick, and that operation's
 * causality. Prints the median and p90 of 300 repetitions after 100 warm-up ones. Compile it
 * against another commit's core to compare: it uses only API older than this class.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.conflictexplorer.bench.DragRecompute single|cluster}
 */
public final class DragRecompute {

    private DragRecompute() {}

    /** DragPerformanceTest.large: the same draws from the same seed. */
    static Scenario large(int clients, int operations, long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            names.add("c" + i);
        }
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
        return new Scenario("Large", "", names, ops);
    }

    /** DragPerformanceTest.largeCluster: three replicas gossiping every 4 ticks, one link cut a while. */
    static Scenario cluster(Scenario s, int operations) {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < s.operations().size(); i++) {
            ops.add(s.operations().get(i).withReplica("n" + (i % 3 + 1)));
        }
        Topology t = Topology.cluster(3, 4, 1)
                .withNetwork(List.of(new NetworkEvent.Partition("p1", "n1", "n2", operations / 3, operations)));
        return new Scenario("Large cluster", "", s.clients(), ops, t);
    }

    public static void main(String[] args) {
        boolean onCluster = args.length > 0 && args[0].equals("cluster");
        Scenario s = onCluster ? cluster(large(8, 300, 42), 300) : large(8, 300, 42);
        String moved = s.operations().get(150).id();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 400;
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            Scenario dragged = s.replaceOperation(moved, op -> op.withTime(op.time() + 1));
            long c0 = threads.getCurrentThreadCpuTime();
            Simulation sim = Simulator.run(dragged);
            sim.vv().causality(moved);
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        long[] warm = Arrays.copyOfRange(cpu, 100, n);
        Arrays.sort(warm);
        System.out.printf(
                "DRAG-RECOMPUTE %s: both traces and the causality of one operation, CPU time per tick median %.2f ms, p90 %.2f ms%n",
                onCluster ? "8 clients, 300 operations, 3 replicas" : "8 clients, 300 operations",
                warm[warm.length / 2] / 1e6,
                warm[warm.length * 9 / 10] / 1e6);
    }
}
