package io.conflictexplorer.gui;

import io.conflictexplorer.gui.model.Autosave;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app: opens on the default preset (the first in assets/presets/index.txt), or on the
 * autosaved scenario when the last session did not exit cleanly.
 */
public final class App extends Application {

    private Autosave autosave;

    @Override
    public void start(Stage stage) {
        ExplorerViewModel vm = new ExplorerViewModel(Assets.presets());
        autosave = Autosave.inDefaultDirectory();
        autosave.attach(vm);
        MainWindow.show(stage, vm, new FxFileDialogs());
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
