package io.conflictexplorer.gui;

import io.conflictexplorer.gui.model.Autosave;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import io.conflictexplorer.gui.model.Opening;
import io.conflictexplorer.gui.model.Settings;
import io.conflictexplorer.gui.run.RunWindow;
import io.conflictexplorer.gui.view.MainView;
import io.conflictexplorer.gui.view.OpeningVeil;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app: opens on the default preset (the first in assets/presets/index.txt), or on the
 * autosaved scenario when the last session did not exit cleanly. A scenario file given as the first
 * argument ({@code conflict-explorer FILE}, which a double-click on a scenario file runs) opens on
 * top of either; a file that cannot be read is reported as when it is opened from the menu. The
 * window shows at once; the autosave and the file are read and run in the background ({@link
 * Opening}), the window saying so meanwhile.
 * {@code --open FILE...} opens the files as one run (a case, a node's replies, traces) in the run
 * window, as File > Open run... does.
 */
public final class App extends Application {

    private Autosave autosave;

    @Override
    public void start(Stage stage) {
        ExplorerViewModel vm = new ExplorerViewModel(Assets.presets());
        Settings.inDefaultDirectory().attach(vm); // the dark theme and the playback speed, as last chosen
        RunWindow runs = RunWindow.standard(
                s -> {
                    vm.show(s);
                    stage.toFront();
                },
                null);
        MainView view = MainWindow.show(stage, vm, new FxFileDialogs(), runs);
        // the window is up, at its size; what may take long (a crash's autosave, the file given) is read
        // and run in the background, its progress over the window, and shown once run (an unreadable
        // file is reported in the window, as when it is opened from the menu)
        Opening opening = new Opening(vm);
        OpeningVeil.install(stage, view, opening);
        autosave = Autosave.inDefaultDirectory();
        autosave.attach(vm, opening);
        List<String> args = getParameters().getRaw();
        List<Path> runFiles = runFiles(args);
        List<String> files = getParameters().getUnnamed().stream()
                .filter(a -> !a.equals(OPEN) && !runFiles.contains(Path.of(a)))
                .toList();
        if (!files.isEmpty()) {
            opening.open(Path.of(files.get(0)));
        }
        if (!runFiles.isEmpty()) {
            runs.open(runFiles);
        }
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
        if (autosave != null) {
            autosave.cleanExit();
        }
    }

    public static void main(String[] args) {
        launch(App.class, args);
    }
}
