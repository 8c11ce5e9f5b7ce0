package io.conflictexplorer.gui.export;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.model.FileWriting;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The scenario menu's Export submenu: the slide at the cursor's step (SVG, PNG, PNG at 2x for 4K),
 * every step as numbered frames into a folder or as an animated GIF, and the run as Mermaid,
 * PlantUML or a ShiViz log, copied to the clipboard or saved, and the step table of every clock
 * scheme ({@link TableExport}) as Markdown or CSV. Each item runs
 * {@link ExportActions} through the view model, which reports a failure.
 */
public final class ExportMenu {

    /** Asks where an export goes; behind an interface so tests need no native dialog. */
    public interface Dialogs {
        Optional<Path> file(Window owner, String title, String description, String suggestedName);

        Optional<Path> folder(Window owner, String title);
    }

    private ExportMenu() {}

    /** The submenu with the JavaFX file and folder choosers. */
    public static Menu of(ExplorerViewModel vm, Supplier<Window> owner) {
        return of(vm, owner, new FxDialogs());
    }

    public static Menu of(ExplorerViewModel vm, Supplier<Window> owner, Dialogs dialogs) {
        Menu menu = new Menu("Export");
        menu.setId("export-menu");
        menu.getItems()
                .addAll(
                        file(vm, owner, dialogs, "export-svg", "Slide at this step (SVG)...", ExportFormat.SVG, 1),
                        file(vm, owner, dialogs, "export-png-1x", "Slide at this step (PNG)...", ExportFormat.PNG, 1),
                        file(
                                vm,
                                owner,
                                dialogs,
                                "export-png-2x",
                                "Slide at this step, 4K (PNG 2x)...",
                                ExportFormat.PNG,
                                2),
                        frames(vm, owner, dialogs, false),
                        frames(vm, owner, dialogs, true),
                        file(
                                vm,
                                owner,
                                dialogs,
                                "export-gif",
                                "Every step as an animated GIF...",
                                ExportFormat.GIF,
                                0.5),
                        new SeparatorMenuItem(),
                        copy(vm, "copy-mermaid", "Copy as Mermaid", ExportFormat.MERMAID),
                        copy(vm, "copy-plantuml", "Copy as PlantUML", ExportFormat.PLANTUML),
                        copy(vm, "copy-shiviz", "Copy as ShiViz log", ExportFormat.SHIVIZ),
                        file(vm, owner, dialogs, "save-mermaid", "Save as Mermaid...", ExportFormat.MERMAID, 1),
                        file(vm, owner, dialogs, "save-plantuml", "Save as PlantUML...", ExportFormat.PLANTUML, 1),
                        file(vm, owner, dialogs, "save-shiviz", "Save as ShiViz log...", ExportFormat.SHIVIZ, 1),
                        new SeparatorMenuItem(),
                        table(vm, owner, dialogs));
        return menu;
    }

    private static MenuItem file(
            ExplorerViewModel vm,
            Supplier<Window> owner,
            Dialogs dialogs,
            String id,
            String text,
            ExportFormat format,
            double scale) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> dialogs.file(
                        owner.get(),
                        text.replace("...", ""),
                        format.cliName().toUpperCase(Locale.ROOT) + " (*" + format.extension() + ")",
                        baseName(vm) + format.extension())
                .ifPresent(p -> vm.document().export(p, ExportActions.writing(vm, format, scale, false))));
        return item;
    }

    /** The step table of every clock scheme, as Markdown, or as CSV when the file's name ends in .csv. */
    private static MenuItem table(ExplorerViewModel vm, Supplier<Window> owner, Dialogs dialogs) {
        MenuItem item = new MenuItem("Step table of every clock scheme (Markdown or CSV)...");
        item.setId("export-table");
        item.setOnAction(e -> dialogs.file(
                        owner.get(),
                        "Step table of every clock scheme",
                        "Markdown or CSV (*.md, *.csv)",
                        baseName(vm) + TableExport.Format.MD.extension())
                .ifPresent(p -> vm.document().export(p, TableExport.writing(vm.getScenario()))));
        return item;
    }

    private static MenuItem frames(ExplorerViewModel vm, Supplier<Window> owner, Dialogs dialogs, boolean svg) {
        MenuItem item = new MenuItem("Every step as " + (svg ? "SVG" : "PNG") + " frames into a folder...");
        item.setId(svg ? "export-frames-svg" : "export-frames-png");
        FileWriting writing = ExportActions.writing(vm, ExportFormat.FRAMES, 1, svg);
        item.setOnAction(e -> dialogs.folder(owner.get(), "Folder for the frames")
                .ifPresent(p -> vm.document().export(p, writing)));
        return item;
    }

    private static MenuItem copy(ExplorerViewModel vm, String id, String text, ExportFormat format) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(ExportActions.text(vm, format));
            Clipboard.getSystemClipboard().setContent(content);
            vm.document().setStatus("Copied the run as " + text.substring("Copy as ".length()));
        });
        return item;
    }

    /** The scenario's title as a file name, e.g. "partition-then-heal". */
    static String baseName(ExplorerViewModel vm) {
        String name =
                vm.document().titleProperty().get().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        name = name.replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "scenario" : name;
    }

    /** The JavaFX choosers, starting in the last folder used. */
    static final class FxDialogs implements Dialogs {
        private static final Pattern PATTERN = Pattern.compile("\\*\\.[A-Za-z0-9]+");
        private File lastFolder;

        @Override
        public Optional<Path> file(Window owner, String title, String description, String suggestedName) {
            FileChooser c = new FileChooser();
            c.setTitle(title);
            String extension = suggestedName.substring(suggestedName.lastIndexOf('.'));
            // the patterns the description names ("*.md, *.csv"), else the suggested name's
            List<String> patterns = new ArrayList<>();
            Matcher m = PATTERN.matcher(description);
            while (m.find()) {
                patterns.add(m.group());
            }
            if (patterns.isEmpty()) {
                patterns.add("*" + extension);
            }
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
            c.setInitialFileName(suggestedName);
            start(c::setInitialDirectory);
            return remember(c.showSaveDialog(owner));
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle(title);
            start(c::setInitialDirectory);
            File dir = c.showDialog(owner);
            if (dir != null) {
                lastFolder = dir;
            }
            return Optional.ofNullable(dir).map(File::toPath);
        }

        private void start(Consumer<File> setter) {
            File home = new File(System.getProperty("user.home"));
            if (lastFolder != null && lastFolder.isDirectory()) {
                setter.accept(lastFolder);
            } else if (home.isDirectory()) {
                setter.accept(home);
            }
        }

        private Optional<Path> remember(File f) {
            if (f == null) {
                return Optional.empty();
            }
            lastFolder = f.getParentFile();
            return Optional.of(f.toPath());
        }
    }
}
