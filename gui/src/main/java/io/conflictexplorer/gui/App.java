package io.conflictexplorer.gui;

import io.conflictexplorer.gui.model.ExplorerViewModel;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app: opens on the default preset (the first in assets/presets/index.txt). */
public final class App extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow.show(stage, new ExplorerViewModel(Assets.presets()), new FxFileDialogs());
    }

    public static void main(String[] args) {
        launch(App.class, args);
    }
}
