package io.conflictexplorer.gui.lesson.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.DialogService;
import io.conflictexplorer.gui.platform.FileDialogs;
import io.conflictexplorer.gui.platform.ShellCommands;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
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
        setBottom(
                new TransportBar(vm.playback(), vm.lesson(), vm.projected(), vm.document(), vm.presentation(), legend));
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
        keys = new LectureKeys(
                LectureKeyMap.of(
                        vm,
                        files,
                        new LectureKeyMap.WindowActions(
                                this::step,
                                this::toggleFullScreen,
                                this::showLegend,
                                this::showShortcuts,
                                key -> ShellCommands.run(scene, key))),
                new LectureKeys.Blank() {
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
