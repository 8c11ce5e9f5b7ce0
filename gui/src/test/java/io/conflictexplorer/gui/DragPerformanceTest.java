package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures (and only logs: timings are no assertion) what one drag tick costs with 8 clients and
 * 300 operations: recomputing both traces from scratch, rebuilding the view models, updating the
 * diagram and panels, then CSS and layout of the whole scene, as the next frame needs them.
 *
 * <p>Run: {@code mvn -pl gui -am verify -Dtest=DragPerformanceTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DragPerformanceTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

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
            ops.add(random.nextInt(5) < 2
                    ? new Operation.Read("r" + i, client, time, key)
                    : new Operation.Write("w" + i, client, time, key, "v" + i, random.nextInt(10) == 0));
        }
        return new Scenario("Large", "8 clients, 300 operations", names, ops);
    }

    @Test
    void logsTheCostOfOneDragTickWithEightClientsAndThreeHundredOperations(FxRobot robot) {
        Scenario big = large(8, 300, 42);
        WaitForAsyncUtils.asyncFx(() -> vm.show(big));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(300, vm.getSimulation().vv().size());

        String id = big.operations().get(150).id();
        long from = big.operation(id).time();
        int rounds = Integer.getInteger("perf.rounds", 60);
        long[] total = new long[rounds];
        long[] recompute = new long[rounds];
        long[] css = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            int n = i;
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                long t0 = System.nanoTime();
                vm.beginDrag(id);
                vm.dragTo(from + 1 + (n % 7)); // recompute + view models + synchronous view updates
                vm.endDrag();
                recompute[n] = vm.lastRecomputeNanos();
                long t1 = System.nanoTime();
                stage.getScene().getRoot().applyCss();
                css[n] = System.nanoTime() - t1;
                stage.getScene().getRoot().layout();
                total[n] = System.nanoTime() - t0;
                return null;
            }));
        }
        WaitForAsyncUtils.waitForFxEvents();
        // the first rounds warm up the JIT; report the rest
        long[] warm = Arrays.copyOfRange(total, 10, rounds);
        long[] warmRecompute = Arrays.copyOfRange(recompute, 10, rounds);
        Arrays.sort(warm);
        Arrays.sort(warmRecompute);
        long[] warmCss = Arrays.copyOfRange(css, 10, rounds);
        Arrays.sort(warmCss);
        System.out.printf("DRAG-PERF of which CSS median %.1f ms%n", warmCss[warmCss.length / 2] / 1e6);
        System.out.printf("DRAG-PERF 8 clients, 300 ops: recompute+view update median %.1f ms; "
                        + "with CSS+layout median %.1f ms, p90 %.1f ms, max %.1f ms (first, cold: %.1f ms)%n",
                warmRecompute[warmRecompute.length / 2] / 1e6, warm[warm.length / 2] / 1e6,
                warm[warm.length * 9 / 10] / 1e6, warm[warm.length - 1] / 1e6, total[0] / 1e6);
    }
}
