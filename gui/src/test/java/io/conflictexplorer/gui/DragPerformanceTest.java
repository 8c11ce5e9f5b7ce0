package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.sim.BigScenario;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Step;
import java.util.Arrays;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures (and only logs: timings are no assertion) what one drag tick costs with 8 clients and
 * 300 operations (and the same on three replicas): recomputing both traces from scratch, rebuilding the view models, updating the
 * diagram and panels (the drag handler), then the CSS and layout pass of the next pulse; and the FX
 * thread's CPU time for all of it with the tasks the tick queued (a fit of the window), which run
 * between the two and which neither figure holds (DRAG-PERF-CPU).
 *
 * <p>A generator, not a test: {@code mvn verify} skips it. Run: {@code mvn -pl gui -am verify -Pgenerators
 * -Dtest=DragPerformanceTest -Dsurefire.failIfNoSpecifiedTests=false | grep DRAG-PERF}
 */
@Tag("generator")
class DragPerformanceTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void logsTheCostOfOneDragTickWithEightClientsAndThreeHundredOperations(FxRobot robot) {
        Scenario big = BigScenario.dense(8, 300, 42);
        WaitForAsyncUtils.asyncFx(() -> vm.document().show(big));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(300, vm.getSimulation().vv().size());
        measure(big, "8 clients, 300 operations");
    }

    @Test
    void logsTheCostOfOneDragTickOnThreeReplicas(FxRobot robot) {
        Scenario big = BigScenario.onThreeReplicas(BigScenario.dense(8, 300, 42), 300);
        WaitForAsyncUtils.asyncFx(() -> vm.document().show(big));
        WaitForAsyncUtils.waitForFxEvents();
        long arrivals = vm.getSimulation().vv().steps().stream()
                .filter(s -> s instanceof Step.Arrival)
                .count();
        assertEquals(300, vm.getSimulation().vv().size() - arrivals);
        measure(
                big,
                "8 clients, 300 operations, 3 replicas (" + arrivals + " gossip arrivals, "
                        + vm.getSimulation().vv().messages().size() + " messages)");
    }

    private void measure(Scenario big, String what) {

        String id = big.operations().get(150).id();
        long from = big.operation(id).time();
        int rounds = Integer.getInteger("perf.rounds", 60);
        long[] handler = new long[rounds];
        long[] model = new long[rounds];
        long[] pulse = new long[rounds];
        // the FX thread's CPU time from the drag tick to the end of the work it queued (a fit, a
        // scroll to the step: tasks that run between the handler and the pulse, which the two figures
        // above miss), the pulse included; CPU time, not wall time, so other processes count less
        long[] fxCpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            int n = i;
            TimedFrame f = TimedFrame.of(stage.getScene(), () -> {
                vm.editing().beginDrag(id);
                vm.editing().dragTo(from + 1 + (n % 7)); // recompute + view models + synchronous view updates
                vm.editing().endDrag();
                model[n] = vm.lastRecomputeNanos();
            });
            handler[n] = f.handlerNanos();
            pulse[n] = f.pulseNanos();
            fxCpu[n] = f.fxCpuNanos();
        }
        // the first rounds warm up the JIT; report the rest
        long[] total = new long[rounds - 10];
        for (int i = 10; i < rounds; i++) {
            total[i - 10] = handler[i] + pulse[i];
        }
        long[] h = Arrays.copyOfRange(handler, 10, rounds);
        long[] p = Arrays.copyOfRange(pulse, 10, rounds);
        long[] mo = Arrays.copyOfRange(model, 10, rounds);
        Arrays.sort(mo);
        long[] fc = Arrays.copyOfRange(fxCpu, 10, rounds);
        Arrays.sort(fc);
        System.out.printf(
                "DRAG-PERF-CPU %s: the FX thread's CPU per drag tick, queued tasks and pulse included, median %.1f ms, p90 %.1f ms%n",
                what, fc[fc.length / 2] / 1e6, fc[fc.length * 9 / 10] / 1e6);
        Arrays.sort(total);
        Arrays.sort(h);
        Arrays.sort(p);
        System.out.printf(
                "DRAG-PERF %s, %d drag ticks: recompute + view-model + view update "
                        + "median %.1f ms (of which simulation + view models %.1f ms); the next pulse's CSS + layout median %.1f ms; "
                        + "together median %.1f ms, p90 %.1f ms, max %.1f ms (first, cold: %.1f ms)%n",
                what,
                rounds - 10,
                h[h.length / 2] / 1e6,
                mo[mo.length / 2] / 1e6,
                p[p.length / 2] / 1e6,
                total[total.length / 2] / 1e6,
                total[total.length * 9 / 10] / 1e6,
                total[total.length - 1] / 1e6,
                (handler[0] + pulse[0]) / 1e6);
    }
}
