package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import io.conflictexplorer.gui.lesson.model.Autosave;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.view.MainView;
import io.conflictexplorer.gui.platform.Assets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edits are autosaved; a session that did not exit cleanly (a crash: the clean-exit path never
 * runs) is restored by the next window opened on the same autosave directory. The real window and
 * the real debounce; the rules alone (clean exit, damaged file) are in {@code AutosaveLogicTest}.
 */
class AutosaveTest extends WindowTest {

    @TempDir
    static Path home; // shared by the windows of one test, as the user's ~/.conflict-explorer is

    private Autosave autosave;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.deleteIfExists(home.resolve("session.lock"));
        Files.deleteIfExists(home.resolve("autosave.json"));
        vm = new ExplorerViewModel(Assets.presets(), Platform::runLater);
        autosave = new Autosave(home, Platform::runLater);
        autosave.attach(vm);
        view = MainWindow.show(stage, vm, dialogs);
    }

    /** Waits (without sleeping blindly) until the autosave file holds {@code expected}. */
    private void awaitAutosaved(Scenario expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                return Files.exists(autosave.file())
                        && ScenarioFiles.read(autosave.file()).equals(expected);
            } catch (ScenarioFileException e) {
                return false; // never half written, but be safe
            }
        });
    }

    /** Opens a second window, as the app does at start, on the same autosave directory. */
    private ExplorerViewModel[] reopen(Autosave[] saver, Stage[] window) throws Exception {
        ExplorerViewModel[] out = new ExplorerViewModel[1];
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            out[0] = new ExplorerViewModel(Assets.presets(), Platform::runLater);
            saver[0] = new Autosave(home, Platform::runLater);
            saver[0].attach(out[0]);
            window[0] = new Stage();
            MainView v = MainWindow.show(window[0], out[0], new FakeFileDialogs());
            return v;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return out;
    }

    @Test
    void editsSurviveACrashAndAreRestoredInTheNextWindow(FxRobot robot) throws Exception {
        assertTrue(Files.exists(autosave.marker()), "a running session is marked");
        robot.drag("#chip-r2", MouseButton.PRIMARY).moveBy(3 * tick(), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#add-replica");
        WaitForAsyncUtils.waitForFxEvents();
        Scenario edited = vm.getScenario();
        assertEquals(5, edited.operation("r2").time());
        awaitAutosaved(edited);

        // crash: cleanExit() never runs, the marker stays; a new window opens on the same directory
        Autosave[] saver = new Autosave[1];
        Stage[] window = new Stage[1];
        ExplorerViewModel restored = reopen(saver, window)[0];
        assertEquals(edited, restored.getScenario());
        Labeled status = onFx(() -> robot.from(window[0].getScene().getRoot())
                .lookup("#status-line")
                .queryAs(Labeled.class));
        assertTrue(status.isVisible());
        assertTrue(status.getText().startsWith("Restored your edits"), status.getText());
        assertFalse(restored.editing().undoCommand().enabledProperty().get(), "a restore is where the history starts");
        assertEquals(
                "0",
                ((Labeled) onFx(() -> robot.from(window[0].getScene().getRoot())
                                .lookup("#lww-lost")
                                .query()))
                        .getText());

        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            saver[0].cleanExit();
            window[0].close();
            return null;
        }));
        assertFalse(Files.exists(autosave.marker()), "a clean exit removes the marker");
    }
}
