package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.OperatingSystemMXBean;
import io.conflictexplorer.check.IssueStream;
import io.conflictexplorer.gui.run.model.RunProjection;
import io.conflictexplorer.gui.run.model.RunSession;
import io.conflictexplorer.gui.run.model.RunViewModel;
import io.conflictexplorer.gui.run.model.RunViewport;
import io.conflictexplorer.gui.run.view.RunView;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures (and only logs: timings are no assertion) opening long transcripts and moving around
 * them in the run window: the time to open a case with its node's replies (read, compare, both
 * traces, the layout), the heap the open run holds, and the FX thread's time per frame while
 * scrolling and zooming (the handler, the pulse's CSS and layout, and the canvas's drawing
 * commands; the software renderer of the headless test platform draws them on its own thread),
 * and apart the share of a frame that lays out what is in view as records ({@code RunFrames}).
 *
 * <p>The transcripts are node_bench.py's "issue" stream (init, set_mode vv, then vv_writes with an
 * empty context from 7 clients to 500 keys alternating with vv_reads of 500 other keys), 10,000 and
 * 100,000 lines, with our own node's replies (run as a process on the case).
 *
 * <p>A generator, not a test: {@code mvn verify} skips it. Run: {@code mvn -pl gui -am verify -Pgenerators
 * -Dtest=RunScaleTest -Dsurefire.failIfNoSpecifiedTests=false | grep RUN-SCALE}
 */
@Tag("generator")
@ExtendWith(ApplicationExtension.class)
class RunScaleTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Writes the case and our node's replies to it into target/run-scale. */
    static List<Path> transcript(int lines) throws IOException, InterruptedException {
        return IssueStream.withReplies(Path.of("target", "run-scale"), lines);
    }

    @Test
    void logsOpenTimeHeapAndFrameTimesOfLongRuns() throws Exception {
        for (int lines : List.of(10_000, 100_000)) {
            List<Path> files = transcript(lines);
            int rounds = lines > 50_000 ? 5 : 9;
            long[] open = new long[rounds];
            long[] cpu = new long[rounds];
            RunProjection session = null;
            for (int r = 0; r < rounds; r++) {
                session = null;
                System.gc();
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                session = RunProjection.of(RunSession.open(files));
                open[r] = System.nanoTime() - t0;
                cpu[r] = processCpuNanos() - c0;
            }
            assertEquals(0, session.divergences().size(), "our node agrees with itself");
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long[] sorted = open.clone();
            Arrays.sort(sorted);
            long[] cpuSorted = cpu.clone();
            Arrays.sort(cpuSorted);
            System.out.printf(
                    "RUN-SCALE %,d lines (%,d operations): open with replies (read, compare, both traces, layout) median %.0f ms, min %.0f ms, max %.0f ms of %d (first %.0f ms); CPU time of the process per open median %.0f ms; load average %.1f; heap used after GC with the run open %.0f MB%n",
                    lines,
                    session.timeline().size(),
                    sorted[rounds / 2] / 1e6,
                    sorted[0] / 1e6,
                    sorted[rounds - 1] / 1e6,
                    rounds,
                    open[0] / 1e6,
                    cpuSorted[rounds / 2] / 1e6,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    heap / 1048576.0);
            frames(session, lines);
        }
    }

    /** CPU time of this JVM, all threads (the GC's and the second mode's included). */
    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void frames(RunProjection session, int lines) throws Exception {
        RunViewModel vm = new RunViewModel(Runnable::run, Runnable::run, s -> {});
        RunView[] view = new RunView[1];
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            view[0] = new RunView(vm, () -> {});
            stage.setScene(new Scene(view[0], 1280, 800));
            stage.show();
            vm.show(session);
            return null;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        List<Long> scrollZoomedOut = new ArrayList<>();
        List<Long> scrollZoomedIn = new ArrayList<>();
        List<Long> zoom = new ArrayList<>();
        Runnable scrollByATenth = () -> {
            RunViewport v = vm.viewportProperty().get();
            vm.scrollTo(v.first() + v.timeWidth() / 10 / v.scale());
        };
        // zoomed out: the whole run, scrolled by a tenth of a screen per frame after zooming in 4x
        onFx(vm::fit);
        for (int i = 0; i < 8; i++) {
            zoom.add(frame(scene, () -> vm.zoomAt(1.6, 640)));
        }
        for (int i = 0; i < 60; i++) {
            scrollZoomedOut.add(frame(scene, scrollByATenth));
        }
        List<Long> layoutZoomedOut = layoutAlone(vm);
        onFx(() -> vm.zoomTo(RunViewport.DETAIL_PX * 3));
        for (int i = 0; i < 60; i++) {
            scrollZoomedIn.add(frame(scene, scrollByATenth));
        }
        onFx(vm::fit);
        for (int i = 0; i < 40; i++) {
            int n = i;
            zoom.add(frame(scene, () -> vm.zoomAt(n % 20 < 10 ? 1.5 : 1 / 1.5, 300 + n * 15)));
        }
        report(lines, "scroll, zoomed out (density strips)", scrollZoomedOut);
        report(lines, "scroll, zoomed in (chips)", scrollZoomedIn);
        report(lines, "zoom in and out around the mouse", zoom);
        report(lines, "scroll zoomed out, the frame's layout alone (RunFrames, no painting)", layoutZoomedOut);
    }

    /**
     * The part of a frame that lays out what is in view as records ({@link RunViewModel#frame}),
     * without painting: 300 frames scrolled as above, each timed on its own, on the FX thread.
     */
    private static List<Long> layoutAlone(RunViewModel vm) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            List<Long> out = new ArrayList<>();
            RunViewport start = vm.viewportProperty().get();
            for (int i = 0; i < 300; i++) {
                RunViewport v = vm.viewportProperty().get();
                vm.scrollTo(v.first() + v.timeWidth() / 10 / v.scale());
                long t0 = System.nanoTime();
                vm.frame(700);
                out.add(System.nanoTime() - t0);
            }
            vm.scrollTo(start.first());
            return out;
        }));
    }

    private static void onFx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** One frame's cost on the FX thread: the change and the next pulse ({@link TimedFrame}). */
    private static long frame(Scene scene, Runnable change) {
        return TimedFrame.of(scene, change).nanos();
    }

    private static void report(int lines, String what, List<Long> nanos) {
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        long[] warm = Arrays.copyOfRange(a, Math.min(5, a.length - 1), a.length);
        Arrays.sort(warm);
        System.out.printf(
                "RUN-SCALE %,d lines, %s, %d frames: FX thread per frame median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                lines,
                what,
                warm.length,
                warm[warm.length / 2] / 1e6,
                warm[(int) Math.ceil(warm.length * 0.95) - 1] / 1e6,
                warm[warm.length - 1] / 1e6);
    }
}
