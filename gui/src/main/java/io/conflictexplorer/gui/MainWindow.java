package io.conflictexplorer.gui;

import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import io.conflictexplorer.gui.run.RunDrop;
import io.conflictexplorer.gui.run.RunWindow;
import io.conflictexplorer.gui.view.MainView;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the app into a stage; shared by {@link App} and the UI tests so they drive the real window.
 *
 * <p>The window opens at {@link #WIDTH} x {@link #HEIGHT}, or at the screen's usable area when that
 * is smaller. The stage's size is set explicitly, before and again just after it is shown: under a
 * window manager such as openbox, JavaFX 21 on Linux otherwise opens a window sized from the scene
 * alone at 200 x 200 pixels (fixed in JavaFX 22; 21.0.11 still does it).
 */
public final class MainWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private MainWindow() {}

    public static MainView show(Stage stage, ExplorerViewModel vm, FileDialogs dialogs) {
        return show(
                stage,
                vm,
                dialogs,
                RunWindow.standard(
                        s -> {
                            vm.show(s);
                            stage.toFront();
                        },
                        icon()));
    }

    /**
     * As {@link #show(Stage, ExplorerViewModel, FileDialogs)}, with {@code runs} the window opened
     * runs go to: File > Open run... (Ctrl+Shift+O) and files dropped on the window open there.
     */
    public static MainView show(Stage stage, ExplorerViewModel vm, FileDialogs dialogs, RunWindow runs) {
        // AtlantaFX's Primer Light is the base theme; assets/css adds ours on top
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainView view = new MainView(vm, dialogs);
        Rectangle2D size = openingSize(Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(view, size.getWidth(), size.getHeight());
        view.install(scene);
        runs.setOwner(stage);
        view.setOnOpenRun(runs::chooseAndOpen);
        RunDrop.install(scene, runs::open);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+O"), runs::chooseAndOpen);
        stage.setScene(scene);
        stage.setTitle("Conflict Explorer: last writer wins vs version vectors");
        stage.getIcons().setAll(icon());
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        stage.show();
        // the window manager has mapped the window by now: size it again, so the first frame is right
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        stage.setX(size.getMinX());
        stage.setY(size.getMinY());
        return view;
    }

    private static Image icon() {
        return new Image(Assets.url("icons/conflict-explorer.png").toExternalForm());
    }

    /**
     * Where the window opens: {@link #WIDTH} x {@link #HEIGHT} centred in the screen's usable area
     * {@code visual} (the screen minus panels), or all of that area when it is smaller.
     */
    public static Rectangle2D openingSize(Rectangle2D visual) {
        double w = Math.min(WIDTH, visual.getWidth());
        double h = Math.min(HEIGHT, visual.getHeight());
        return new Rectangle2D(
                visual.getMinX() + (visual.getWidth() - w) / 2, visual.getMinY() + (visual.getHeight() - h) / 2, w, h);
    }
}
