package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.BigScenario;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFiles;
import io.conflictexplorer.gui.lesson.model.Opening;
import io.conflictexplorer.gui.lesson.view.OpeningVeil;
import io.conflictexplorer.gui.projection.OperationNames;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17's big scenario in the real window ({@link BigScenario#classroom()}: 8 clients x 1,000
 * operations on 10 keys), opened as the app opens a file given on its command line ({@link
 * Opening}), and what a teacher then does with it. Logs (timings are no assertion):
 *
 * <ul>
 *   <li>BIG-OPEN: from the open to the scenario drawn (the veil gone, the diagram showing it), and
 *       to the window holding still (the fit done);
 *   <li>BIG-KEY: Home and End, from the key to the end of the pulse after it, the FX thread's CPU
 *       with the tasks it queued (the scroll to the step) included;
 *   <li>BIG-DRAG: a chip dragged by the mouse, one tick at a time: each move (the chip follows the
 *       pointer at once), and its preview (the new run, shown when made in the background);
 *   <li>BIG-PRESENTER: Presenter on and off (F5) at the last step, timed as the keys are: its fit
 *       searches the sizes afresh, the chips split and not where they can;
 *   <li>BIG-MEMORY: the heap in use after a full collection, and the process's resident memory.
 * </ul>
 *
 * <p>A generator, not a test: {@code mvn verify} skips it. Run: {@code mvn -pl gui -am verify
 * -Pgenerators -Dtest=BigScenarioTest -Dsurefire.failIfNoSpecifiedTests=false -DskipITs | grep BIG-}.
 * It also writes the scenario as a file the app opens ({@code gui/target/big-scenario/classroom.cexp.json},
 * or {@code -Dbig.file=...}), for the real-window figures ({@code bench/window_figures.py}).
 */
