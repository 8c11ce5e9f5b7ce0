package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.Document;
import io.conflictexplorer.gui.lesson.model.FileWriting;
import io.conflictexplorer.gui.platform.DialogService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What the window's file buttons and keys do: ask a {@link DialogService} where, then tell the
 * {@link Document}. A file name is suggested from the scenario's title ("two-concurrent-writers.json").
 */
final class FileActions {

    private final Document document;
    private final DialogService dialogs;
    private final Supplier<Window> window;
    private final Supplier<FileWriting> picture;
    private Consumer<Path> openScenario;

    /**
     * @param window  the window the dialogs belong to (null until it is shown)
     * @param picture writes the slide of the step on display, as a PNG
     */
    FileActions(Document document, DialogService dialogs, Supplier<Window> window, Supplier<FileWriting> picture) {
        this.document = document;
        this.dialogs = dialogs;
        this.window = window;
        this.picture = picture;
        this.openScenario = document::open;
    }

    /** What Open does with the file chosen (the app: opens a large one in the background). */
    void setOnOpenScenario(Consumer<Path> openScenario) {
        this.openScenario = openScenario;
    }

    void open() {
        dialogs.chooseScenarioToOpen(window.get()).ifPresent(openScenario);
    }

    /** Saves to the file it came from, else asks where; true when it was saved. */
    boolean save() {
        Path file = document.fileProperty().get();
        return file != null ? document.save(file) : saveAs();
    }

    boolean saveAs() {
        return dialogs.chooseScenarioToSave(window.get(), fileName(".json"))
                .map(document::save)
                .orElse(false);
    }

    /** Asked when the window closes with unsaved edits: true when it may close. */
    boolean saveBeforeClosing() {
        return switch (dialogs.askToSave(window.get(), document.titleProperty().get())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The step on display as a slide (PNG, 1920x1080), where the teacher says. */
    void exportPng() {
        dialogs.choosePngToExport(window.get(), fileName(".png")).ifPresent(p -> document.export(p, picture.get()));
    }

    private String fileName(String extension) {
        String title = document.titleProperty()
                .get()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (title.isEmpty() ? "scenario" : title) + extension;
    }
}
