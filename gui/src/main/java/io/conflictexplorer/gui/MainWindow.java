package io.conflictexplorer.gui;

import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.gui.export.ExportActions;
import io.conflictexplorer.gui.export.ExportMenu;
import io.conflictexplorer.gui.lesson.model.Autosave;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.view.Exports;
import io.conflictexplorer.gui.lesson.view.MainView;
import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import io.conflictexplorer.gui.nodetest.model.ExampleCommand;
import io.conflictexplorer.gui.nodetest.model.NodeSearchModel;
import io.conflictexplorer.gui.nodetest.model.NodeTestModel;
import io.conflictexplorer.gui.nodetest.model.NodeTestSettings;
import io.conflictexplorer.gui.nodetest.view.NodeTestRoom;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.FileDialogs;
import io.conflictexplorer.gui.platform.ShellCommands;
import io.conflictexplorer.gui.run.view.RunDrop;
import io.conflictexplorer.gui.run.view.RunWindow;
import io.conflictexplorer.gui.schemes.model.CompareViewModel;
import io.conflictexplorer.gui.schemes.model.Stepping;
import io.conflictexplorer.gui.schemes.view.CompareWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Puts the app into a stage; shared by {@link App} and the UI tests so they drive the real window.
 *
 * <p>The window opens at {@link #WIDTH} x {@link #HEIGHT}, or at the screen's usable area when that
 * is smaller. The stage's size is set explicitly, before and again just after it is shown: under a
 * window manager such as openbox, JavaFX 21 on Linux otherwise opens a window sized from the scene
 * alone at 200 x 200 pixels (fixed in JavaFX 22; 21.0.11 still does it).
 *
 * <p>It never reaches past the screen's usable area: sized to the screen under openbox, JavaFX 21
 * gets a content area as large as the whole screen below a title bar, so the bottom row of buttons
 * (the transport, the slider) lay below the screen's edge. When a maximized or screen-wide window's
 * frame (title bar and borders included) reaches past the usable area's bottom or right edge, the
 * window is made that much smaller ({@link #overhang}); a smaller window moved partly off screen is
 * left alone. The frame, not the content: the content's size lags behind the frame's while the
 * window manager answers, and shrinking by the content's overhang left a strip of about 20 px
 * below a maximized window.
 */
public final class MainWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    private static final String TITLE = "Conflict Explorer: last writer wins vs version vectors";

    private MainWindow() {}

    public static MainView show(Stage stage, ExplorerViewModel vm, FileDialogs dialogs) {
        return show(
                stage,
                vm,
                dialogs,
                RunWindow.standard(
                        s -> {
                            vm.document().show(s);
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
        MainView view = new MainView(
                vm, dialogs, new Exports(() -> ExportActions.picture(vm), owner -> ExportMenu.of(vm, owner)));
        Rectangle2D size = openingSize(Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(view, size.getWidth(), size.getHeight());
        view.install(scene);
        runs.setOwner(stage);
        runs.darkProperty().bind(vm.presentation().darkProperty()); // the run window follows the theme, live
        view.setOnOpenRun(runs::chooseAndOpen);
        RunDrop.install(scene, runs::open);
        installNodeTest(view, scene, vm, dialogs);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+O"), runs::chooseAndOpen);
        scene.getAccelerators().put(ShellCommands.COMPARE_SCHEMES, compareWindow(vm)::show);
        boolean starting = stage.isShowing(); // the window shows already (showStarting)
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.getIcons().setAll(icon());
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        stage.show();
        // the window manager has mapped the window by now: size it again, so the first frame is right
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        stage.setX(size.getMinX());
        stage.setY(size.getMinY());
        keepContentOnScreen(stage, scene);
        if (starting) {
            // the first focus goes where a window shown with this scene puts it (JavaFX gives it to
            // the first control it finds before the toolbar is styled and holds its items)
            afterNextFrame(scene, () -> firstFocusable(view).ifPresent(Node::requestFocus));
        }
        return view;
    }

    /**
     * The compare window of {@code vm}'s scenario: it follows the scenario, the time cursor and the
     * preset read-only, runs them under every clock scheme in the background, and takes the theme.
     */
    private static CompareWindow compareWindow(ExplorerViewModel vm) {
        CompareWindow compare = new CompareWindow(
                new CompareViewModel(
                        vm.scenarioProperty(),
                        vm.playback().cursorProperty(),
                        vm.document().currentPresetProperty(),
                        vm.lesson().resultHiddenProperty(),
                        CompareWindow.BACKGROUND,
                        Platform::runLater),
                icon());
        compare.darkProperty().bind(vm.presentation().darkProperty());
        compare.presenterProperty().bind(vm.presentation().presenterProperty());
        compare.viewModel()
                .stepWith(new Stepping(
                        vm.lesson()::stepForward,
                        vm.playback()::stepBack,
                        vm.playback()::first,
                        vm.playback()::last,
                        vm.lesson()::reveal));
        return compare;
    }

    /**
     * The node test's room (gui.nodetest): its panel, menu items and chip marks in {@code view}. It
     * reads the open scenario, moves the time cursor, opens what the search found as a new scenario,
     * and forgets its result when another scenario is opened. It runs a node only when the student
     * asks: never on start or on opening a file.
     */
    private static void installNodeTest(MainView view, Scene scene, ExplorerViewModel vm, FileDialogs dialogs) {
        NodeTestModel test = new NodeTestModel(
                vm.scenarioProperty(),
                vm.playback().cursorProperty(),
                vm.playback()::setCursor,
                Platform::runLater,
                NodeTestModel.Runner.standard(),
                System::nanoTime,
                new NodeTestSettings(Autosave.defaultDirectory()));
        vm.document().opened().openedProperty().addListener((obs, was, now) -> test.clear());
        NodeSearchModel search = new NodeSearchModel(Platform::runLater, NodeSearchModel.Searcher.standard(), found -> {
            vm.document().openAsNew(found.scenario(), "open the scenario the search found");
            test.show(found.result()); // after the opening, which clears the last result
        });
        DiagramView diagram = find(view, DiagramView.class).orElseThrow();
        NodeTestRoom.install(
                view,
                scene,
                diagram.chipMarks(),
                test,
                search,
                ExampleCommand.examples(ExampleCommand.repository(Path.of(""))),
                dialogs::chooseFolder);
    }

    /**
     * The first {@code type} in {@code n}'s tree, through split panes' items and scroll panes'
     * content (a lookup before the first layout misses what those controls' skins have not added).
     */
    private static <T> Optional<T> find(Node n, Class<T> type) {
        if (type.isInstance(n)) {
            return Optional.of(type.cast(n));
        }
        List<Node> inside = n instanceof SplitPane sp
                ? sp.getItems()
                : n instanceof ScrollPane scroll
                        ? scroll.getContent() == null ? List.of() : List.of(scroll.getContent())
                        : n instanceof Parent p ? p.getChildrenUnmodifiable() : List.of();
        for (Node c : inside) {
            Optional<T> found = find(c, type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first node, in the scene graph's order, that takes the focus: where a new window puts it. */
    private static Optional<Node> firstFocusable(Parent parent) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.isDisabled()) {
                continue;
            }
            if (n.isFocusTraversable()) {
                return Optional.of(n);
            }
            if (n instanceof Parent p) {
                Optional<Node> inside = firstFocusable(p);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Shows {@code stage} at once at its opening size with nothing on it but {@code what} ("Opening
     * big.cexp.json ..."), until {@link #show} puts the window's content in it. Building the main view
     * and laying it out takes a second or more on a slow machine, and a window is drawn only once
     * its thread is free: shown with the main view, a window under a window manager stayed blank,
     * at 200 x 200, that long.
     */
    public static void showStarting(Stage stage, ObservableValue<String> what) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Rectangle2D size = openingSize(Screen.getPrimary().getVisualBounds());
        Label text = new Label();
        text.textProperty().bind(what);
        text.setId("starting-message");
        text.setStyle("-fx-font-size: 18px; -fx-text-fill: #57606a;");
        StackPane starting = new StackPane(text);
        starting.setStyle("-fx-background-color: white;");
        stage.setScene(new Scene(starting, size.getWidth(), size.getHeight()));
        stage.setTitle(TITLE);
        stage.getIcons().setAll(icon());
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        stage.show();
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        stage.setX(size.getMinX());
        stage.setY(size.getMinY());
    }

    /**
     * Runs {@code then} once {@code stage}, just shown, has the size asked for and has been drawn at
     * it, or after {@link #SIZING} at most. Under a window manager JavaFX 21 hears of the window's
     * size in several steps (200 x 200, the size asked for, 200 x 200 again, then the size asked for:
     * openbox, over 30 ms), and hears the last only when its thread is free: a second of work begun
     * before then leaves the window 200 x 200 for that second.
     */
    public static void whenSized(Stage stage, Runnable then) {
        Rectangle2D size = openingSize(Screen.getPrimary().getVisualBounds());
        long until = System.nanoTime() + (long) (SIZING.toMillis() * 1e6);
        boolean[] steady = {false};
        PauseTransition check = new PauseTransition(Duration.millis(40));
        check.setOnFinished(e -> {
            boolean sized = stage.getWidth() == size.getWidth() && stage.getHeight() == size.getHeight();
            if (sized && steady[0] || System.nanoTime() > until) {
                afterNextFrame(stage.getScene(), then);
                return;
            }
            steady[0] = sized; // as asked, twice in a row: the window manager has answered
            check.playFromStart();
        });
        check.play();
    }

    /** How long {@link #whenSized} waits at most for the window manager. */
    static final Duration SIZING = Duration.millis(600);

    /** Runs {@code then} on the FX thread once {@code scene} has been laid out for its next frame and that frame is on its way. */
    public static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then); // after this pulse, whose frame is rendered meanwhile
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static Image icon() {
        return new Image(Assets.url("icons/conflict-explorer.png").toExternalForm());
    }

    /** Shrinks the window whenever its content reaches past the usable area of the screen it is on. */
    private static void keepContentOnScreen(Stage stage, Scene scene) {
        boolean[] queued = {false};
        Runnable check = () -> {
            queued[0] = false;
            if (stage.getScene() != scene) {
                return; // the stage shows another scene now (the tests reuse one stage)
            }
            if (stage.isFullScreen() || !stage.isShowing()) {
                return; // full screen has no title bar and no panels: the content is the screen
            }
            Rectangle2D content = new Rectangle2D(
                    stage.getX() + scene.getX(), stage.getY() + scene.getY(), scene.getWidth(), scene.getHeight());
            List<Screen> screens = Screen.getScreensForRectangle(content);
            Rectangle2D visual = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
            if (!stage.isMaximized() && content.getWidth() < visual.getWidth() - 1) {
                return; // only a maximized (screen-wide) window: one placed partly off screen is the teacher's choice
            }
            // the frame must fit (see the class comment)
            Rectangle2D frame = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            double[] over = overhang(frame, visual);
            if (over[0] > 0.5) {
                stage.setWidth(stage.getWidth() - over[0]);
            }
            if (over[1] > 0.5) {
                stage.setHeight(stage.getHeight() - over[1]);
            }
        };
        ChangeListener<Object> onChange = (obs, was, now) -> {
            if (!queued[0]) {
                queued[0] = true;
                Platform.runLater(check); // once the window manager's move and resize have both arrived
            }
        };
        for (ObservableValue<?> v : List.of(
                stage.xProperty(),
                stage.yProperty(),
                stage.widthProperty(),
                stage.heightProperty(),
                stage.maximizedProperty(),
                scene.heightProperty())) {
            v.addListener(onChange);
        }
    }

    /**
     * How many pixels the window's {@code frame} (its bounds on screen, title bar and borders
     * included) reaches past the right and the bottom edge of the screen's usable area {@code
     * visual}: {width, height}, 0 where it does not; never more than would leave the window with no
     * room.
     */
    public static double[] overhang(Rectangle2D frame, Rectangle2D visual) {
        double right = Math.max(0, frame.getMaxX() - visual.getMaxX());
        double bottom = Math.max(0, frame.getMaxY() - visual.getMaxY());
        return new double[] {
            Math.min(right, Math.max(0, frame.getWidth() - 200)), Math.min(bottom, Math.max(0, frame.getHeight() - 200))
        };
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
