package io.conflictexplorer.gui;

import io.conflictexplorer.gui.model.Autosave;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import io.conflictexplorer.gui.model.Settings;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app: opens on the default preset (the first in assets/presets/index.txt), or on the
 * autosaved scenario when the last session did not exit cleanly. A scenario file given as the first
 * argument ({@code conflict-explorer FILE}, which a double-click on a scenario file runs) opens on
 * top of either; a file that cannot be read is reported as when it is opened from the menu.
 */
public final class App extends Application {

    private Autosave autosave;

    @Override
    public void start(Stage stage) {
        ExplorerViewModel vm = new ExplorerViewModel(Assets.presets());
        autosave = Autosave.inDefaultDirectory();
        autosave.attach(vm);
        Settings.inDefaultDirectory().attach(vm); // the dark theme and the playback speed, as last chosen
        MainWindow.show(stage, vm, new FxFileDialogs());
        // after show: the window is there to display the error dialog of a file that cannot be read
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty()) {
            vm.open(Path.of(files.get(0)));
        }
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
