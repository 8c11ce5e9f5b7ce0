package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.AtomicFileCrash;
import io.conflictexplorer.files.ScenarioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real process killed while it writes the autosave ({@link AtomicFileCrash}: the JVM halts, no
 * clean-up runs): after the first byte, half way, before the flush and before the rename, the
 * autosave on disk is the last one written whole, the next start restores it, and it removes the
 * temporary file the dead process left.
 */
class AutosaveCrashTest {

    private static final Autosave.Quiet NEVER = new Autosave.Quiet() {
        @Override
        public void restart(Runnable whenQuiet) {}

        @Override
        public void stop() {}
    };

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "600", "SYNC", "MOVE"})
    void aCrashWhileTheAutosaveIsWrittenKeepsTheLastOneAndTheNextStartCleansUp(String at, @TempDir Path tmp)
            throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        ExplorerViewModel first = viewModel();
        Autosave saver = new Autosave(home, NEVER);
        saver.attach(first);
        first.cluster().addReplica();
        saver.flush();
        Scenario lastWhole = first.getScenario();

        // the next edit's autosave is cut short by the process's death
        first.cluster().addReplica();
        Path next = Files.writeString(tmp.resolve("next.json"), ScenarioFiles.toJson(first.getScenario()));
        Process p = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AtomicFileCrash.class.getName(),
                        saver.file().toString(),
                        next.toString(),
                        at)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(AtomicFileCrash.HALTED, p.waitFor(), "the writer died at " + at + ": " + output);
        assertEquals(lastWhole, ScenarioFiles.read(saver.file()), "the last autosave written whole");
        assertEquals(1, leftovers(home).size(), "the dead writer's temporary file is still there");

        ExplorerViewModel restarted = viewModel();
        assertTrue(new Autosave(home, NEVER).attach(restarted));
        assertEquals(lastWhole, restarted.getScenario());
        assertEquals(List.of(), leftovers(home), "the next start removed it");
    }

    private static List<Path> leftovers(Path home) throws Exception {
        try (Stream<Path> s = Files.list(home)) {
            return s.filter(f -> f.getFileName().toString().startsWith(".autosave.json."))
                    .toList();
        }
    }
}
