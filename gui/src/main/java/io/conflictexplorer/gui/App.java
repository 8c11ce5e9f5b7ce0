package io.conflictexplorer.gui;

import io.conflictexplorer.gui.lesson.model.Autosave;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.model.Opening;
import io.conflictexplorer.gui.lesson.model.Settings;
import io.conflictexplorer.gui.lesson.view.MainView;
import io.conflictexplorer.gui.lesson.view.OpeningVeil;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.FxFileDialogs;
import io.conflictexplorer.gui.platform.ShellCommands;
import io.conflictexplorer.gui.run.view.RunWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Stage;

/**
 * The desktop app: opens on the default preset (the first in assets/presets/index.txt), or on the
 * autosaved scenario when the last session did not exit cleanly. A scenario file given as the first
 * argument ({@code conflict-explorer FILE}, which a double-click on a scenario file runs) opens on
 * top of either; a file that cannot be read is reported as when it is opened from the menu.
 *
 * <p>The window shows at once, at its size, saying what it is doing; the file is read and run in
 * the background from the start ({@link Opening}), and the window's content is made once the
 * scenario it opens on is there, so it is laid out once, for that scenario. Shown first with the
 * default preset and laid out for it, then for a scenario of 8,000 operations, the window took
 * seconds more to draw it.
 * {@code --open FILE...} opens the files as one run (a case, a node's replies, traces) in the run
 * window, as File > Open run... does. {@code --preset N} opens on preset N (the lesson's, then the
 * gallery's, 1 to 17), and {@code --compare} opens the compare window beside it.
 */
public final class App extends Application {

    private Autosave autosave;
    private boolean stopped;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        List<Path> runFiles = runFiles(args);
        List<String> files = scenarioFiles(args);
        Path file = files.isEmpty() ? null : Path.of(files.get(0));
        // the window first, at its size, saying what comes: it is drawn while the rest is made
        StringProperty starting = new SimpleStringProperty(
                file == null ? "Starting Conflict Explorer ..." : "Opening " + file.getFileName() + " ...");
        MainWindow.showStarting(stage, starting);
        // a crash's autosave and the file are read and run from now on, while the window's content is made
        autosave = Autosave.inDefaultDirectory(Platform::runLater);
        Opening.Early restoring = autosave.restoreAhead();
        Opening.Early early = file == null ? null : Opening.ahead(file);
        MainWindow.whenSized(stage, () -> open(stage, starting, restoring, file, early, runFiles, args));
    }

    /**
     * Makes the view model, opens in it what must be (a crash's autosave, the file given), and
     * puts the app in the window once that is shown, so the window is laid out once, for it.
     */
    private void open(
            Stage stage,
            StringProperty starting,
            Opening.Early restoring,
            Path file,
            Opening.Early early,
            List<Path> runFiles,
            List<String> args) {
        if (stopped) {
            return; // closed before it was made
        }
        // the lesson's presets, then the gallery of published cases, numbered as --preset numbers them
        ExplorerViewModel vm = new ExplorerViewModel(Assets.numbered(), Platform::runLater);
        Settings.inDefaultDirectory()
                .attach(vm.presentation()); // the dark theme and the playback speed, as last chosen
        Opening opening = new Opening(vm, Platform::runLater);
        String first = starting.get();
        starting.bind(Bindings.createStringBinding(
                () -> opening.messageProperty().get().isEmpty()
                        ? first
                        : opening.messageProperty().get(),
                opening.messageProperty()));
        autosave.attach(vm, opening, restoring);
        if (file != null) {
            opening.open(file, early);
        }
        // an unreadable file is reported once the window is there, as when it is opened from the menu
        opening.whenIdle(() -> {
            RunWindow runs = RunWindow.standard(
                    s -> {
                        vm.document().show(s);
                        stage.toFront();
                    },
                    null);
            MainView view = MainWindow.show(stage, vm, new FxFileDialogs(), runs);
            OpeningVeil.install(stage, view, opening); // for a large scenario opened later
            view.setOnOpenScenario(opening::openChosen);
            if (!runFiles.isEmpty()) {
                runs.open(runFiles);
            }
            int preset = presetNumber(args);
            if (preset >= 1 && preset <= vm.document().presets().size()) {
                vm.document().loadPreset(vm.document().presets().get(preset - 1));
            } else if (preset != 0) {
                System.err.println(
                        "--preset takes 1 to " + vm.document().presets().size() + ", not " + preset);
            }
            if (args.contains(COMPARE)) {
                ShellCommands.run(stage.getScene(), ShellCommands.COMPARE_SCHEMES);
            }
        });
    }

    /** {@code --preset N}: opens on preset N (1 to 17: the presets, then the gallery), as the exports number them. */
    static final String PRESET = "--preset";

    /** {@code --compare}: opens the compare window (the clock schemes side by side) too. */
    static final String COMPARE = "--compare";

    /** The number after {@code --preset}; 0 when there is none, -1 when it is no number. */
    static int presetNumber(List<String> args) {
        int at = args.indexOf(PRESET);
        if (at < 0) {
            return 0;
        }
        try {
            return at + 1 < args.size() ? Integer.parseInt(args.get(at + 1)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The scenario files among the arguments: neither an option, nor a preset's number, nor a run's files. */
    static List<String> scenarioFiles(List<String> args) {
        List<Path> runFiles = runFiles(args);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                continue;
            }
            if (i > 0 && args.get(i - 1).equals(PRESET)) {
                continue;
            }
            if (!runFiles.contains(Path.of(a))) {
                out.add(a);
            }
        }
        return out;
    }

    /** {@code --open FILE...}: the files after it (up to the next option) open as one run. */
    static final String OPEN = "--open";

    /** The files given after {@code --open}, up to the next argument that starts with {@code --}. */
    static List<Path> runFiles(List<String> args) {
        List<Path> out = new ArrayList<>();
        boolean in = false;
        for (String a : args) {
            if (a.equals(OPEN)) {
                in = true;
            } else if (a.startsWith("--")) {
                in = false;
            } else if (in) {
                out.add(Path.of(a));
            }
        }
        return out;
    }

    /** A clean exit (the window closed, or Platform.exit): the next start does not restore. */
    @Override
    public void stop() {
        stopped = true;
        if (autosave != null) {
            autosave.cleanExit();
        }
    }

    public static void main(String[] args) {
        launch(App.class, args);
    }
}
