package io.conflictexplorer.gui.run.view;

import io.conflictexplorer.gui.run.model.EditAsScenario;
import io.conflictexplorer.gui.run.model.RunProjection;
import io.conflictexplorer.gui.run.model.RunViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window that shows opened runs, next to the main window: File > Open run..., files dropped on
 * either window and {@code --open FILE...} all come here. It appears with the first run that opens
 * and is reused for the next ones; an open that fails leaves it (and the main window) as they were.
 * It follows the main window's theme ({@link #darkProperty()}), live.
 */
public final class RunWindow {

    /** The background thread runs are read and simulated on: one at a time, never the FX thread. */
    private static final Executor OPENER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "run-opener");
        t.setDaemon(true);
        return t;
    });

    static final double WIDTH = 1280;
    static final double HEIGHT = 760;

    private final RunViewModel vm;
    private final Function<Window, List<Path>> chooser;
    private final Image icon;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private Stage stage;
    private RunView view;
    private Window owner;

    /**
     * @param background   where runs are read and simulated (their results are shown on the FX thread)
     * @param editScenario takes a run's scenario into the main window (Edit as scenario)
     * @param chooser      asks the user for the files of a run (empty: cancelled)
     */
    public RunWindow(
            Executor background, EditAsScenario editScenario, Function<Window, List<Path>> chooser, Image icon) {
        this.vm = new RunViewModel(background, Platform::runLater, editScenario);
        this.chooser = chooser;
        this.icon = icon;
    }

    /** A run window with the real file chooser, opening on its own thread. */
    public static RunWindow standard(EditAsScenario editScenario, Image icon) {
        return new RunWindow(OPENER, editScenario, RunWindow::choose, icon);
    }

    public RunViewModel viewModel() {
        return vm;
    }

    /** True for the dark theme: bind it to the main window's. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The window, once a run opened; else null. */
    public Stage stage() {
        return stage;
    }

    public RunView view() {
        return view;
    }

    /** The main window: dialogs of a failed first open belong to it. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Asks for the files of a run and opens them. */
    public void chooseAndOpen() {
        List<Path> files = chooser.apply(stage != null && stage.isShowing() ? stage : owner);
        if (!files.isEmpty()) {
            open(files);
        }
    }

    /** Opens {@code files} as one run; the window shows (and comes to the front) once it opened. */
    public void open(List<Path> files) {
        ensureView();
        vm.open(files, ok -> {
            if (ok) {
                showStage();
            }
        });
    }

    private void ensureView() {
        if (view == null) {
            view = new RunView(vm, this::chooseAndOpen);
            view.darkProperty().bind(dark);
        }
    }

    private void showStage() {
        if (stage == null) {
            stage = new Stage();
            Scene scene = new Scene(view, WIDTH, HEIGHT);
            RunDrop.install(scene, this::open);
            stage.setScene(scene);
            if (icon != null) {
                stage.getIcons().setAll(icon);
            }
        }
        RunProjection r = vm.getRun();
        stage.setTitle(r == null ? "Run - Conflict Explorer" : r.windowTitle());
        if (!stage.isShowing()) {
            // as MainWindow: under a window manager JavaFX 21 maps the window at 200 x 200 pixels
            // unless its size is set before and again just after it is shown
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        }
        stage.toFront();
        vm.fit();
    }

    private static List<Path> choose(Window owner) {
        FileChooser c = new FileChooser();
        c.setTitle("Open run: a case (.in), with a node's replies (its stdout), or NODE_TRACE files");
        c.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Transcripts (*.in, *.out, *.jsonl, *.trace)",
                                "*.in",
                                "*.out",
                                "*.jsonl",
                                "*.trace",
                                "*.txt"),
                        new FileChooser.ExtensionFilter("Any file", "*"));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            c.setInitialDirectory(home);
        }
        List<File> files = c.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