@Tag("generator")
class BigScenarioTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    /** Writes the classroom-size scenario where {@code big.file} says; returns where. */
    static Path write() throws IOException {
        Path file = Path.of(System.getProperty("big.file", "target/big-scenario/classroom.cexp.json"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        ScenarioFiles.write(BigScenario.classroom(), file);
        return file;
    }

    @Test
    void writesTheScenarioAsAFileTheAppOpens() throws Exception {
        Path file = write();
        assertEquals(BigScenario.classroom(), ScenarioFiles.read(file));
        System.out.printf("BIG-FILE %s, %,d bytes%n", file.toAbsolutePath(), Files.size(file));
    }

    @Test
    void logsWhatOpeningStepsAndDraggingCost(FxRobot robot) throws Exception {
        Path file = write();
        Scenario big = BigScenario.classroom();
        Opening opening = onFx(() -> {
            Opening o = new Opening(vm, Platform::runLater);
            OpeningVeil.install(stage, view, o);
            return o;
        });
        long t0 = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> opening.open(file));
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> onFx(() -> opening.messageProperty().get().isEmpty() && big.equals(vm.getScenario())));
        WaitForAsyncUtils.waitForFxEvents();
        long drawn = System.nanoTime() - t0;
        settle(robot);
        long still = System.nanoTime() - t0;
        assertEquals(8_000, vm.getScenario().operations().size());
        System.out.printf(
                "BIG-OPEN 8 clients x 1,000 operations: drawn %.2f s after the open, the window still after %.2f s%n",
                drawn / 1e9, still / 1e9);

        for (int round = 0; round < Integer.getInteger("key.rounds", 3); round++) {
            for (KeyCode key : new KeyCode[] {KeyCode.HOME, KeyCode.END}) {
                TimedFrame f = TimedFrame.of(
                        stage.getScene(),
                        () -> Event.fireEvent(
                                stage.getScene().getRoot(),
                                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false)));
                settle(robot);
                System.out.printf(
                        "BIG-KEY %s (round %d): handler %.1f ms, pulse %.1f ms, FX thread CPU with the queued tasks %.1f ms%n",
                        key, round + 1, f.handlerNanos() / 1e6, f.pulseNanos() / 1e6, f.fxCpuNanos() / 1e6);
            }
        }
        assertEquals(
                vm.playback().stepCountProperty().get(),
                vm.playback().cursorProperty().get(),
                "End went to the end");

        // Presenter on and off: Presenter's fit searches its sizes afresh (its chips split or not)
        for (int round = 0; round < Integer.getInteger("key.rounds", 3); round++) {
            for (String way : new String[] {"on", "off"}) {
                TimedFrame f = TimedFrame.of(
                        stage.getScene(),
                        () -> Event.fireEvent(
                                stage.getScene().getRoot(),
                                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F5, false, false, false, false)));
                settle(robot);
                System.out.printf(
                        "BIG-PRESENTER %s (round %d): handler %.1f ms, pulse %.1f ms, FX thread CPU with the queued tasks %.1f ms%n",
                        way, round + 1, f.handlerNanos() / 1e6, f.pulseNanos() / 1e6, f.fxCpuNanos() / 1e6);
            }
        }
        assertFalse(vm.presentation().presenterProperty().get(), "F5 twice: the desk again");

        drag(robot, big);

        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(
                "BIG-MEMORY heap in use after a full collection %.0f MB; resident %s%n", heap / 1e6, resident());
        assertTrue(heap > 0);
    }

    /**
     * Drags a chip near the end (in view after End) with mouse events, as a hand does: one tick to
     * the right, then back, and so on. Each move is timed from the event to the end of the pulse
     * after it (the chip follows the pointer at once: its preview runs in the background); then,
     * until its preview is shown, how long that took from the move and what showing it cost the
     * FX thread. The release records one move.
     */
    private void drag(FxRobot robot, Scenario big) throws Exception {
        // near the end, with room for it on the next tick of its lane
        int k = 7_990;
        while (big.freeTime(
                        big.operations().get(k).client(),
                        k + 1,
                        big.operations().get(k).id(),
                        k)
                != k + 1) {
            k--;
        }
        String id = big.operations().get(k).id();
        Node chip = onFx(() -> robot.lookup("#chip-" + id).query());
        Bounds b = onFx(() -> chip.localToScene(chip.getLayoutBounds()));
        double x = b.getCenterX();
        double y = b.getCenterY();
        double tick = tick();
        fire(chip, MouseEvent.MOUSE_PRESSED, x, y);
        int rounds = Integer.getInteger("perf.rounds", 10) * 2 + 1; // odd: it ends a tick right of where it began
        long[] move = new long[rounds];
        long[] moveCpu = new long[rounds];
        long[] shown = new long[rounds];
        long[] show = new long[rounds];
        long at = big.operation(id).time();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] stepCpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            double to = x + (i % 2 == 0 ? tick : 0);
            long revision = onFx(vm::revision);
            long cpu0 = threads.getThreadCpuTime(fxThread);
            long t0 = System.nanoTime();
            TimedFrame f = TimedFrame.of(stage.getScene(), () -> fire(chip, MouseEvent.MOUSE_DRAGGED, to, y));
            move[i] = f.nanos();
            moveCpu[i] = f.fxCpuNanos();
            // shown: the view model has the scenario with the chip where the pointer took it
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(vm::revision) > revision);
            shown[i] = System.nanoTime() - t0;
            WaitForAsyncUtils.waitForFxEvents();
            stepCpu[i] = threads.getThreadCpuTime(fxThread) - cpu0;
            show[i] = vm.lastRecomputeNanos();
        }
        fire(chip, MouseEvent.MOUSE_RELEASED, x + tick, y);
        WaitForAsyncUtils.waitForFxEvents();
        // one gesture, at most one undo step: none when it let go where it began
        String undo = onFx(() -> vm.editing().undoCommand().textProperty().get());
        boolean moved = onFx(() -> !vm.getScenario().equals(big));
        assertEquals(moved, undo.startsWith("Undo move " + OperationNames.name(big.operation(id)) + " to t="), undo);
        if (moved) {
            WaitForAsyncUtils.asyncFx(vm.editing()::undo);
            WaitForAsyncUtils.waitForFxEvents();
        }
        System.out.printf(
                "BIG-DRAG %d moves of %s by one tick: the move (event to pulse end) median %.1f ms, max %.1f ms, FX thread CPU median %.1f ms; "
                        + "its preview shown after median %.0f ms, max %.0f ms; showing it (projection, diagram, panels) median %.1f ms; "
                        + "the FX thread's CPU from the move to the preview shown and drawn, median %.1f ms%n",
                rounds,
                id,
                median(move) / 1e6,
                max(move) / 1e6,
                median(moveCpu) / 1e6,
                median(shown) / 1e6,
                max(shown) / 1e6,
                median(show) / 1e6,
                median(stepCpu) / 1e6);
    }

    /** A primary-button mouse event of {@code type} at ({@code sceneX}, {@code sceneY}), fired at {@code chip}. */
    private static void fire(Node chip, EventType<MouseEvent> type, double sceneX, double sceneY) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            boolean down = type != MouseEvent.MOUSE_RELEASED;
            Event.fireEvent(
                    chip,
                    new MouseEvent(
                            type,
                            sceneX,
                            sceneY,
                            sceneX,
                            sceneY,
                            MouseButton.PRIMARY,
                            1,
                            false,
                            false,
                            false,
                            false,
                            down,
                            false,
                            false,
                            true,
                            false,
                            false,
                            null));
            return null;
        }));
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /** The process's resident set, from /proc (Linux); "unknown" elsewhere. */
    private static String resident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return line.substring(6).strip();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown";
    }
}
