package io.conflictexplorer.gui.lesson.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.view.LectureKeys.Binding;
import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.DialogService;
import io.conflictexplorer.gui.platform.FileDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window's content: toolbar, scenario header, the diagram above the two result panels,
 * and the time-cursor controls. Controls bind to view-model properties; handlers only call it.
 * Where the parts stand and at what size is {@link WindowFit}'s; keeping the step in sight is
 * {@link FollowStep}'s; {@link GestureGuard} holds both off while the pointer holds a gesture.
 */
public final class MainView extends BorderPane {

    private final ExplorerViewModel vm;
    private final DialogService dialogs;
    private final FileActions files;
    private final DiagramView diagram;
    private final GestureGuard guard;
    private final WindowFit fit;
    private final FollowStep follow;
    private LectureKeys keys;
    private SheetOverlay sheets;
    /** File > Open run... (gui.run's window sets it). */
    private Runnable openRun = () -> {};

    /** What the menu's Open run... does. */
    public void setOnOpenRun(Runnable openRun) {
        this.openRun = openRun;
    }

    /** What Open (Ctrl+O) does with the scenario file chosen: the app opens a large one in the background. */
    public void setOnOpenScenario(Consumer<Path> openScenario) {
        files.setOnOpenScenario(openScenario);
    }

    /** @param exports the slide and the Export submenu, from the exports' room */
    public MainView(ExplorerViewModel vm, FileDialogs fileDialogs, Exports exports) {
        this.vm = vm;
        this.dialogs = new DialogService(fileDialogs);
        this.files = new FileActions(vm.document(), dialogs, this::window, exports.picture());
        setId("main-view");
        getStyleClass().add("main-view");

        diagram = new DiagramView(vm);
        guard = new GestureGuard(vm.editing()::endGestures);
        fit = new WindowFit(
                this,
                vm,
                diagram,
                new NarrationBar(vm.projected()),
                new ResultPanel(vm.projected().lwwPanelProperty(), ResultPanel.Side.LWW),
                new ResultPanel(vm.projected().vvPanelProperty(), ResultPanel.Side.VV),
                guard.heldProperty());
        follow = new FollowStep(vm, diagram, fit.diagramScroll(), guard.heldProperty());
        fit.setAfterFit(follow::later);
        // another scenario's panels start at their top
        vm.document()
                .opened()
                .openedProperty()
                .addListener((obs, was, now) -> fit.panelScroll().setVvalue(0));
        Toolbar toolbar = new Toolbar(
                vm.document(),
                vm.editing(),
                vm.cluster(),
                vm.selection(),
                vm.presentation(),
                ScenarioMenu.of(vm, exports, this::editTitleAndNarration, () -> openRun.run()),
                files);
        ClusterBar clusterBar = new ClusterBar(vm.cluster(), vm.projected());
        fit.setToolbar(toolbar.bar(), toolbar, clusterBar);
        setTop(new VBox(toolbar, new ScenarioHeader(vm.document(), vm.presentation()), clusterBar));
        setCenter(fit.exportArea());
        Node legend = new LegendStrip(Buttons.button(
                "legend-button",
                "mdi2h-help-circle-outline",
                "Legend",
                "Every mark, and how to read a clock (L)",
                this::showLegend));
        setBottom(new TransportBar(vm.playback(), vm.lesson(), vm.projected(), vm.document(), legend));
        fit.start();
    }

    /**
     * A stepping key's action, after which the step is brought into view even when the cursor did
     * not move (End on a preset, which opens at its last step scrolled to its beginning).
     */
    private Runnable step(Runnable action) {
        return () -> {
            action.run();
            follow.later();
        };
    }

    /** True when the narration and panels stand beside the diagram. */
    public boolean resultsBeside() {
        return fit.beside();
    }

    /** The zoom the diagram is drawn at: the window's, Presenter's diagram text larger still. */
    public double diagramScale() {
        return diagram.scaleProperty().get();
    }

