package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.files.ScenarioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preset box and the window's title say what is open: a preset by its number and title, a file
 * by its name (never "Edited scenario" for a file opened and not edited), either with "(edited)"
 * once edited; a crash restore keeps the file's name and says whether it differs from the file.
 */
class OpenedScenarioTest {

    @TempDir
    Path dir;

    private final ExplorerViewModel vm = viewModel();

    private String label() {
        return vm.document().opened().labelProperty().get();
    }

    @Test
    void aPresetAFileAndANewScenarioAreNamedAsTheTeacherOpenedThem() throws Exception {
        assertEquals("1. Two concurrent writers", label());
        vm.document().loadPreset(preset("A fast clock beats a later write"));
        assertEquals("7. A fast clock beats a later write", label());
        vm.editing().nudgeSelected(1); // nothing selected: no edit
        vm.selection().select("w2");
        vm.editing().nudgeSelected(1);
        assertEquals("7. A fast clock beats a later write (edited)", label());

        Path file = dir.resolve("cart.cexp.json");
        ScenarioFiles.write(preset("The shopping cart").scenario(), file);
        assertTrue(vm.document().open(file));
        assertEquals("cart.cexp.json", label(), "the file it is, although it holds a preset's scenario");
        assertEquals(
                "cart.cexp.json - Conflict Explorer",
                vm.document().windowTitleProperty().get());
        vm.selection().select("w2");
        vm.editing().nudgeSelected(-1);
        assertEquals("cart.cexp.json (edited)", label());
        assertEquals(
                "cart.cexp.json * - Conflict Explorer",
                vm.document().windowTitleProperty().get());
        assertTrue(vm.document().save(file));
        assertEquals("cart.cexp.json", label());

        int opened = vm.document().opened().openedProperty().get();
        vm.document().newScenario();
        assertEquals("New scenario", label());
        assertEquals(opened + 1, vm.document().opened().openedProperty().get(), "each scenario opened counts");
        vm.editing().addClient();
        assertEquals("New scenario (edited)", label());
        assertEquals(opened + 1, vm.document().opened().openedProperty().get(), "an edit opens nothing");
    }

    /** After a crash the restored window still names the file, and says whether it differs from it. */
    @Test
    void aCrashRestoreKeepsTheFilesNameAndWhetherItWasEdited() throws Exception {
        Path file = dir.resolve("cart.cexp.json");
        ScenarioFiles.write(preset("The shopping cart").scenario(), file);
        Autosave.Quiet never = new Autosave.Quiet() {
            @Override
            public void restart(Runnable whenQuiet) {}

            @Override
            public void stop() {}
        };
        Path home = dir.resolve("home");
        Autosave first = new Autosave(home, never);
        first.attach(vm);
        assertTrue(vm.document().open(file));
        vm.selection().select("w2");
        vm.editing().nudgeSelected(-1);
        first.flush(); // then the app crashes: no clean exit

        ExplorerViewModel next = viewModel();
        assertTrue(new Autosave(home, never).attach(next));
        assertEquals(vm.getScenario(), next.getScenario());
        assertEquals(file.toAbsolutePath(), next.document().fileProperty().get());
        assertEquals(
                "cart.cexp.json (edited)",
                next.document().opened().labelProperty().get());
        assertEquals(
                "cart.cexp.json * - Conflict Explorer",
                next.document().windowTitleProperty().get());
        assertTrue(
                next.document().statusProperty().get().contains("cart.cexp.json"),
                next.document().statusProperty().get());

        // restored unedited: the file's own name, nothing unsaved
        vm.editing().undo();
        first.flush();
        ExplorerViewModel third = viewModel();
        assertTrue(new Autosave(home, never).attach(third));
        assertEquals("cart.cexp.json", third.document().opened().labelProperty().get());
        assertFalse(third.document().unsavedProperty().get());
        assertTrue(Files.exists(home.resolve(Autosave.ORIGIN)));
    }

    /** A preset edited, then restored after a crash, is named as that preset, edited. */
    @Test
    void aCrashRestoreOfAnEditedPresetNamesThePreset() {
        Autosave.Quiet never = new Autosave.Quiet() {
            @Override
            public void restart(Runnable whenQuiet) {}

            @Override
            public void stop() {}
        };
        Path home = dir.resolve("home");
        Autosave first = new Autosave(home, never);
        first.attach(vm);
        vm.document().loadPreset(preset("A stale context"));
        vm.selection().select("w2");
        vm.editing().nudgeSelected(1);
        first.flush();
        ExplorerViewModel next = viewModel();
        assertTrue(new Autosave(home, never).attach(next));
        assertEquals(
                "2. A stale context (edited)",
                next.document().opened().labelProperty().get());
        assertTrue(next.document().unsavedProperty().get());
    }
}
