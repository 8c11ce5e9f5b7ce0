package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open scenario as a document: its names, saved or not, what the status line says, what failed. */
class DocumentTest {

    @TempDir
    Path dir;

    private final ExplorerViewModel vm = viewModel();
    private final Document document = vm.document();

    @Test
    void aPresetIsNamedByItsTitleAndIsSaved() {
        assertEquals("Two concurrent writers", document.titleProperty().get());
        assertEquals(
                "Two concurrent writers - " + Document.APP_NAME,
                document.windowTitleProperty().get());
        assertEquals(
                preset("Two concurrent writers"),
                document.currentPresetProperty().get());
        assertFalse(document.unsavedProperty().get());
        assertNull(document.fileProperty().get());
        assertEquals("", document.statusProperty().get());
    }

    @Test
    void anEditIsUnsavedUntilSavedAndTheFileThenNamesTheWindow() {
        vm.editing().addWrite();
        assertTrue(document.unsavedProperty().get());
        assertNull(document.currentPresetProperty().get(), "an edited preset is no longer the preset");
        assertEquals(
                "Two concurrent writers * - " + Document.APP_NAME,
                document.windowTitleProperty().get());
        Path file = dir.resolve("lesson.json");
        assertTrue(document.save(file));
        assertFalse(document.unsavedProperty().get());
        assertEquals(file, document.fileProperty().get());
        assertEquals(
                "lesson.json - " + Document.APP_NAME,
                document.windowTitleProperty().get());
        assertEquals(
                "Saved lesson.json in " + dir.toAbsolutePath(),
                document.statusProperty().get());
    }

    @Test
    void aFailedExportIsAProblemAndLeavesTheStatusLine() {
        document.setStatus("before");
        assertFalse(document.export(dir.resolve("x.png"), f -> {
            throw new IOException("disk full");
        }));
        assertEquals(
                "The export was not saved", document.problemProperty().get().title());
        assertEquals(
                "x.png could not be written: disk full",
                document.problemProperty().get().message());
        assertEquals("before", document.statusProperty().get());
    }

    @Test
    void anExportSaysWhereItWent() throws IOException {
        Path file = dir.resolve("fig.svg");
        assertTrue(document.export(file, f -> Files.writeString(f, "<svg/>")));
        assertEquals(
                "Exported fig.svg in " + dir.toAbsolutePath(),
                document.statusProperty().get());
    }

    @Test
    void aNullStatusIsAnEmptyLineAndAnotherPresetClearsIt() {
        document.setStatus(null);
        assertEquals("", document.statusProperty().get());
        document.setStatus("Restored your edits");
        document.loadPreset(document.presets().get(1));
        assertEquals("", document.statusProperty().get(), "a message about the scenario before is stale");
        assertEquals(
                document.presetLabel(document.presets().get(1)),
                document.opened().labelProperty().get());
    }
}