    /** The zoom the window is laid out at (the teacher's zoom, or less where it would not fit). */
    public double scale() {
        return fit.scale();
    }

    /** Adds keyboard shortcuts, theme stylesheets and the error dialog to {@code scene}. */
    public void install(Scene scene) {
        scene.getStylesheets().add(Assets.stylesheet("app.css"));
        applyPresenter(scene);
        vm.presentation().presenterProperty().addListener((obs, was, now) -> applyPresenter(scene));
        vm.presentation().darkProperty().addListener((obs, was, now) -> applyPresenter(scene));
        keys = new LectureKeys(bindings(), new LectureKeys.Blank() {
            @Override
            public boolean blanked() {
                return vm.presentation().blankProperty().get();
            }

            @Override
            public void unblank() {
                vm.presentation().setBlank(false);
            }
        });
        keys.install(scene);
        guard.attach(scene);
        sheets = new SheetOverlay(scene, this);
        // blanking swaps the whole content for black, as a slide show's B does
        StackPane blankScreen = new StackPane();
        blankScreen.setId("blank-screen");
        blankScreen.getStyleClass().add("blank-screen");
        vm.presentation().blankProperty().addListener((obs, was, now) -> {
            sheets.close(); // the window comes back as it was before the sheet
            scene.setRoot(now ? blankScreen : this);
        });
        WindowChrome.install(scene, vm.document(), files::saveBeforeClosing);
        vm.document().problemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                dialogs.showError(scene.getWindow(), now.title(), now.message());
            }
        });
    }

    /** The diagram and panels as they are on screen, for slides. */
    public Image snapshot() {
        return fit.exportArea().snapshot(new SnapshotParameters(), null);
    }

    public Node exportArea() {
        return fit.exportArea();
    }

    private List<LectureKeys.Binding> bindings() {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        return List.of(
                Binding.of(
                        "PageDown, Right, Down",
                        "Next step",
                        step(vm.lesson()::stepForward),
                        key(KeyCode.PAGE_DOWN),
                        key(KeyCode.RIGHT),
                        key(KeyCode.DOWN),
                        key(KeyCode.RIGHT, ctrl)),
                Binding.of(
                        "PageUp, Left, Up",
                        "Previous step",
                        step(vm.playback()::stepBack),
                        key(KeyCode.PAGE_UP),
                        key(KeyCode.LEFT),
                        key(KeyCode.UP),
                        key(KeyCode.LEFT, ctrl)),
                Binding.of("Home / End", "First / last step", step(vm.playback()::first), key(KeyCode.HOME)),
                Binding.of("", "", step(vm.playback()::last), key(KeyCode.END)),
                Binding.of("Space", "Play / pause", vm.playback()::togglePlay, key(KeyCode.SPACE)),
                Binding.of(
                        "B or .",
                        "Blank the screen (any key shows it again)",
                        vm.presentation()::toggleBlank,
                        key(KeyCode.B),
                        key(KeyCode.PERIOD)),
                Binding.of("F11", "Full screen (Esc leaves it)", this::toggleFullScreen, key(KeyCode.F11)),
                Binding.of(
                        "F5 or P",
                        "Presenter view on / off",
                        () -> vm.presentation()
                                .setPresenter(
                                        !vm.presentation().presenterProperty().get()),
                        key(KeyCode.F5),
                        key(KeyCode.P)),
                Binding.of(
                        "D",
                        "Dark theme on / off (remembered)",
                        () -> vm.presentation()
                                .darkProperty()
                                .set(!vm.presentation().darkProperty().get()),
                        key(KeyCode.D)),
                Binding.of(
                        "Q",
                        "Predict, then reveal on / off (a step hides its result)",
                        () -> vm.lesson()
                                .predictProperty()
                                .set(!vm.lesson().predictProperty().get()),
                        key(KeyCode.Q)),
                Binding.of(
                        "R",
                        "Reveal the hidden result (so does the next step key)",
                        vm.lesson()::reveal,
                        key(KeyCode.R)),
                Binding.of(
                        "Alt+Left / Alt+Right",
                        "Move the selected chip one tick earlier / later",
                        () -> vm.editing().nudgeSelected(-1),
                        key(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
                Binding.of("", "", () -> vm.editing().nudgeSelected(1), key(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
                Binding.of(
                        "Delete",
                        "Delete the selected chip",
                        vm.editing().deleteCommand()::execute,
                        key(KeyCode.DELETE)),
                Binding.of("Ctrl+Z / Ctrl+Y", "Undo / redo", vm.editing().undoCommand()::execute, key(KeyCode.Z, ctrl)),
                Binding.of(
                        "", "", vm.editing().redoCommand()::execute, key(KeyCode.Y, ctrl), key(KeyCode.Z, ctrl, shift)),
                Binding.of(
                        "Ctrl + / Ctrl -",
                        "Larger / smaller",
                        vm.presentation()::zoomIn,
                        new KeyCodeCombination(KeyCode.EQUALS, ctrl, KeyCombination.SHIFT_ANY),
                        new KeyCodeCombination(KeyCode.PLUS, ctrl, KeyCombination.SHIFT_ANY),
                        key(KeyCode.ADD, ctrl)),
                Binding.of("", "", vm.presentation()::zoomOut, key(KeyCode.MINUS, ctrl), key(KeyCode.SUBTRACT, ctrl)),
                Binding.of("Ctrl+0", "Normal size", vm.presentation()::resetZoom, key(KeyCode.DIGIT0, ctrl)),
                Binding.of(
                        "Ctrl+N", "New scenario (two empty clients)", vm.document()::newScenario, key(KeyCode.N, ctrl)),
                Binding.of("Ctrl+O", "Open a scenario file", files::open, key(KeyCode.O, ctrl)),
                Binding.of("Ctrl+S", "Save (Ctrl+Shift+S: save as)", files::save, key(KeyCode.S, ctrl)),
                Binding.of("", "", files::saveAs, key(KeyCode.S, ctrl, shift)),
                Binding.of("L", "The legend: every mark, and how to read a clock", this::showLegend, key(KeyCode.L)),
                Binding.of("F1 or ?", "This list of keys", this::showShortcuts, key(KeyCode.F1))
                        .orTyped("?"));
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("F11 or Esc leaves full screen");
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Asks for the scenario's title and narration; OK applies them as one undoable edit. */
    private void editTitleAndNarration() {
        DialogService.TitleAndNarration now = new DialogService.TitleAndNarration(
                vm.document().titleProperty().get(),
                vm.document().scenarioNarrationProperty().get());
        dialogs.askTitleAndNarration(window(), now).ifPresent(t -> vm.editing().retitle(t.title(), t.narration()));
    }

    /** The full legend and the clock explainer (L, or the legend's button). */
    private void showLegend() {
        LegendSheet.show(sheets);
    }

    /** The shortcut sheet (F1 or ?): every key, from the same list that handles them. */
    private void showShortcuts() {
        ShortcutSheet.show(sheets, keys.bindings());
    }

    /** app.css, then presenter.css when on, then dark.css when on (it keeps Presenter's widths, not its colours). */
    private void applyPresenter(Scene scene) {
        String presenter = Assets.stylesheet("presenter.css");
        String dark = Assets.stylesheet("dark.css");
        scene.getStylesheets().removeAll(presenter, dark);
        if (vm.presentation().presenterProperty().get()) {
            scene.getStylesheets().add(presenter);
        }
        if (vm.presentation().darkProperty().get()) {
            scene.getStylesheets().add(dark);
        }
        // the controls' own theme (buttons, menus, dialogs) follows: AtlantaFX Primer Dark or Light
        Application.setUserAgentStylesheet(
                vm.presentation().darkProperty().get()
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
    }
}
