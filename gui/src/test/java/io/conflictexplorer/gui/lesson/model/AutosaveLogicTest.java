package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autosave's rules without a window: a session that did not exit cleanly is restored by the next
 * one, a clean exit is not, a damaged autosave is reported. The debounced write is flushed by hand
 * here; {@code AutosaveTest} waits for it in the real window.
 */
class AutosaveLogicTest {

    @TempDir
    Path home;

    /** The debounced write never comes by itself: the test flushes when it means to. */
    private static final Autosave.Quiet NEVER = new Autosave.Quiet() {
        @Override
        public void restart(Runnable whenQuiet) {}

        @Override
        public void stop() {}
    };

    private Autosave autosave() {
        return new Autosave(home, NEVER);
    }

    @Test
    void aSessionThatDidNotExitCleanlyIsRestoredByTheNextOne() throws Exception {
        ExplorerViewModel first = viewModel();
        Autosave saver = autosave();
        assertFalse(saver.attach(first), "nothing to restore at the first start");
        assertTrue(Files.exists(saver.marker()), "a running session is marked");
        assertEquals(first.getScenario(), ScenarioFiles.read(saver.file()), "the starting point is saved at once");
        first.cluster().addReplica();
        Scenario edited = first.getScenario();
        saver.flush();
        assertEquals(edited, ScenarioFiles.read(saver.file()));

        // crash: cleanExit() never runs, the marker stays
        ExplorerViewModel next = viewModel();
        assertTrue(autosave().attach(next));
        assertEquals(edited, next.getScenario());
        assertTrue(
                next.document().statusProperty().get().startsWith("Restored your edits"),
                next.document().statusProperty().get());
        assertFalse(next.editing().undoCommand().enabledProperty().get(), "a restore is where the history starts");
    }

    @Test
    void aCleanExitIsNotRestored() {
        ExplorerViewModel first = viewModel();
        Autosave saver = autosave();
        saver.attach(first);
        first.cluster().addReplica();
        saver.cleanExit();
        assertFalse(Files.exists(saver.marker()));

        ExplorerViewModel next = viewModel();
        assertFalse(autosave().attach(next));
        assertEquals("Two concurrent writers", next.getScenario().title());
        assertTrue(next.getScenario().topology().isSingle());
        assertEquals("", next.document().statusProperty().get());
    }

    @Test
    void aDamagedAutosaveIsReportedAndTheDefaultOpens() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("session.lock"), "1");
        Files.writeString(
                home.resolve("autosave.json"), "{\"format\": \"conflict-explorer-scenario\", \"version\": 2, \"clie");
        ExplorerViewModel next = viewModel();
        assertFalse(autosave().attach(next));
        assertEquals("Two concurrent writers", next.getScenario().title());
        assertTrue(
                next.document()
                        .statusProperty()
                        .get()
                        .startsWith("The autosave of the last session could not be restored"),
                next.document().statusProperty().get());
    }

    @Test
    void aCrashedSessionIsRestoredInTheBackgroundWhenTheAppHasTheWindowUp() throws Exception {
        ExplorerViewModel first = viewModel();
        Autosave saver = autosave();
        saver.attach(first);
        first.cluster().addReplica();
        Scenario edited = first.getScenario();
        saver.flush(); // then a crash: the marker stays

        ExplorerViewModel next = viewModel();
        Deque<Runnable> background = new ArrayDeque<>();
        Opening opening = new Opening(next, background::add, Runnable::run, Runnable::run);
        Autosave again = autosave();
        assertTrue(again.attach(next, opening), "there is a session to restore");
        assertEquals("Two concurrent writers", next.getScenario().title(), "not yet: it is read and run first");
        assertEquals("Restoring the last session ...", opening.messageProperty().get());
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertEquals(edited, next.getScenario());
        assertTrue(
                next.document().statusProperty().get().startsWith("Restored your edits"),
                next.document().statusProperty().get());
        assertEquals("", opening.messageProperty().get());
        assertTrue(Files.exists(again.marker()), "this session is marked as running");
    }

    @Test
    void aCrashedSessionReadFromTheStartIsRestoredAndOneClosedWhileStartingIsKept() throws Exception {
        ExplorerViewModel first = viewModel();
        Autosave saver = autosave();
        saver.attach(first);
        first.cluster().addReplica();
        Scenario edited = first.getScenario();
        saver.flush(); // then a crash: the marker stays

        Autosave closedWhileStarting = autosave();
        assertTrue(closedWhileStarting.restoreAhead() != null, "there is a session to restore");
        closedWhileStarting.cleanExit(); // the window closed before the view model was made
        assertTrue(Files.exists(saver.marker()), "the crashed session is still there to restore");

        ExplorerViewModel next = viewModel();
        Deque<Runnable> background = new ArrayDeque<>();
        Opening opening = new Opening(next, background::add, Runnable::run, Runnable::run);
        Autosave again = autosave();
        Opening.Early early = again.restoreAhead(); // read and run on a thread of its own from the start
        assertTrue(again.attach(next, opening, early));
        while (!background.isEmpty()) {
            background.poll().run(); // waits for it
        }
        assertEquals(edited, next.getScenario());
        assertTrue(
                next.document().statusProperty().get().startsWith("Restored your edits"),
                next.document().statusProperty().get());
    }
}
