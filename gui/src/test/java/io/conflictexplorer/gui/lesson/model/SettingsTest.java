package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dark theme, the playback speed and Presenter on one page are remembered from one start to the
 * next, in the app's folder.
 */
class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void theThemeTheSpeedAndOnePageChosenOnceAreThereAtTheNextStart() {
        ExplorerViewModel first = viewModel(new ManualTicker());
        new Settings(dir).attach(first.presentation());
        assertFalse(first.presentation().darkProperty().get(), "light until chosen");
        first.presentation().darkProperty().set(true);
        first.presentation().speedProperty().set(2.0);
        assertFalse(first.presentation().onePageProperty().get(), "two pages where needed, until chosen");
        first.presentation().onePageProperty().set(true);
        assertTrue(Files.isRegularFile(dir.resolve(Settings.FILE)));

        ExplorerViewModel next = viewModel(new ManualTicker());
        new Settings(dir).attach(next.presentation());
        assertTrue(next.presentation().darkProperty().get());
        assertEquals(2.0, next.presentation().speedProperty().get());
        assertTrue(next.presentation().onePageProperty().get());
    }

    @Test
    void anUnreadableFileMeansTheDefaults() throws Exception {
        Files.writeString(dir.resolve(Settings.FILE), "playback.speed=fast\ntheme.dark=\\u12");
        ExplorerViewModel vm = viewModel(new ManualTicker());
        new Settings(dir).attach(vm.presentation());
        assertFalse(vm.presentation().darkProperty().get());
        assertEquals(1.0, vm.presentation().speedProperty().get());
        assertFalse(vm.presentation().onePageProperty().get());
    }
}
