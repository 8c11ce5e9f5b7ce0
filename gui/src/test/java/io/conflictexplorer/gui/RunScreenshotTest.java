package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.check.run.RunFiles;
import io.conflictexplorer.gui.run.Mark;
import io.conflictexplorer.gui.run.RunCanvas;
import io.conflictexplorer.gui.run.RunSession;
import io.conflictexplorer.gui.run.RunView;
import io.conflictexplorer.gui.run.RunViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The run window's README pictures, written to target/screenshots/ for a human to look at (and to
 * copy to assets/screenshots/): the three-node cluster trace of assets/runs, a divergence
 * explained (an e2e case with one sibling removed from a reply), and a 10,000-line run zoomed out
 * (with one reply changed, so one divergence stands among thousands of losses and conflicts).
 *
 * <p>A generator, not a test: {@code mvn verify} skips it; run it with {@code mvn -pl gui -am
 * verify -Pgenerators -Dtest=RunScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("generator")
@ExtendWith(ApplicationExtension.class)
class RunScreenshotTest {

    private Stage stage;
    private RunViewModel vm;
    private RunView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new RunViewModel(Runnable::run);
        view = new RunView(vm, () -> {}, s -> {});
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private RunSession open(List<Path> files) throws Exception {
        RunSession s = RunSession.of(RunFiles.open(files));
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            vm.show(s);
            return null;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return s;
    }

    private void shot(String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WindowTest.write(
                WaitForAsyncUtils.waitFor(
                        WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))),
                name);
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clusterTrace() throws Exception {
        Path dir = Path.of("..", "assets", "runs", "three-node-cluster");
        RunSession s = open(List.of(dir.resolve("n1.trace"), dir.resolve("n2.trace"), dir.resolve("n3.trace")));
        assertEquals(3, s.timeline().lanes().size() - s.timeline().clientLanes(), "three replica lanes");
        assertTrue(!s.timeline().messages().isEmpty(), "gossip between them");
        onFx(() -> vm.next(Mark.CONFLICT));
        onFx(() -> view.canvas().zoomToFit());
        shot("run-cluster-trace");
    }

    @Test
    void divergenceExplained() throws Exception {
        Path e2e = Path.of("..", "protocol-node", "src", "test", "resources", "e2e");
        Path in = e2e.resolve("vv-three-concurrent-writers.in");
        String out = Files.readString(e2e.resolve("vv-three-concurrent-writers.out"), StandardCharsets.UTF_8);
        // the node "forgets" one concurrent write in its read: drop the first sibling of the last reply
        String[] lines = out.strip().split("\n");
        String last = lines[lines.length - 1];
        int start = last.indexOf("[{") + 1;
        int end = last.indexOf("}}, ", start) + 4;
        lines[lines.length - 1] = last.substring(0, start) + last.substring(end);
        Path dir = Files.createDirectories(Path.of("target", "run-shots"));
        Path mutated = dir.resolve("vv-three-concurrent-writers.out");
        Files.writeString(mutated, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        RunSession s = open(List.of(in, mutated));
        assertEquals(1, s.divergences().size(), s.divergences().toString());
        onFx(() -> vm.next(Mark.DIVERGENCE));
        shot("run-divergence-explained");
    }

    @Test
    void tenThousandLinesZoomedOut() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "run-shots"));
        List<Path> files = RunScaleTest.transcript(10_000);
        // one reply changed among 10,000: a vv_write_ok's clock
        String out = Files.readString(files.get(1), StandardCharsets.UTF_8);
        int at = out.indexOf("\"vc\": {", out.length() * 2 / 3);
        int close = out.indexOf('}', at);
        String changed = out.substring(0, at) + "\"vc\": {\"c9\": 1" + out.substring(close);
        Path mutated = dir.resolve("issue-10000.out");
        Files.writeString(mutated, changed, StandardCharsets.UTF_8);
        RunSession s = open(List.of(files.get(0), mutated));
        assertEquals(1, s.divergences().size(), s.divergences().toString());
        onFx(() -> view.canvas().zoomToFit());
        assertTrue(view.canvas().scaleProperty().get() < RunCanvas.DETAIL_PX, "zoomed out: density strips");
        shot("run-10000-lines-zoomed-out");
    }
}
