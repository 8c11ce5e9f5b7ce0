package io.conflictexplorer.gui.schemes.view;

import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.schemes.model.CompareViewModel;
import io.conflictexplorer.gui.schemes.model.Stepping;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window that shows the main window's scenario under two to four clock schemes side by side
 * (Scenario menu > Compare clock schemes..., Ctrl+K). It follows the main window's scenario, time
 * cursor and preset while it is open, and nothing once closed; it is made on first use and reused.
 * It follows the main window's theme ({@link #darkProperty()}), live. PageDown or Right, PageUp or
 * Left, Home, End and R step the main window from here, as a presentation clicker does there.
 */
public final class CompareWindow {

    /** Where the scenario is run under every scheme: one at a time, never the FX thread. */
    public static final Executor BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scheme-comparer");
        t.setDaemon(true);
        return t;
    });

    static final double WIDTH = 1600;
    static final double HEIGHT = 1000;
    /** On a screen at most this wide the window opens maximized. */
    static final double MAXIMIZED_UP_TO_WIDTH = 1920;

    static final String TITLE = "Clock schemes side by side - Conflict Explorer";

    private final CompareViewModel vm;
    private final Image icon;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final BooleanProperty presenter = new SimpleBooleanProperty();
    private Stage stage;

    public CompareWindow(CompareViewModel vm, Image icon) {
        this.vm = vm;
        this.icon = icon;
        dark.addListener(o -> applyTheme());
        presenter.addListener(o -> applyTheme());
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    /** True for the dark theme: bind it to the main window's. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /**
     * True in Presenter: bind it to the main window's. Its text is then {@link #PRESENTER_FONT}
     * pixels, for the back row (four columns still fit side by side at 1920x1080).
     */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** The text size in Presenter, in pixels (the base theme's is 14). */
    static final double PRESENTER_FONT = 19;

    /** The window, once shown; else null. */
    public Stage stage() {
        return stage;
    }

    /** Shows the window (made on first use) and brings it to the front; it follows the main window from now on. */
    public void show() {
        if (stage == null) {
            stage = new Stage();
            CompareView view = new CompareView(vm);
            Rectangle2D visual = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(view, Math.min(WIDTH, visual.getWidth()), Math.min(HEIGHT, visual.getHeight()));
            stage.setScene(scene);
            stage.setTitle(TITLE);
            if (icon != null) {
                stage.getIcons().setAll(icon);
            }
            stage.setOnHidden(e -> vm.deactivate());
            // a clicker's keys step the lesson here too; the scroll pane would take PageDown first
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                Runnable step = step(e.getCode());
                if (step != null && !e.isShortcutDown() && !e.isAltDown()) {
                    step.run();
                    e.consume();
                }
            });
            applyTheme();
        }
        vm.activate();
        if (!stage.isShowing()) {
            Rectangle2D visual = Screen.getPrimary().getVisualBounds();
            double w = Math.min(WIDTH, visual.getWidth());
            double h = Math.min(HEIGHT, visual.getHeight());
            // as MainWindow: under a window manager JavaFX 21 maps the window at 200 x 200 pixels
            // unless its size is set before and again just after it is shown
            stage.setWidth(w);
            stage.setHeight(h);
            stage.show();
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setX(visual.getMinX() + (visual.getWidth() - w) / 2);
            stage.setY(visual.getMinY() + (visual.getHeight() - h) / 2);
            // up to a wide screen (1920 x 1080, four columns), the columns want all of it: the window
            // manager maximizes it within the usable area, its frame included
            stage.setMaximized(visual.getWidth() <= MAXIMIZED_UP_TO_WIDTH);
        }
        stage.toFront();
        stage.requestFocus();
    }

    /** The main window's step that {@code key} runs here, or null. */
    private Runnable step(KeyCode key) {
        Stepping s = vm.stepping();
        return switch (key) {
            case PAGE_DOWN, RIGHT -> s.forward();
            case PAGE_UP, LEFT -> s.back();
            case HOME -> s.first();
            case END -> s.last();
            case R -> s.reveal();
            default -> null;
        };
    }

    /** app.css's colours, the window's own rules, then dark.css's colours when dark. */
    private void applyTheme() {
        if (stage == null) {
            return;
        }
        List<String> sheets = dark.get()
                ? List.of(Assets.stylesheet("app.css"), Assets.stylesheet("schemes.css"), Assets.stylesheet("dark.css"))
                : List.of(Assets.stylesheet("app.css"), Assets.stylesheet("schemes.css"));
        stage.getScene().getStylesheets().setAll(sheets);
        stage.getScene().getRoot().setStyle(presenter.get() ? "-fx-font-size: " + (int) PRESENTER_FONT + "px;" : "");
    }
}
