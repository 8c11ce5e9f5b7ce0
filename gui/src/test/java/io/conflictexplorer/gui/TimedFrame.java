package io.conflictexplorer.gui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One frame on the FX thread, timed for the generators that log frame costs: the change itself
 * (its handler), the next pulse's CSS and layout pass (bracketed by the scene's pulse listeners; an
 * explicit applyCss() on the root would restyle the whole scene and overstate it), and the FX
 * thread's CPU time from the change to the end of the work it queued (tasks that run between the
 * handler and the pulse, which the first two miss), the pulse included. The wait for the pulse is
 * idle time and counts in none of them.
 *
 * @param handlerNanos the change, wall time
 * @param pulseNanos the next pulse's CSS and layout, wall time
 * @param fxCpuNanos the FX thread's CPU time for all of it
 */
record TimedFrame(long handlerNanos, long pulseNanos, long fxCpuNanos) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The handler and the pulse together. */
    long nanos() {
        return handlerNanos + pulseNanos;
    }

    /** Runs {@code change} on the FX thread and times it and the pulse after it on {@code scene}. */
    static TimedFrame of(Scene scene, Runnable change) {
        long[] cpuFrom = new long[1];
        long[] handler = new long[1];
        long[] pre = new long[1];
        long[] post = new long[1];
        Runnable before = () -> pre[0] = System.nanoTime();
        Runnable after = () -> post[0] = System.nanoTime();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            cpuFrom[0] = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            change.run();
            handler[0] = System.nanoTime() - t0;
            scene.addPreLayoutPulseListener(before);
            scene.addPostLayoutPulseListener(after);
            Platform.requestNextPulse();
            return null;
        }));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> post[0] != 0);
        } catch (TimeoutException e) {
            throw new AssertionError("no pulse after a frame's change", e);
        }
        long cpu = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            scene.removePreLayoutPulseListener(before);
            scene.removePostLayoutPulseListener(after);
            return THREADS.getCurrentThreadCpuTime() - cpuFrom[0]; // runs after the tasks queued before it
        }));
        return new TimedFrame(handler[0], post[0] - pre[0], cpu);
    }
}
