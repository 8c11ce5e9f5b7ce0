package io.conflictexplorer.gui;

import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import io.conflictexplorer.gui.view.MainView;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** Puts the app into a stage; shared by {@link App} and the UI tests so they drive the real window. */
public final class MainWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private MainWindow() {}

    public static MainView show(Stage stage, ExplorerViewModel vm, FileDialogs dialogs) {
        // AtlantaFX's Primer Light is the base theme; assets/css adds ours on top
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainView view = new MainView(vm, dialogs);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        view.install(scene);
        stage.setScene(scene);
        stage.setTitle("Conflict Explorer: last writer wins vs version vectors");
        stage.getIcons()
                .setAll(new Image(Assets.url("icons/conflict-explorer.png").toExternalForm()));
        stage.show();
        return view;
    }
}
