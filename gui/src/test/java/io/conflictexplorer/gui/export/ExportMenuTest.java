package io.conflictexplorer.gui.export;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.compare.StepTable;
import io.conflictexplorer.core.compare.StepTableText;
import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.gui.MainWindow;
import io.conflictexplorer.gui.files.PictureFiles;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.FileDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario menu's Export submenu in the real window: each item writes or copies its format. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {

    @TempDir
    Path dir;

    private ExplorerViewModel vm;
    private Stage stage;
    private Path nextFile;
    private Path nextFolder;

    private final ExportMenu.Dialogs dialogs = new ExportMenu.Dialogs() {
        @Override
        public Optional<Path> file(Window owner, String title, String description, String suggestedName) {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.ofNullable(nextFolder);
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new ExplorerViewModel(Assets.presets(), Platform::runLater);
        MainWindow.show(stage, vm, new FileDialogs() {
            @Override
            public Optional<Path> chooseScenarioToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseScenarioToSave(Window owner, String suggestedName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> choosePngToExport(Window owner, String suggestedName) {
                return Optional.empty();
            }
        });
    }

    private static MenuItem item(Menu menu, String id) {
        return menu.getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private void fire(MenuItem item) {
        WaitForAsyncUtils.asyncFx(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theScenarioMenuHasTheExportSubmenu(FxRobot robot) {
        MenuButton scenarioMenu = onFx(() -> robot.lookup("#scenario-menu").queryAs(MenuButton.class));
        Menu export = scenarioMenu.getItems().stream()
                .filter(i -> "export-menu".equals(i.getId()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow();

        for (String id : List.of(
                "export-svg",
                "export-png-1x",
                "export-png-2x",
                "export-frames-png",
                "export-frames-svg",
                "export-gif",
                "copy-mermaid",
                "copy-plantuml",
                "copy-shiviz",
                "save-mermaid",
                "save-plantuml",
                "save-shiviz",
                "export-table")) {
            item(export, id);
        }
    }

    @Test
    void theTableItemSavesMarkdownOrCsvByTheFilesName(FxRobot robot) throws Exception {
        Menu export = ExportMenu.of(vm, () -> stage, dialogs);
        nextFile = dir.resolve("table.md");
        fire(item(export, "export-table"));
        String md = Files.readString(nextFile, StandardCharsets.UTF_8);
        assertEquals(StepTableText.markdown(StepTable.of(vm.getScenario(), List.of(Scheme.values()))), md);
        nextFile = dir.resolve("table.csv");
        fire(item(export, "export-table"));
        String csv = Files.readString(nextFile, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("step,t,event,lww stored,"), csv);
    }

    @Test
    void eachItemWritesItsFormatOfTheRunOnDisplay(FxRobot robot) throws Exception {
        Menu export = ExportMenu.of(vm, () -> stage, dialogs);

        nextFile = dir.resolve("slide.png");
        fire(item(export, "export-png-2x"));
        assertEquals(3840, ImageIO.read(nextFile.toFile()).getWidth());
        assertEquals(vm.getScenario(), PictureFiles.read(nextFile));

        nextFile = dir.resolve("run.puml");
        fire(item(export, "save-plantuml"));
        assertEquals(
                Exporter.text(vm.getSimulation(), ExportFormat.PLANTUML),
                Files.readString(nextFile, StandardCharsets.UTF_8));

        nextFolder = dir.resolve("frames");
        fire(item(export, "export-frames-svg"));
        try (Stream<Path> frames = Files.list(nextFolder)) {
            assertEquals(vm.getSimulation().vv().size() + 1, frames.count());
        }
        assertTrue(
                vm.document().statusProperty().get().startsWith("Exported frames"),
                vm.document().statusProperty().get());
    }

    @Test
    void copyPutsTheTextOnTheClipboard() throws Exception {
        Menu export = ExportMenu.of(vm, () -> stage, dialogs);
        fire(item(export, "copy-mermaid"));

        String copied = WaitForAsyncUtils.asyncFx(
                        () -> Clipboard.getSystemClipboard().getString())
                .get();
        assertEquals(Exporter.text(vm.getSimulation(), ExportFormat.MERMAID), copied);
        assertEquals("Copied the run as Mermaid", vm.document().statusProperty().get());
    }
}
