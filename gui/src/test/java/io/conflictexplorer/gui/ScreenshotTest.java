package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.gui.platform.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Puts the window in the states a lesson shows and writes each to target/screenshots/ for a human
 * to look at (the best are copied to assets/screenshots/ for the README). A generator, not a test:
 * {@code mvn verify} skips it; run it with {@code mvn -pl gui -am verify -Pgenerators
 * -Dtest=ScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("generator")
class ScreenshotTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void preset(FxRobot robot, String title) {
        pickPreset(robot, title);
    }

    @Test
    void mainStates(FxRobot robot) throws Exception {
        Path file = screenshot(robot, "01-default-preset");
        assertTrue(Files.size(file) > 10_000);

        robot.clickOn("#preset-picker");
        WaitForAsyncUtils.waitForFxEvents();
        Window popup =
                robot.listWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        write(
                WaitForAsyncUtils.waitFor(
                        WaitForAsyncUtils.asyncFx(() -> popup.getScene().snapshot(null))),
                "00-preset-list");
        robot.push(KeyCode.ESCAPE);

        robot.clickOn("#chip-w2");
        screenshot(robot, "02-causality-of-w2");
        robot.clickOn("#chip-w2"); // unselect

        preset(robot, "A stale context");
        screenshot(robot, "03-conflict-stale-context");

        preset(robot, "Resolving a conflict");
        robot.clickOn("#step-back");
        screenshot(robot, "04-conflict-before-resolving");
        robot.clickOn("#step-forward");
        screenshot(robot, "05-resolved-conflict");

        preset(robot, "The shopping cart");
        screenshot(robot, "06-shopping-cart");

        // the presenter view, on a 1080p projector
        projector();
        preset(robot, "Three clients at once");
        robot.clickOn("#presenter");
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, "07-presenter-three-clients");

        preset(robot, "Two concurrent writers");
        screenshot(robot, "08-presenter-default");
    }

    /** The cluster presets: a partition during and after the heal, clock skew, naive counters next to dots. */
    @Test
    void clusterStates(FxRobot robot) throws Exception {
        preset(robot, "Partition, then heal");
        // during the partition: both writes applied, no gossip has got through yet
        int during = stepAfter(vm.getSimulation().vv(), "w2");
        WaitForAsyncUtils.asyncFx(() -> vm.playback().setCursor(during));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("replicas differ", text(robot, "#vv-converged"));
        screenshot(robot, "10-cluster-partition-during");
        WaitForAsyncUtils.asyncFx(
                () -> vm.playback().setCursor(vm.playback().stepCountProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("replicas agree", text(robot, "#vv-converged"));
        screenshot(robot, "11-cluster-partition-healed");

        preset(robot, "A fast clock beats a later write");
        screenshot(robot, "12-cluster-skew");

        preset(robot, "Per-replica counters lose a write");
        screenshot(robot, "13-cluster-naive-counters");
        robot.clickOn("#scheme-dotted");
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, "14-cluster-dotted-counters");
        robot.clickOn("#add-replica"); // a third replica: three lanes, three links
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, "16-cluster-three-replicas");

        projector();
        preset(robot, "Partition, then heal");
        robot.clickOn("#presenter");
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, "15-presenter-cluster-partition");
    }

    /**
     * The gallery (docs/screenshots.md): every preset at 1280x800 and 1920x1080, in the desk and the
     * Presenter view, at its last step (End, which also scrolls the step into view), through the
     * same window and layout as {@code LayoutFitTest}; then the dark theme, desk at 1280x800 and
     * Presenter at 1920x1080, on the first and the fifth preset. Written to target/screenshots/gallery/,
     * copied from there to assets/screenshots/gallery/.
     */
    @Test
    void gallery(FxRobot robot) throws Exception {
        for (double[] size : new double[][] {{1280, 800}, {1920, 1080}}) {
            for (boolean presenter : new boolean[] {false, true}) {
                for (Preset p : vm.document().presets()) {
                    galleryShot(robot, p, size, presenter, false);
                }
            }
        }
        for (Preset p :
                List.of(vm.document().presets().get(0), vm.document().presets().get(4))) {
            galleryShot(robot, p, new double[] {1280, 800}, false, true);
            galleryShot(robot, p, new double[] {1920, 1080}, true, true);
        }
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().darkProperty().set(false));
    }

    private void galleryShot(FxRobot robot, Preset p, double[] size, boolean presenter, boolean dark) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            vm.presentation().setPresenter(presenter);
            vm.presentation().darkProperty().set(dark);
            vm.document().loadPreset(p);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scenario-title").push(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(size[0], stage.getScene().getWidth(), "the picture is the window's exact size");
        assertEquals(size[1], stage.getScene().getHeight());
        String name = (dark ? "dark-" : "") + p.file().replace(".json", "") + "-" + (int) size[0]
                + (presenter ? "-presenter" : "-desk");
        Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "gallery"));
        screenshot(robot, "gallery/" + name);
        if (onFx(() -> vm.presentation().pagedProperty().get())) { // Presenter's other page (V)
            robot.push(KeyCode.V);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            screenshot(robot, "gallery/" + name + "-results");
            robot.push(KeyCode.V);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /**
     * Makes the window a 1080p projector's full screen. It moves to the screen's corner first: a window
     * that reaches past Monocle's 1920x1080 headless screen has its pixel buffer clipped by Monocle,
     * which leaves the buffer's limit short, and JavaFX's next upload into that reused buffer throws
     * the {@code BufferOverflowException} the run used to print (about 45 times).
     */
    private void projector() {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cursor position just after operation {@code id} is applied. */
    private static int stepAfter(Trace t, String id) {
        return t.stepOf(id).index() + 1;
    }
}
