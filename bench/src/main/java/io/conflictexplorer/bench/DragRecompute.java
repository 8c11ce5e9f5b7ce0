package io.conflictexplorer.bench;

import io.conflictexplorer.core.sim.BigScenario;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Core's share of one drag tick in the main window, as CPU time of the thread (steadier than wall
 * time on a shared machine): both traces of DragPerformanceTest's scenario ({@link BigScenario#dense}: 8 clients, 300
 * operations, optionally on 3 replicas) with operation 150 moved one tick, and that operation's
 * causality. Prints the median and p90 of 300 repetitions after 100 warm-up ones. Compile it
 * against another commit's core to compare: it uses only API older than this class, and the
 * scenario from core's test-jar, which needs only the scenario's own types.
 *
 * <p>{@code classroom}: the same for issue 17's big scenario ({@link BigScenario#classroom()}: 8
 * clients x 1,000 operations on 10 keys), operation 4,000 moved, 60 repetitions after 20: what a
 * drag preview of it costs the background thread that runs it.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.conflictexplorer.bench.DragRecompute single|cluster|classroom}
 */
public final class DragRecompute {

    private DragRecompute() {}

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "single";
        boolean onCluster = which.equals("cluster");
        boolean classroom = which.equals("classroom");
        Scenario s = classroom
                ? BigScenario.classroom()
                : onCluster
                        ? BigScenario.onThreeReplicas(BigScenario.dense(8, 300, 42), 300)
                        : BigScenario.dense(8, 300, 42);
        String moved = s.operations().get(classroom ? 4_000 : 150).id();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmUp = classroom ? 20 : 100;
        int n = warmUp + (classroom ? 60 : 300);
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            Scenario dragged = s.replaceOperation(moved, op -> op.withTime(op.time() + 1));
            long c0 = threads.getCurrentThreadCpuTime();
            Simulation sim = Simulator.run(dragged);
            sim.vv().causality(moved);
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        long[] warm = Arrays.copyOfRange(cpu, warmUp, n);
        Arrays.sort(warm);
        System.out.printf(
                "DRAG-RECOMPUTE %s: both traces and the causality of one operation, CPU time per tick median %.2f ms, p90 %.2f ms%n",
                classroom
                        ? "8 clients x 1,000 operations, 10 keys"
                        : onCluster ? "8 clients, 300 operations, 3 replicas" : "8 clients, 300 operations",
                warm[warm.length / 2] / 1e6,
                warm[warm.length * 9 / 10] / 1e6);
    }
}
