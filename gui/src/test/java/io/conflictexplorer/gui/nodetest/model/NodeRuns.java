package io.conflictexplorer.gui.nodetest.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.check.drive.NodeTest;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.gui.nodetest.WrongNodes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Real runs of check's wrong Python nodes on small scenarios, for the node test's model tests. */
final class NodeRuns {

    private NodeRuns() {}

    /**
     * c1 and c2 write x blind, concurrently (a, then b), then c1 and c2 read x: LWW keeps b alone, VV
     * both. Operations {@code w1}, {@code w2}, {@code r1}, {@code r2}, at steps 1 to 4.
     */
    static Scenario twoBlindWritesThenARead() {
        return new Scenario(
                "Two blind writes, then reads",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "a", true),
                        new Operation.Write("w2", "c2", 2, "x", "b", true),
                        new Operation.Read("r1", "c1", 3, "x"),
                        new Operation.Read("r2", "c2", 4, "x")));
    }

    /** The wrong node {@code name} of check's test resources, run with the real interpreter. */
    static NodeCommand wrongNode(String name) {
        String command = WrongNodes.command(name);
        assumeTrue(command != null, "no python3");
        return NodeCommand.of(command).withReplyTimeout(Duration.ofSeconds(10));
    }

    static NodeTestResult run(Scenario s, NodeCommand c) throws InterruptedException {
        return NodeTest.run(s, c, null);
    }

    /**
     * Runs what a model's job handed to the FX thread ({@code fx}, the model's executor) until {@code
     * done}, or fails after 10 s.
     */
    static void drainUntil(BlockingQueue<Runnable> fx, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            Runnable r = fx.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("not done within 10 s");
            }
        }
    }
}
